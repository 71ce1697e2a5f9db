import { describe, expect, it } from "vitest";
import { isSummaryFile, validateMetricResult, validateSummaryFile, type MetricResult } from "./index.js";
import { run1Summary } from "./test-support/fixtures.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const lines = (value: unknown): string[] => validateSummaryFile(value).map((i) => `${i.pointer}: ${i.message}`);

const STATS = ["avg", "p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99", "min", "max", "std"];
const RENAMED: Record<string, string> = {
  ttft: "time_to_first_token",
  ttst: "time_to_second_token",
};

/** run1's summary laid out as O writes it (facts F16): flat, renamed tags, JsonMetricResult without nulls. */
function flatFromRun1(): Json {
  const src = run1Summary();
  const out: Json = {};
  for (const [tag, r] of Object.entries(src.records as Record<string, Json>)) {
    const block: Json = { unit: r.unit };
    for (const k of STATS) {
      const v = k === "p10" ? r.p5 : r[k]; // run1 has no p10; any number will do here
      if (v !== null && v !== undefined) block[k] = v;
    }
    out[RENAMED[tag] ?? tag] = block;
  }
  out.goodput = null; // O wrote declared but unset metrics as null
  for (const k of ["input_config", "was_cancelled", "error_summary", "start_time", "end_time"]) out[k] = src[k];
  return out;
}

/** The flat layout with the schema 1.x header, count/sum, and N/0.12 extras (facts F5, F16). */
function versionedFromRun1(): Json {
  const flat = flatFromRun1();
  delete flat.goodput;
  flat.request_latency = { ...flat.request_latency, count: 89, sum: 806309.26234 };
  return {
    schema_version: "1.5",
    aiperf_version: "0.12.0",
    benchmark_id: "2f0c6b1e",
    ...flat,
    run_info: { cli_command: "aiperf profile ..." },
    telemetry_data: null,
    // Reduced stat set of the 0.12 sweep-line metrics (facts F5).
    effective_concurrency: {
      unit: "requests",
      avg: 88.1,
      p50: 89,
      p90: 99,
      p95: 100,
      p99: 100,
      min: 1,
      max: 100,
      std: 12.5,
    },
  };
}

describe("valid summaries", () => {
  it("accepts run1's own profile_export_aiperf.json", () => {
    const s = run1Summary();
    expect(lines(s)).toEqual([]);
    expect(isSummaryFile(s)).toBe(true);
    expect(Object.keys(s.records as object)).toHaveLength(21);
  });

  it("accepts every run1 MetricResult on its own", () => {
    const records = run1Summary().records as Record<string, MetricResult>;
    for (const r of Object.values(records)) expect(validateMetricResult(r)).toEqual([]);
  });

  it("accepts the flat O layout, including null for declared but unset metrics", () => {
    expect(lines(flatFromRun1())).toEqual([]);
  });

  it("accepts schema 1.x with count, sum, run_info and reduced stat sets", () => {
    expect(lines(versionedFromRun1())).toEqual([]);
  });

  it("accepts an all-error run (facts F5)", () => {
    const s = {
      schema_version: "1.0",
      aiperf_version: "0.8.0",
      benchmark_id: "x",
      error_request_count: { unit: "requests", avg: 10.0 },
      error_isl: { unit: "tokens", avg: 550.0, p50: 550.0, min: 550.0, max: 550.0, std: 0.0 },
      total_error_isl: { unit: "tokens", avg: 5500.0 },
      error_summary: [{ error_details: { type: "TimeoutError", message: "TimeoutError()" }, count: 10 }],
    };
    expect(lines(s)).toEqual([]);
  });
});

type Case = [string, () => Json, (s: Json) => unknown, string[]];

const malformed: Case[] = [
  [
    "run1 avg as a string",
    run1Summary,
    (s) => {
      s.records.ttft.avg = "2343";
      return s;
    },
    ["/records/ttft/avg: must be number or null"],
  ],
  [
    "run1 result without unit",
    run1Summary,
    (s) => {
      delete s.records.ttft.unit;
      return s;
    },
    ["/records/ttft/unit: is required"],
  ],
  [
    "run1 count not an integer",
    run1Summary,
    (s) => {
      s.records.ttft.count = 89.5;
      return s;
    },
    ["/records/ttft/count: must be integer or null"],
  ],
  [
    "records is an array",
    run1Summary,
    (s) => {
      s.records = [];
      return s;
    },
    ["/records: must be object"],
  ],
  [
    "negative error count",
    run1Summary,
    (s) => {
      s.error_summary[0].count = -1;
      return s;
    },
    ["/error_summary/0/count: must be >= 0"],
  ],
  [
    "error_details without message",
    run1Summary,
    (s) => {
      delete s.error_summary[0].error_details.message;
      return s;
    },
    ["/error_summary/0/error_details/message: is required"],
  ],
  [
    "start_time not ISO",
    run1Summary,
    (s) => {
      s.start_time = "Fri Oct 3 13:13:39";
      return s;
    },
    ['/start_time: must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}"'],
  ],
  [
    "was_cancelled as a string",
    flatFromRun1,
    (s) => {
      s.was_cancelled = "no";
      return s;
    },
    ["/was_cancelled: must be boolean"],
  ],
  [
    "flat block without unit",
    flatFromRun1,
    (s) => {
      delete s.request_latency.unit;
      return s;
    },
    ["/request_latency/unit: is required"],
  ],
  [
    "flat percentile as a string",
    flatFromRun1,
    (s) => {
      s.request_latency.p99 = "9297.6";
      return s;
    },
    ["/request_latency/p99: must be number or null"],
  ],
  [
    "flat error_summary not a list",
    flatFromRun1,
    (s) => {
      s.error_summary = {};
      return s;
    },
    ["/error_summary: must be array"],
  ],
  [
    "schema_version 2.0",
    versionedFromRun1,
    (s) => {
      s.schema_version = "2.0";
      return s;
    },
    ['/schema_version: must match pattern "^1\\.\\d+$"'],
  ],
  [
    "sum as a string",
    versionedFromRun1,
    (s) => {
      s.request_latency.sum = "1";
      return s;
    },
    ["/request_latency/sum: must be number or null"],
  ],
  ["an array", run1Summary, (s) => [s], [": must be object"]],
];

describe("malformed summaries", () => {
  it.each(malformed)("rejects %s", (_name, base, mutate, expected) => {
    const value = mutate(base());
    expect(lines(value)).toEqual(expected);
    expect(isSummaryFile(value)).toBe(false);
  });
});
