// Derived metrics (facts F15), computed once after aggregation
// in base units. A required value that is missing or falsy (0) means no value,
// as AIPerf's get_or_raise.
import { unitRatio } from "@aiperf/core";
import type { RecordsVersion } from "../model.js";
import { catalogFormat, metricInfo } from "./metric-defs.js";

export interface DerivedInput {
  version: RecordsVersion;
  counters: ReadonlyMap<string, number>;
  minStart: bigint | undefined;
  maxEnd: bigint | undefined;
  /** Record tag -> the value a DerivedSumMetric takes from it (only tags with values). */
  sums: ReadonlyMap<string, number>;
  /** 0.12: the profiling phase's observation window in ns (facts F15), when known. */
  windowNs: bigint | undefined;
}

type Get = (tag: string) => number | undefined;

/** "no-window": the inputs exist but 0.12's observation window is unknown. */
type Computed = number | undefined | "no-window";

interface DerivedRule {
  tag: string;
  compute(get: Get, input: DerivedInput): Computed;
}

const NS_TO_SEC = unitRatio("ns", "sec");

function sumOf(source: string): DerivedRule["compute"] {
  return (_get, input) => input.sums.get(source);
}

function truthy(v: number | undefined): v is number {
  return v !== undefined && v !== 0 && !Number.isNaN(v);
}

/** Seconds a throughput divides by: benchmark_duration, or for 0.12's window rates the observation window. */
function denominatorSec(get: Get, input: DerivedInput, windowed: boolean): number | undefined | "no-window" {
  if (windowed && input.version === "0.12")
    return input.windowNs === undefined ? "no-window" : Number(input.windowNs) * NS_TO_SEC;
  const dur = get("benchmark_duration");
  return truthy(dur) ? dur * NS_TO_SEC : undefined;
}

function rate(numerators: string[], windowed = true): DerivedRule["compute"] {
  return (get, input) => {
    let total = 0;
    for (const t of numerators) {
      const v = get(t);
      if (!truthy(v)) return undefined;
      total += v;
    }
    const sec = denominatorSec(get, input, windowed);
    return sec === "no-window" ? sec : truthy(sec) ? total / sec : undefined;
  };
}

// Results-dict order of the derived part; run1 shows total_isl, benchmark_duration,
// total_output_tokens, total_reasoning_tokens, total_osl, request_throughput, output_token_throughput.
const RULES: DerivedRule[] = [
  { tag: "total_isl", compute: sumOf("input_sequence_length") },
  { tag: "total_error_isl", compute: sumOf("error_isl") },
  {
    tag: "benchmark_duration",
    compute: (_get, { minStart, maxEnd, version }) => {
      if (minStart === undefined || maxEnd === undefined || minStart >= maxEnd) return undefined;
      // Exact integer difference before 0.12; 0.12 subtracts the two rounded doubles (facts F15).
      return version === "0.12" ? Number(maxEnd) - Number(minStart) : Number(maxEnd - minStart);
    },
  },
  { tag: "total_output_tokens", compute: sumOf("output_token_count") },
  { tag: "total_reasoning_tokens", compute: sumOf("reasoning_token_count") },
  { tag: "total_osl", compute: sumOf("output_sequence_length") },
  { tag: "total_usage_prompt_tokens", compute: sumOf("usage_prompt_tokens") },
  { tag: "total_usage_completion_tokens", compute: sumOf("usage_completion_tokens") },
  { tag: "total_usage_total_tokens", compute: sumOf("usage_total_tokens") },
  // 0.10 (facts F22): prompt-cache reads, summed, and their share of the prompt tokens.
  { tag: "total_usage_prompt_cache_read_tokens", compute: sumOf("usage_prompt_cache_read_tokens") },
  {
    tag: "overall_usage_prompt_cache_read_pct",
    compute: (get) => {
      const read = get("total_usage_prompt_cache_read_tokens");
      const prompt = get("total_usage_prompt_tokens");
      return truthy(read) && truthy(prompt) ? (read / prompt) * 100 : undefined;
    },
  },
  { tag: "request_throughput", compute: rate(["request_count"]) },
  { tag: "output_token_throughput", compute: rate(["total_osl"]) },
  { tag: "total_token_throughput", compute: rate(["total_isl", "total_osl"]) },
  { tag: "input_token_throughput", compute: rate(["total_isl"]) },
  { tag: "goodput", compute: rate(["good_request_count"], false) },
];

/** Whether AIPerf of this version has the derived metric at all. */
function existsIn(tag: string, version: RecordsVersion): boolean {
  if (tag === "input_token_throughput") return version === "0.12";
  // Not in the catalog; only records of 0.10 on carry their input, which gates them.
  if (tag === "total_usage_prompt_cache_read_tokens" || tag === "overall_usage_prompt_cache_read_pct") return true;
  const def = metricInfo(tag, version)?.def;
  return def?.presentIn.includes(catalogFormat(version)) === true;
}

export interface DerivedResult {
  /** Tag -> base-unit value, in results-dict order. */
  values: Map<string, number>;
  /** Window throughputs of 0.12 that could not be computed for lack of a window. */
  missingWindow: string[];
}

export function computeDerived(input: DerivedInput): DerivedResult {
  const values = new Map<string, number>();
  const missingWindow: string[] = [];
  const get: Get = (tag) => values.get(tag) ?? input.counters.get(tag);
  for (const rule of RULES) {
    if (!existsIn(rule.tag, input.version)) continue;
    const v = rule.compute(get, input);
    if (v === "no-window") missingWindow.push(rule.tag);
    else if (v !== undefined) values.set(rule.tag, v);
  }
  return { values, missingWindow };
}
