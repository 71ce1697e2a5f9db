import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { RUN1_DIR, RUN1_JSONL, runCli } from "../test-support/harness.js";

const tmp = (): Promise<string> => mkdtemp(join(tmpdir(), "aiperf-cli-parquet-"));

describe("export --format parquet, and Parquet as input", () => {
  it("writes a Parquet file atomically that summarizes like the JSONL; never overwrites without --force", async () => {
    const dir = await tmp();
    const file = join(dir, "run.parquet");
    const r = await runCli(["export", RUN1_DIR, "--format", "parquet", "-o", file]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^exported 100 rows from 100 records to .*run\.parquet \(Parquet, 1 row groups\)\n$/);
    const bytes = await readFile(file);
    expect(bytes.subarray(0, 4).toString()).toBe("PAR1");

    const fromParquet = await runCli(["summarize", file, "--json"]);
    const fromJsonl = await runCli(["summarize", RUN1_JSONL, "--json"]);
    expect(fromParquet.code).toBe(ExitCode.ok);
    expect(fromParquet.stdout).toBe(fromJsonl.stdout);

    const again = await runCli(["export", RUN1_DIR, "--format", "parquet", "-o", file]);
    expect(again.code).toBe(ExitCode.outputExists);
    expect(await readFile(file)).toEqual(bytes);
    expect((await runCli(["export", RUN1_DIR, "--format", "parquet", "-o", file, "--force"])).code).toBe(ExitCode.ok);
  });

  it("needs -o", async () => {
    const r = await runCli(["export", RUN1_DIR, "--format", "parquet"]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toContain("--format parquet needs -o FILE");
  });

  it("--long writes one row per inter-chunk latency; reading it as records is a usage error", async () => {
    const dir = await tmp();
    const file = join(dir, "long.parquet");
    const r = await runCli(["export", RUN1_DIR, "--format", "parquet", "--long", "-o", file]);
    expect(r.code).toBe(ExitCode.ok);
    // python3: sum(len(r['metrics']['inter_chunk_latency']['value']) ...) -> 21537 (export.test.ts)
    expect(r.stderr).toMatch(
      /^exported 21537 rows from 100 records to .*long\.parquet \(Parquet, one row per list value\)\n$/,
    );
    const back = await runCli(["summarize", file]);
    expect(back.code).toBe(ExitCode.usage);
    expect(back.stderr).toContain("is an export --long");
  });

  it("an artifacts directory holding only profile_export.parquet is a run (compare works on it)", async () => {
    const dir = await tmp();
    const run = join(dir, "rust-run");
    await mkdir(run);
    await runCli(["export", RUN1_DIR, "--format", "parquet", "-o", join(run, "profile_export.parquet")]);
    const r = await runCli(["compare", RUN1_JSONL, run, "--json"]);
    expect(r.code).toBe(ExitCode.ok);
    const result = JSON.parse(r.stdout) as { candidates: { label: string }[] };
    expect(result.candidates).toHaveLength(1);
  });

  it("a directory of runs becomes a hive-partitioned dataset, one part per run, never overwritten", async () => {
    const dir = await tmp();
    const runs = join(dir, "runs");
    for (const name of ["a", "b"]) {
      await mkdir(join(runs, name), { recursive: true });
      await copyFile(RUN1_JSONL, join(runs, name, "profile_export.jsonl"));
    }
    await mkdir(join(runs, "not-a-run"));
    const out = join(dir, "dataset");
    const r = await runCli(["export", runs, "--format", "parquet", "-o", out]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stderr).toMatch(/exported 200 rows from 2 runs to .*dataset \(Parquet, run=<name>\/part-0\.parquet\)\n$/);
    for (const name of ["a", "b"]) {
      const part = join(out, `run=${name}`, "part-0.parquet");
      const s = await runCli(["summarize", part, "--json"]);
      expect(s.code).toBe(ExitCode.ok);
      expect(s.stdout).toBe((await runCli(["summarize", RUN1_JSONL, "--json"])).stdout);
    }
    expect((await runCli(["export", runs, "--format", "parquet", "-o", out])).code).toBe(ExitCode.outputExists);
  });

  it("a truncated Parquet file: exit 1, one line; another schema: exit 2 naming the missing columns", async () => {
    const dir = await tmp();
    const file = join(dir, "run.parquet");
    await runCli(["export", RUN1_DIR, "--format", "parquet", "-o", file]);
    const bytes = await readFile(file);
    const cut = join(dir, "cut.parquet");
    await writeFile(cut, bytes.subarray(0, bytes.length - 64));
    const r = await runCli(["summarize", cut]);
    expect(r.code).toBe(ExitCode.invalidData);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/cut\.parquet: not a readable Parquet file/);

    // Two columns (session_num INT64, latency DOUBLE), written once with hyparquet-writer.
    const other = join(import.meta.dirname, "../test-support/other-schema.parquet");
    const bad = await runCli(["summarize", other]);
    expect(bad.code).toBe(ExitCode.usage);
    expect(bad.stderr).toContain("missing columns x_request_id, request_start_ns, request_end_ns, benchmark_phase");
  });
});
