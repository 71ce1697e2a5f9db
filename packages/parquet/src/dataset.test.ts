import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { readSummary } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { partitionDir, runColumns } from "./dataset.js";
import { duckdbRows, exportFile, RUN1_JSONL, tempDir, writeBigRun } from "./test-support/helpers.js";

describe("a hive-partitioned dataset of runs", () => {
  it("DuckDB reads every run with its run-level columns and the partition key", async () => {
    const root = tempDir();
    const summary = await readSummary(join(RUN1_JSONL, "..", "profile_export_aiperf.json"));
    const big = writeBigRun(tempDir(), 50);
    for (const [name, jsonl, s] of [
      ["run1 c100", RUN1_JSONL, summary],
      ["generated", big, undefined],
    ] as const) {
      const dir = join(root, partitionDir(name));
      mkdirSync(dir);
      await exportFile(jsonl, join(dir, "part-0.parquet"), { constants: runColumns(name, s) });
    }
    expect(partitionDir("run1 c100")).toBe("run=run1%20c100");
    const rows = await duckdbRows(
      `SELECT run, run_name, model, concurrency, request_rate, aiperf_version, count(*) AS n,
              count(request_latency) AS latencies, max(request_start_ns) AS last_start
       FROM read_parquet('${root}/*/*.parquet', hive_partitioning = true, union_by_name = true)
       GROUP BY ALL ORDER BY run_name`,
    );
    expect(rows).toEqual([
      {
        run: "generated",
        run_name: "generated",
        model: null,
        concurrency: null,
        request_rate: null,
        aiperf_version: null,
        n: 50n,
        latencies: 43n, // 50 minus the 7 failed (i % 7 == 3)
        last_start: 2n ** 60n + 123_456_789n + 49n * 1_000_003n,
      },
      {
        run: "run1 c100",
        run_name: "run1 c100",
        model: "openai/gpt-oss-20b",
        concurrency: 100n,
        request_rate: null,
        aiperf_version: null,
        n: 100n,
        latencies: 89n,
        last_start: 1759522419175042857n, // max timestamp_ns of the JSONL (sort -n)
      },
    ]);
  });
});
