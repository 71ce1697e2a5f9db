import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadRecords, parseSummary, summarize } from "@aiperf/parser";
import type { MetricSummary, Summary, SummaryVariant } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { toSummaryCsv } from "./summary-csv.js";
import { RUN1_DIR } from "./test-support/helpers.js";

// AIPerf's own file: the golden bytes (CRLF, trailing CRLF).
const AIPERF_CSV = readFileSync(join(RUN1_DIR, "profile_export_aiperf.csv"));
const AIPERF_JSON = readFileSync(join(RUN1_DIR, "profile_export_aiperf.json"), "utf8");

const metric = (tag: string, header: string, unit: string, stats: MetricSummary["stats"]): MetricSummary => ({
  tag,
  header,
  unit,
  kind: "record",
  stats,
});
const summaryOf = (variant: SummaryVariant, metrics: MetricSummary[]): Summary => ({
  variant,
  metrics,
  errorSummary: [],
  notes: [],
});
const lines = (csv: string): string[] => csv.split("\r\n");

describe("toSummaryCsv on run1", () => {
  it("is byte-identical to AIPerf's CSV when built from AIPerf's JSON", () => {
    const csv = toSummaryCsv(parseSummary(AIPERF_JSON, "profile_export_aiperf.json"));
    expect(Buffer.from(csv, "utf8").equals(AIPERF_CSV)).toBe(true);
  });

  it("is byte-identical to AIPerf's CSV when built from our own summary of the JSONL", async () => {
    const { records } = await loadRecords(join(RUN1_DIR, "profile_export.jsonl"));
    const csv = toSummaryCsv(await summarize(records));
    expect(csv).toBe(AIPERF_CSV.toString("utf8"));
  });
});

