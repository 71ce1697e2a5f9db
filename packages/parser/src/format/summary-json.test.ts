import { describe, expect, it } from "vitest";
import type { Summary } from "../model.js";
import { parseSummary } from "../summary-file/index.js";
import { summarizeSync } from "../summarize/index.js";
import { run1Records, run1SummaryText } from "../summarize/test-support/run1.js";
import { formatSummaryJson } from "./summary-json.js";

/** AIPerf's run1 summary as reference; the reader keeps input_config's `10.0` a float. */
function run1Reference(): Summary {
  return parseSummary(run1SummaryText());
}

describe("formatSummaryJson", () => {
  it("writes run1's profile_export_aiperf.json byte for byte from summarize() + carried-over run facts", () => {
    const summary = summarizeSync(run1Records(), { reference: run1Reference() });
    const out = formatSummaryJson(summary);
    const golden = run1SummaryText();
    expect(out.length).toBe(9972);
    expect(out).toBe(golden);
    expect(out.endsWith("}")).toBe(true);
  });

  it("round-trips AIPerf's run1 file through the summary reader", () => {
    expect(formatSummaryJson(run1Reference())).toBe(run1SummaryText());
  });

  it("without run facts writes only records and error_summary", () => {
    const out = formatSummaryJson(summarizeSync(run1Records()));
    const doc = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(["records", "error_summary"]);
  });

  const run1 = summarizeSync(run1Records(), { reference: run1Reference() });

  it("O layout: declared fields first with new tag names, nulls for unset metrics, null stats omitted", () => {
    const out = formatSummaryJson(run1, { variant: "O" });
    const doc = JSON.parse(out) as Record<string, unknown>;
    const keys = Object.keys(doc);
    expect(keys.slice(0, 5)).toEqual([
      "request_throughput",
      "request_latency",
      "request_count",
      "time_to_first_token",
      "time_to_second_token",
    ]);
    expect(keys.slice(-5)).toEqual(["input_config", "was_cancelled", "error_summary", "start_time", "end_time"]);
    expect(doc.goodput).toBeNull();
    expect(doc.request_count).toEqual({ unit: "requests", avg: 89 });
    expect(out).toContain('"request_count": {\n    "unit": "requests",\n    "avg": 89.0\n  }');
    expect(Object.keys(doc.request_latency as object)).toEqual([
      "unit",
      "avg",
      "p1",
      "p5",
      "p25",
      "p50",
      "p75",
      "p90",
      "p95",
      "p99",
      "min",
      "max",
      "std",
    ]);
  });

  it("L layout omits nulls and unset metrics; N adds count and sum to distributions", () => {
    const l = JSON.parse(formatSummaryJson(run1, { variant: "L" })) as Record<string, unknown>;
    expect("goodput" in l).toBe(false);
    expect(Object.keys(l)[0]).toBe("request_throughput");
    const lSummary = summarizeSync(run1Records(), { version: "L", reference: run1Reference() });
    const n = JSON.parse(formatSummaryJson(lSummary, { variant: "N" })) as Record<string, Record<string, unknown>>;
    expect(Object.keys(n.request_latency ?? {})).toEqual([
      "unit",
      "avg",
      "p1",
      "p5",
      "p10",
      "p25",
      "p50",
      "p75",
      "p90",
      "p95",
      "p99",
      "min",
      "max",
      "std",
      "count",
      "sum",
    ]);
    expect(n.request_latency?.count).toBe(89);
    expect(n.request_count).toEqual({ unit: "requests", avg: 89 });
    // L+ makes the timestamps INTERNAL (#703): not exported
    expect("min_request_timestamp" in n).toBe(false);
  });

  it("writes R/O error details as code, type, message (null when absent) and L/N ones as they are", () => {
    const s: Summary = {
      variant: "L",
      metrics: [],
      notes: [],
      errorSummary: [{ error_details: { type: "TimeoutError", message: "timed out", cause: "ReadTimeout" }, count: 2 }],
    };
    expect(formatSummaryJson(s, { variant: "R" })).toContain(
      '"error_details": {\n        "code": null,\n        "type": "TimeoutError",\n        "message": "timed out"\n      }',
    );
    const l = JSON.parse(formatSummaryJson(s)) as { error_summary: unknown[] };
    expect(l.error_summary).toEqual([
      { error_details: { type: "TimeoutError", message: "timed out", cause: "ReadTimeout" }, count: 2 },
    ]);
  });

  it("places extra percentiles in order and writes floats in the ryu layout", () => {
    const s = summarizeSync(run1Records(), { percentiles: [50, 99, 99.9] });
    const out = formatSummaryJson(s);
    const block =
      (JSON.parse(out) as { records: Record<string, Record<string, unknown>> }).records.request_latency ?? {};
    expect(Object.keys(block)).toEqual([
      "tag",
      "unit",
      "header",
      "avg",
      "min",
      "max",
      "p1",
      "p5",
      "p25",
      "p50",
      "p75",
      "p90",
      "p95",
      "p99",
      "p99.9",
      "std",
      "count",
    ]);
    expect(block.p1).toBeNull();
    expect(out).toContain('"avg": 1.759522419154569e18');
  });
});
