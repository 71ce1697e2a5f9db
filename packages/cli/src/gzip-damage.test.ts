// A cut-off or corrupt .gz is the same one line and exit 1 in strict, lenient and validate.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { RUN1_JSONL, runCli } from "./test-support/harness.js";

const dir = mkdtempSync(join(tmpdir(), "aiperf-cli-gz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const gz = gzipSync(readFileSync(RUN1_JSONL));
const cut = join(dir, "cut.jsonl.gz");
writeFileSync(cut, gz.subarray(0, gz.length >> 1));
const crc = join(dir, "crc.jsonl.gz");
const bad = Buffer.from(gz);
bad[gz.length - 6] = (bad[gz.length - 6] as number) ^ 0xff;
writeFileSync(crc, bad);
const HINT = "; hint: check the file with `gzip -t`; the records before the damage were read\n";

describe("damaged .gz", () => {
  it.each([
    [cut, "gzip data ends early: the .gz file is cut off"],
    [crc, "corrupt gzip data: incorrect data check"],
  ])("%s: one line, exit 1, in every mode", async (file, message) => {
    for (const args of [["inspect"], ["inspect", "--lenient"], ["summarize", "--lenient"], ["validate"], ["export"]]) {
      const r = await runCli([...args, file]);
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stderr).toBe(`aiperf-tools: error: ${file}: ${message}${HINT}`);
    }
  });
});
