import { describe, expect, it } from "vitest";
import { ExitCode } from "../exit-codes.js";
import { RUN1_DIR, runCli } from "../test-support/harness.js";

// Per-tag record counts of run1, from python3:
//   collections.Counter(t for r in records for t in r['metrics'])
const RUN1_COUNTS: Record<string, number> = {
  error_request_count: 11,
  input_sequence_length: 89,
  ttft: 89,
  request_count: 89,
  request_latency: 89,
  min_request_timestamp: 89,
  output_token_count: 30,
  reasoning_token_count: 89,
  ttst: 89,
  inter_chunk_latency: 89,
  output_sequence_length: 89,
  max_response_timestamp: 89,
  inter_token_latency: 89,
  output_token_throughput_per_user: 89,
};

interface JsonMetric {
  header: string;
  tag: string;
  kind: string;
  shape: string;
  unit: string;
  records: number;
}

describe("metrics", () => {
  it("--json lists run1's tags in file order with counts, kind, shape and unit", async () => {
    const r = await runCli(["metrics", RUN1_DIR, "--json"]);
    expect(r.code).toBe(ExitCode.ok);
    const parsed = JSON.parse(r.stdout) as { records: number; metrics: JsonMetric[] };
    expect(parsed.records).toBe(100);
    expect(Object.fromEntries(parsed.metrics.map((m) => [m.tag, m.records]))).toEqual(RUN1_COUNTS);
    expect(parsed.metrics.map((m) => m.tag)).toEqual(Object.keys(RUN1_COUNTS));
    const icl = parsed.metrics.find((m) => m.tag === "inter_chunk_latency");
    expect(icl).toEqual({
      header: "Inter Chunk Latency",
      tag: "inter_chunk_latency",
      kind: "record",
      shape: "list",
      unit: "ms",
      records: 89,
    });
    expect(parsed.metrics.find((m) => m.tag === "request_count")).toMatchObject({
      kind: "aggregate",
      shape: "scalar",
      unit: "requests",
    });
  });

  it("prints a table with one row per tag", async () => {
    const r = await runCli(["metrics", RUN1_DIR]);
    expect(r.code).toBe(ExitCode.ok);
    expect(r.stdout).toMatch(/│ Output Token Count +│ output_token_count +│ record +│ scalar +│ tokens +│ +30 │/);
    expect(r.stdout).toContain("14 metrics in 100 records of");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("without a path lists the whole catalog (69 metrics, from the spec's registry)", async () => {
    const r = await runCli(["metrics", "--json"]);
    expect(r.code).toBe(ExitCode.ok);
    const rows = JSON.parse(r.stdout) as { tag: string; unit: string; shape: string; kind: string }[];
    expect(rows).toHaveLength(69);
    expect(rows.find((m) => m.tag === "benchmark_duration")).toMatchObject({
      kind: "derived",
      unit: "sec",
      shape: "scalar",
    });
    expect(rows.find((m) => m.tag === "http_req_data_sent")).toMatchObject({ unit: "KB" });
    const table = await runCli(["metrics"]);
    expect(table.stdout).toContain("69 metrics in the catalog");
  });

  it("colours tags only on a TTY", async () => {
    expect((await runCli(["metrics", RUN1_DIR], { tty: true })).stdout).toContain("\u001b[36minter_chunk_latency");
    expect((await runCli(["metrics", RUN1_DIR], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(
      "\u001b[",
    );
  });
});