describe("toSummaryCsv layout rules", () => {
  const ttft = metric("time_to_first_token", "Time to First Token", "ms", {
    avg: 2,
    min: 1,
    max: 3,
    sum: 6,
    p1: 1.01,
    p5: 1.05,
    p10: 1.1,
    p25: 1.5,
    p50: 2,
    p75: 2.5,
    p90: 2.9,
    p95: 2.95,
    p99: 2.99,
    std: 0.5,
    count: 3,
  });
  const requestCount = {
    ...metric("request_count", "Request Count", "requests", { avg: 3, count: 1 }),
    kind: "aggregate" as const,
  };

  it("R: no p10/sum columns, blank row between sections, CRLF after the last row", () => {
    expect(toSummaryCsv(summaryOf("R", [ttft, requestCount]))).toBe(
      "Metric,avg,min,max,p1,p5,p25,p50,p75,p90,p95,p99,std\r\n" +
        "Time to First Token (ms),2.00,1.00,3.00,1.01,1.05,1.50,2.00,2.50,2.90,2.95,2.99,0.50\r\n" +
        "\r\n" +
        "Metric,Value\r\n" +
        "Request Count,3.00\r\n",
    );
  });

  it("O: adds the p10 column", () => {
    expect(lines(toSummaryCsv(summaryOf("O", [ttft])))).toEqual([
      "Metric,avg,min,max,p1,p5,p10,p25,p50,p75,p90,p95,p99,std",
      "Time to First Token (ms),2.00,1.00,3.00,1.01,1.05,1.10,1.50,2.00,2.50,2.90,2.95,2.99,0.50",
      "",
    ]);
  });

  it("L and N: add p10 and a sum column after max", () => {
    for (const variant of ["L", "N"] as const) {
      expect(lines(toSummaryCsv(summaryOf(variant, [ttft])))).toEqual([
        "Metric,avg,min,max,sum,p1,p5,p10,p25,p50,p75,p90,p95,p99,std",
        "Time to First Token (ms),2.00,1.00,3.00,6.00,1.01,1.05,1.10,1.50,2.00,2.50,2.90,2.95,2.99,0.50",
        "",
      ]);
    }
  });

  it("the variant option overrides summary.variant", () => {
    expect(lines(toSummaryCsv(summaryOf("L", [ttft]), { variant: "R" }))[0]).toBe(
      "Metric,avg,min,max,p1,p5,p25,p50,p75,p90,p95,p99,std",
    );
  });

  it("writes an empty cell for every statistic a metric lacks (0.12 reduced stat sets)", () => {
    const reduced = metric("effective_latency", "Effective Latency", "ms", {
      avg: 1,
      min: 0.5,
      max: 2,
      p50: 1.5,
      p90: 1.8,
      p95: 1.9,
      p99: 1.95,
      std: 0.1,
    });
    expect(lines(toSummaryCsv(summaryOf("N", [reduced])))[1]).toBe(
      "Effective Latency (ms),1.00,0.50,2.00,,,,,,1.50,,1.80,1.90,1.95,0.10",
    );
  });

  it("formats like Python's .2f: half-even on the exact binary value, -0.00 kept, huge values in full", () => {
    const values = [0.125, 0.375, 2.675, -0.001, 1759522428472357888, 0.005];
    const csv = toSummaryCsv(
      summaryOf(
        "R",
        values.map((avg, i) => ({ ...metric(`m${i}`, `M${i}`, "ms", { avg }), kind: "derived" as const })),
      ),
    );
    // Expected cells from Python: f"{x:.2f}" for each x.
    expect(lines(csv).slice(1, -1)).toEqual([
      "M0 (ms),0.12",
      "M1 (ms),0.38",
      "M2 (ms),2.67",
      "M3 (ms),-0.00",
      "M4 (ms),1759522428472357888.00",
      "M5 (ms),0.01",
    ]);
  });

  it("sorts rows by tag (code-unit order), not by header", () => {
    const completion = metric("usage_completion_tokens", "Usage Completion Tokens", "tokens", { avg: 1, p50: 1 });
    const diff = metric("usage_completion_tokens_diff_pct", "Usage Completion Diff %", "%", { avg: 2, p50: 2 });
    const received = metric("http_req_data_received", "HTTP Data Received", "KB", { avg: 3, p50: 3 });
    const dns = metric("http_req_dns_lookup", "HTTP DNS Lookup", "ms", { avg: 4, p50: 4 });
    const names = lines(toSummaryCsv(summaryOf("L", [diff, dns, completion, received]))).map((l) => l.split(",")[0]);
    expect(names).toEqual([
      "Metric",
      "HTTP Data Received (KB)",
      "HTTP DNS Lookup (ms)",
      "Usage Completion Tokens (tokens)",
      "Usage Completion Diff % (%)",
      "",
    ]);
  });

  it("drops INTERNAL and EXPERIMENTAL metrics per the variant's catalog flags, keeps unknown tags", () => {
    const minTs = {
      ...metric("min_request_timestamp", "Minimum Request Timestamp", "ns", { avg: 5 }),
      kind: "aggregate" as const,
    };
    const experimental = metric("thinking_efficiency", "Thinking Efficiency", "ratio", { avg: 1, p50: 1 });
    const unknown = metric("decode_duration", "Decode Duration", "ms", { avg: 7, p50: 7 });
    const all = [ttft, experimental, unknown, minTs];
    // min_request_timestamp is INTERNAL only from L (#703).
    expect(lines(toSummaryCsv(summaryOf("R", all))).map((l) => l.split(",")[0])).toEqual([
      "Metric",
      "Decode Duration (ms)",
      "Time to First Token (ms)",
      "",
      "Metric",
      "Minimum Request Timestamp (ns)",
      "",
    ]);
    expect(lines(toSummaryCsv(summaryOf("L", all))).map((l) => l.split(",")[0])).toEqual([
      "Metric",
      "Decode Duration (ms)",
      "Time to First Token (ms)",
      "",
      "Metric",
      "",
    ]);
  });

  it("decides sections before filtering: a section whose rows are all hidden keeps its header and the blank row", () => {
    const internal = metric("credit_drop_latency", "Credit Drop Latency", "ms", { avg: 1, p50: 1 });
    expect(toSummaryCsv(summaryOf("R", [internal, requestCount]))).toBe(
      "Metric,avg,min,max,p1,p5,p25,p50,p75,p90,p95,p99,std\r\n\r\nMetric,Value\r\nRequest Count,3.00\r\n",
    );
  });

  it("writes no blank row when only one section exists, and nothing for no metrics", () => {
    expect(toSummaryCsv(summaryOf("R", [requestCount]))).toBe("Metric,Value\r\nRequest Count,3.00\r\n");
    expect(toSummaryCsv(summaryOf("R", []))).toBe("");
  });

  it("quotes a metric name with a comma or quote (RFC 4180)", () => {
    const odd = { ...metric("x_custom", 'Latency, "wall"', "ms", { avg: 1 }), kind: "unknown" as const };
    expect(lines(toSummaryCsv(summaryOf("L", [odd])))[1]).toBe('"Latency, ""wall"" (ms)",1.00');
  });

  it("neutralizes a formula-like metric name by default, never a number", () => {
    const evil = { ...metric("x_evil", "=cmd|' /C calc'!A0", "", { avg: -0.001 }), kind: "unknown" as const };
    expect(lines(toSummaryCsv(summaryOf("L", [evil])))[1]).toBe("'=cmd|' /C calc'!A0,-0.00");
    expect(lines(toSummaryCsv(summaryOf("L", [evil]), { injectionSafe: false }))[1]).toBe("=cmd|' /C calc'!A0,-0.00");
  });

  it("takes custom statistic columns (e.g. p99.9)", () => {
    const withTail = metric("request_latency", "Request Latency", "ms", { avg: 1, p50: 1, "p99.9": 9.999 });
    expect(lines(toSummaryCsv(summaryOf("L", [withTail]), { statColumns: ["avg", "p50", "p99.9"] }))).toEqual([
      "Metric,avg,p50,p99.9",
      "Request Latency (ms),1.00,1.00,10.00",
      "",
    ]);
  });
});
