// Files of a kind we know in a version we do not: records -> exit 2 naming the fields that did not match;
// a newer summary's unknown top-level objects -> kept and reported under --lenient.
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "./exit-codes.js";
import { REPO_DIR, runCli } from "./test-support/harness.js";

const FUTURE_LINE = JSON.stringify({
  metadata: { session_num: 1, start_ns: 1790001000000000000, end_ns: 1790001000000000001, phase: "profiling" },
  metrics: { request_latency: { value: 1.0, unit: "ms" } },
});

describe("a known kind of file in an unknown version", () => {
  it("records: exit 2 for every command, naming the missing and the unknown fields, no stack trace", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-unknown-"));
    await writeFile(join(dir, "profile_export.jsonl"), `${FUTURE_LINE}\n${FUTURE_LINE}\n`);
    for (const cmd of ["inspect", "summarize", "validate", "export", "analyze", "metrics"]) {
      const r = await runCli([cmd, dir]);
      expect([cmd, r.code]).toEqual([cmd, ExitCode.usage]);
      expect(r.stderr).toContain(
        "profile_export.jsonl:1:1: per-record JSONL (profile_export.jsonl) of an unknown version: the metadata lacks request_start_ns, request_end_ns, worker_id, record_processor_id, which every known version writes, and has start_ns, end_ns, phase, which none writes (at /metadata)",
      );
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    // a record of a known version that only lacks a field stays invalid data (exit 1)
    await writeFile(
      join(dir, "profile_export.jsonl"),
      '{"metadata":{"session_num":1,"request_start_ns":1,"worker_id":"w","record_processor_id":"r"},"metrics":{}}\n',
    );
    expect((await runCli(["inspect", dir])).code).toBe(ExitCode.invalidData);
  });

  it("summary: an unknown top-level object is kept and reported with --lenient; without it the summary is not used", async () => {
    const src = join(REPO_DIR, "fixtures", "constructed", "summary-1.5");
    const dir = await mkdtemp(join(tmpdir(), "aiperf-newer-summary-"));
    await copyFile(join(src, "profile_export.jsonl"), join(dir, "profile_export.jsonl"));
    const doc = JSON.parse(await readFile(join(src, "profile_export_aiperf.json"), "utf8")) as Record<string, unknown>;
    await writeFile(
      join(dir, "profile_export_aiperf.json"),
      JSON.stringify({ ...doc, future_block: { window: 3 } }, null, 2),
    );

    const lenient = await runCli(["summarize", dir, "--lenient", "--json"]);
    expect(lenient.code).toBe(ExitCode.ok);
    expect(lenient.stderr).toContain(
      "profile_export_aiperf.json: future_block: an unknown top-level object (not a metric block), kept as is (lenient reading)",
    );
    expect(JSON.parse(lenient.stdout)).toMatchObject({ future_block: { window: 3 }, schema_version: "1.5" });

    const strict = await runCli(["summarize", dir, "--json"]);
    expect(strict.stderr).toContain("ignoring the existing summary");
    expect(strict.stderr).toContain("(at /future_block/unit)");
  });
});
