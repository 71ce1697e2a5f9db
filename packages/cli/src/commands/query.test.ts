import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { RUN1_DIR, RUN1_JSONL, runCli } from "../test-support/harness.js";

describe("query", () => {
  it("SQL over records: exact BIGINT timestamps, counts by hand from the JSONL", async () => {
    // grep -c '"error"' run1 -> 11; max timestamp_ns by `sort -n` on the digits: 1759522419175042857.
    const r = await runCli([
      "query",
      "SELECT count(*) AS n, count(error_code) AS errors, max(request_start_ns) AS last, any_value(model) AS model, any_value(concurrency) AS c FROM records",
      RUN1_DIR,
      "--format",
      "json",
    ]);
    expect(r.code).toBe(ExitCode.ok);
    expect(JSON.parse(r.stdout.replace(/:(\d{16,})/g, ':"$1"'))).toEqual([
      { n: 100, errors: 11, last: "1759522419175042857", model: "openai/gpt-oss-20b", c: 100 },
    ]);
  });

  it("table summary: one row per run, metric and statistic, equal to AIPerf's own values", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aiperf-cli-query-"));
    const parquet = join(dir, "copy.parquet");
    await runCli(["export", RUN1_DIR, "--format", "parquet", "-o", parquet]);
    const r = await runCli([
      "query",
      "SELECT run_name, value FROM summary WHERE metric = 'request_throughput' AND stat = 'avg' ORDER BY run_name",
      RUN1_JSONL,
      parquet,
      "--format",
      "csv",
    ]);
    expect(r.code).toBe(ExitCode.ok);
    // AIPerf's profile_export_aiperf.json: request_throughput.avg = 9.551622221540914
    expect(r.stdout).toBe("run_name,value\r\naiperf-run1,9.551622221540914\r\ncopy,9.551622221540914\r\n");
  });

  it("without DuckDB installed: exit 2 and how to install it", async () => {
    const r = await runCli(["query", "SELECT 1"], { env: { AIPERF_TOOLS_DUCKDB_MODULE: "@duckdb/not-installed" } });
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toContain("query needs DuckDB, and @duckdb/node-api is not installed");
    expect(r.stderr).toContain("npm install @duckdb/node-api");
  });

  it("a SQL mistake is one line, exit 2", async () => {
    const r = await runCli(["query", "SELEC 1", RUN1_DIR]);
    expect(r.code).toBe(ExitCode.usage);
    expect(r.stderr).toMatch(/^aiperf-tools: error: SQL: Parser Error/);
  });
});
