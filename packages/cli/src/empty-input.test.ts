// Empty input (0 bytes, blank lines only, an empty .gz, empty stdin) is one line
// "FILE: no records: ..." and exit 1 in every command that reads records.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { runBin, runCli } from "./test-support/harness.js";

const dir = mkdtempSync(join(tmpdir(), "aiperf-cli-empty-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = {
  zero: join(dir, "zero.jsonl"),
  blank: join(dir, "blank.jsonl"),
  gz: join(dir, "empty.jsonl.gz"),
};
writeFileSync(files.zero, "");
writeFileSync(files.blank, "\n \n");
writeFileSync(files.gz, gzipSync(Buffer.alloc(0)));
const HINT = "; hint: pass AIPerf's profile_export.jsonl or the artifacts directory of a finished run\n";

describe("empty input", () => {
  it.each(["inspect", "metrics", "summarize", "summarize --lenient", "export", "validate", "report"])(
    "%s: exit 1, one line per kind of emptiness",
    async (args) => {
      const [command = "", ...rest] = args.split(" ");
      for (const [file, what] of [
        [files.zero, "the input is empty"],
        [files.blank, "the input holds only 2 blank lines"],
        [files.gz, "the input is empty"],
      ] as const) {
        const r = await runCli([command, file, ...rest]);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe("");
        expect(r.stderr).toBe(`aiperf-tools: error: ${file}: no records: ${what}${HINT}`);
      }
    },
  );

  it("empty stdin through the bin: summarize says so and exits 1", async () => {
    const r = await runBin(["summarize", "-"], { stdin: "" });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`aiperf-tools: error: <stdin>: no records: the input is empty${HINT}`);
  });
});
