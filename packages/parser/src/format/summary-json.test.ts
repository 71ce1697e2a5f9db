import { describe, expect, it } from "vitest";
import type { Summary } from "../model.js";
import { validateSummaryFile } from "@aiperf/core";
import { detectSummaryProducer, parseSummary } from "../summary-file/index.js";
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

describe("formatSummaryJson: the layout chosen by schema version and producer", () => {
  // run1's records summarized with the L engine: AIPerf's flat percentile set (p10), reference facts carried over.
  const base = summarizeSync(run1Records(), { version: "L", reference: parseSummary(run1SummaryText()) });
  const withExtras: Summary = {
    ...base,
    extra: {
      run_info: { benchmark_id: "b1", trial: 0 },
      warmup_metrics: {},
      runtime_submission_invalid_reasons: [],
      steady_state: { window_start_ns: 1 },
    },
  };
  type Doc = Record<string, Record<string, unknown>>;

  function readBack(text: string) {
    const doc = JSON.parse(text) as Doc;
    // The generated validator accepts the file, and the reader takes it back.
    expect(validateSummaryFile(doc)).toEqual([]);
    return { doc, summary: parseSummary(text), producer: detectSummaryProducer(parseSummary(text)) };
  }

  it.each([
    ["1.0", false, []],
    ["1.1", true, []],
    ["1.3", true, ["run_info"]],
    ["1.4", true, ["run_info", "warmup_metrics"]],
    ["1.5", true, ["run_info", "warmup_metrics", "runtime_submission_invalid_reasons"]],
  ] as const)("Python schema %s: count/sum %s, version-gated keys %j", (version, countSum, keys) => {
    const { doc, summary, producer } = readBack(formatSummaryJson(withExtras, { schemaVersion: version }));
    expect(Object.keys(doc)[0]).toBe("schema_version");
    expect(doc.schema_version).toBe(version);
    expect(summary.schemaVersion).toBe(version);
    expect(summary.variant).toBe(version === "1.0" ? "L" : "N");
    expect("count" in (doc.request_latency ?? {})).toBe(countSum);
    expect("sum" in (doc.request_latency ?? {})).toBe(countSum);
    if (countSum) expect(doc.request_latency?.count).toBe(89); // 100 records, 11 errors
    expect(doc.request_count).toEqual({ unit: "requests", avg: 89 });
    for (const k of ["run_info", "warmup_metrics", "runtime_submission_invalid_reasons"])
      expect(k in doc, k).toBe((keys as readonly string[]).includes(k));
    expect("steady_state" in doc).toBe(false);
    expect(typeof doc.start_time).toBe("string");
    expect(producer.producer).toBe("python");
  });

  it("Rust layout: 1.4, run_info {}, no start/end time, scalars min = max = avg, distributions without sum", () => {
    const text = formatSummaryJson(withExtras, { producer: "rust" });
    const { doc, producer } = readBack(text);
    expect(doc.schema_version).toBe("1.4");
    expect(doc.run_info).toEqual({});
    expect("start_time" in doc || "end_time" in doc).toBe(false);
    // counters (requests, tokens) also carry sum = the total; other scalars only min = max = avg (spec §13.3.3)
    expect(doc.request_count).toEqual({ unit: "requests", avg: 89, min: 89, max: 89, sum: 89 });
    expect(Object.keys(doc.benchmark_duration ?? {})).toEqual(["unit", "avg", "min", "max"]);
    expect(Object.keys(doc.request_throughput ?? {})).toEqual(["unit", "avg", "min", "max"]);
    // warmup_metrics {} is left out (Rust omits it when empty)
    expect("warmup_metrics" in doc).toBe(false);
    expect(Object.keys(doc.request_latency ?? {}).slice(-4)).toEqual(["min", "max", "std", "count"]);
    expect(doc.request_latency?.count).toBe(89);
    expect("sum" in (doc.request_latency ?? {})).toBe(false);
    expect(doc.steady_state).toEqual({ window_start_ns: 1 });
    expect("runtime_submission_invalid_reasons" in doc).toBe(false);
    // Undeclared tags alphabetically after the trailer.
    const keys = Object.keys(doc);
    const after = keys.slice(keys.indexOf("steady_state") + 1);
    expect(after.length).toBeGreaterThan(0);
    expect(after).toEqual([...after].sort());
    expect(producer.producer).toBe("rust");
    expect(producer.signals).toEqual(
      expect.arrayContaining([
        "run_info is {}",
        "no start_time/end_time",
        "scalars carry min = max = avg",
        "distributions carry count but no sum",
      ]),
    );
    // Error details: code, type, message, code left out when absent.
    const errors = (JSON.parse(text) as { error_summary: { error_details: object }[] }).error_summary;
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(Object.keys(e.error_details)).toEqual(["code", "type", "message"]);
  });

  it("Rust layout: warmup_metrics after error_summary, tags alphabetical", () => {
    const warm = { time_to_first_token: { unit: "ms", avg: 2 }, request_latency: { unit: "ms", avg: 1 } };
    const text = formatSummaryJson(
      { ...withExtras, extra: { ...withExtras.extra, warmup_metrics: warm } },
      { producer: "rust" },
    );
    const doc = JSON.parse(text) as Doc;
    expect(Object.keys(doc.warmup_metrics ?? {})).toEqual(["request_latency", "time_to_first_token"]);
    const keys = Object.keys(doc);
    expect(keys.slice(keys.indexOf("error_summary"), keys.indexOf("error_summary") + 3)).toEqual([
      "error_summary",
      "warmup_metrics",
      "steady_state",
    ]);
    expect(validateSummaryFile(doc)).toEqual([]);
  });

  it("the Rust engine writes schema 1.4 only", () => {
    expect(() => formatSummaryJson(base, { producer: "rust", schemaVersion: "1.5" })).toThrow(/1\.4 only/);
    expect(JSON.parse(formatSummaryJson(base, { producer: "rust", schemaVersion: "1.4" })).schema_version).toBe("1.4");
  });

  it("run1's default output is still AIPerf's file byte for byte", () => {
    const s = summarizeSync(run1Records(), { reference: parseSummary(run1SummaryText()) });
    expect(formatSummaryJson(s, { producer: "python" })).toBe(run1SummaryText());
  });
});
