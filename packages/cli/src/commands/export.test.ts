import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { RUN1_DIR, runBin, runCli } from "../test-support/harness.js";

// python3: sum(len(r['metrics']['inter_chunk_latency']['value']) for r in records
//              if 'inter_chunk_latency' in r['metrics'])  -> 21537 (facts F12 too)
const RUN1_ICL_VALUES = 21537;

describe("export", () => {
  it("writes one CRLF row per request to stdout, timestamps with every digit", async () => {
    const r = await runCli(["export", RUN1_DIR]);
    expect(r.code).toBe(ExitCode.ok);
    const rows = r.stdout.split("\r\n");
    expect(rows.pop()).toBe("");
    expect(rows).toHaveLength(101);
    expect(rows[0]).toMatch(/^Line,/);
    // The first valid record (line 12) has max_response_timestamp 1759522427096160677 in the JSONL;
    // as a double it would print 1759522427096160800.
    expect(r.stdout).toContain("1759522427096160677");
    expect(r.stderr).toBe("exported 100 rows from 100 records\n");
  });

  it("--long writes one row per inter-chunk latency", async () => {
    const r = await runCli(["export", RUN1_DIR, "--long"]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout.split("\r\n").length - 2).toBe(RUN1_ICL_VALUES);
    expect(r.stderr).toBe(`exported ${RUN1_ICL_VALUES} rows from 100 records\n`);
  });

  it("-o writes the same bytes atomically, and never overwrites without --force", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-cli-export-"));
    const file = join(dir, "requests.csv");
    const stdout = (await runCli(["export", RUN1_DIR])).stdout;
    const r = await runCli(["export", RUN1_DIR, "-o", file]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toBe("");
    expect(await readFile(file, "utf8")).toBe(stdout);
    const again = await runCli(["export", RUN1_DIR, "--long", "-o", file]);
    expect(again.code).toBe(ExitCode.outputExists);
    expect(await readFile(file, "utf8")).toBe(stdout);
    expect((await runCli(["export", RUN1_DIR, "--long", "-o", file, "--force"])).code).toBe(ExitCode.ok);
    expect((await readFile(file, "utf8")).split("\r\n").length - 2).toBe(RUN1_ICL_VALUES);
  });

  it("runs through the built bin, reading stdin", async () => {
    const jsonl = await readFile(join(RUN1_DIR, "profile_export.jsonl"));
    const r = await runBin(["export", "-"], { stdin: jsonl });
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout.split("\r\n")).toHaveLength(102);
    expect(r.stderr).toBe("exported 100 rows from 100 records\n");
  });
});
