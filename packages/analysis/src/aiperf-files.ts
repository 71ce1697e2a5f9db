// AIPerf's own file layouts for what analyze computes (facts F42, F43):
// profile_export_aiperf_timeslices.{json,csv} and profile_export_aiperf_steady_state.{json,csv}.
import { toJsonText } from "@aiperf/core";
import { JsonFloat, formatFixed, formatPyFloat } from "@aiperf/parser";
import type { MetricSummary, Summary } from "@aiperf/parser";
import type { AnalyzeResult, SteadyStateResult } from "./analyze.js";

export const TIMESLICES_JSON_FILE = "profile_export_aiperf_timeslices.json";
export const TIMESLICES_CSV_FILE = "profile_export_aiperf_timeslices.csv";
export const STEADY_STATE_JSON_FILE = "profile_export_aiperf_steady_state.json";
export const STEADY_STATE_CSV_FILE = "profile_export_aiperf_steady_state.csv";

/** orjson's numbers: ints as digits, floats in the shortest round-trip form with ".0" / "e+NN". */
function orjsonText(value: unknown): string {
  return toJsonText(value, {
    indent: 2,
    omitNull: true,
    scalar: (v) => (v instanceof JsonFloat ? formatPyFloat(v.value) : typeof v === "bigint" ? v.toString() : undefined),
  });
}

const BLOCK_ORDER = ["avg", "p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99", "min", "max", "std"];

/** JsonMetricResult's field order (facts F42): unit, avg, p1…p99, min, max, std, count, sum; scalars unit + avg. */
function metricBlock(m: MetricSummary): Record<string, unknown> {
  const block: Record<string, unknown> = { unit: m.unit };
  const scalar = Object.keys(m.stats).every((k) => k === "avg" || k === "count");
  for (const k of scalar ? ["avg"] : BLOCK_ORDER) {
    const v = m.stats[k];
    if (v !== undefined && Number.isFinite(v)) block[k] = new JsonFloat(v);
  }
  if (!scalar) {
    for (const [k, v] of Object.entries(m.stats))
      if (/^p\d+\.\d+$/.test(k) && v !== undefined) block[k] = new JsonFloat(v); // e.g. p99.9
    if (m.stats.count !== undefined) block.count = m.stats.count;
    if (m.stats.sum !== undefined) block.sum = new JsonFloat(m.stats.sum);
  }
  return block;
}

function metricBlocks(s: Summary): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of s.metrics) out[m.tag] = metricBlock(m);
  return out;
}

export function timeslicesJson(r: AnalyzeResult): string {
  const timeslices = (r.slices ?? []).map((s) => ({
    start_ns: s.startNs,
    end_ns: s.endNs,
    ...(s.complete ? {} : { is_complete: false }),
    ...metricBlocks(s.summary),
  }));
  return orjsonText({ timeslices, input_config: r.summary.inputConfig ?? {} });
}

const CSV_STATS = ["avg", "min", "max", "sum", "p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99", "std"];

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Tidy CSV (Rust's header, facts F42): Timeslice,Start_NS,End_NS,Metric,Unit,Stat,Value; .2f; CRLF. */
export function timeslicesCsv(r: AnalyzeResult): string {
  const rows = [["Timeslice", "Start_NS", "End_NS", "Metric", "Unit", "Stat", "Value"]];
  (r.slices ?? []).forEach((s, i) => {
    for (const m of s.summary.metrics) {
      for (const stat of CSV_STATS) {
        const v = m.stats[stat];
        if (v === undefined || !Number.isFinite(v)) continue;
        rows.push([String(i), s.startNs.toString(), s.endNs.toString(), m.header, m.unit, stat, formatFixed(v, 2)]);
      }
    }
  });
  return rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}

const SS_STATS = ["avg", "min", "max", "p50", "p90", "p95", "p99", "std"];

const f = (v: bigint | number | null): JsonFloat | null => (v === null ? null : new JsonFloat(Number(v)));

/** window_metadata as AIPerf writes it: ns timestamps as floats. */
function windowMetadata(ss: SteadyStateResult): Record<string, unknown> {
  const cross: Record<string, JsonFloat | null> = {};
  for (const [name, w] of Object.entries(ss.signals)) {
    cross[`${name}_ramp_up_end_ns`] = f(w.rampUpEndNs);
    cross[`${name}_ramp_down_start_ns`] = f(w.rampDownStartNs);
  }
  return {
    detection_method: ss.method,
    ramp_up_end_ns: f(ss.rampUpEndNs),
    ramp_down_start_ns: f(ss.rampDownStartNs),
    steady_state_duration_ns: f(ss.durationNs),
    total_requests: ss.totalRequests,
    steady_state_requests: ss.steadyStateRequests,
    quality: {
      fraction_retained: new JsonFloat(ss.fractionRetained),
      variance_inflation_factor: f(ss.varianceInflationFactor),
      effective_p99_sample_size: ss.effectiveP99SampleSize,
      sample_size_warning: ss.sampleSizeWarning,
    },
    stationarity: {
      trend_correlation: f(ss.trendCorrelation),
      trend_p_value: f(ss.trendPValue),
      stationarity_warning: ss.stationarityWarning,
    },
    cross_validation: cross,
  };
}

export function steadyStateJson(ss: SteadyStateResult): string {
  const metrics: Record<string, unknown> = {};
  for (const m of ss.summary.metrics) {
    const block: Record<string, unknown> = { unit: m.unit };
    for (const k of SS_STATS) {
      const v = m.stats[k];
      if (v !== undefined && Number.isFinite(v)) block[k] = new JsonFloat(v);
    }
    metrics[m.tag] = block;
  }
  // The null cross-validation entries are written (AIPerf's example shows them).
  const text = toJsonText(
    { window_metadata: windowMetadata(ss), metrics },
    { indent: 2, scalar: (v) => (v instanceof JsonFloat ? formatPyFloat(v.value) : undefined) },
  );
  return text;
}

function ratio(v: number | null): string {
  return v === null ? "" : formatFixed(v, 4);
}

/** Python csv.writer, CRLF: metadata rows, an empty row, then the metrics (facts F43). */
export function steadyStateCsv(ss: SteadyStateResult): string {
  const ns = (v: bigint | null): string => (v === null ? "" : formatFixed(Number(v), 0));
  const bool = (b: boolean): string => (b ? "True" : "False");
  const rows: string[][] = [
    ["# Steady-State Window Metadata"],
    ["detection_method", ss.method],
    ["ramp_up_end_ns", ns(ss.rampUpEndNs)],
    ["ramp_down_start_ns", ns(ss.rampDownStartNs)],
    ["steady_state_duration_ns", ns(ss.durationNs)],
    ["total_requests", String(ss.totalRequests)],
    ["steady_state_requests", String(ss.steadyStateRequests)],
    ["fraction_retained", ratio(ss.fractionRetained)],
    ["variance_inflation_factor", ratio(ss.varianceInflationFactor)],
    ["effective_p99_sample_size", String(ss.effectiveP99SampleSize)],
    ["sample_size_warning", bool(ss.sampleSizeWarning)],
    ["trend_correlation", ratio(ss.trendCorrelation)],
    ["trend_p_value", ratio(ss.trendPValue)],
    ["stationarity_warning", bool(ss.stationarityWarning)],
    [],
  ];
  const dist = ss.summary.metrics.filter((m) => m.stats.p50 !== undefined);
  const scalars = ss.summary.metrics.filter((m) => m.stats.p50 === undefined);
  if (dist.length > 0) {
    rows.push(["Metric", ...CSV_STATS]);
    for (const m of dist)
      rows.push([
        `${m.header} (${m.unit})`,
        ...CSV_STATS.map((k) => (m.stats[k] === undefined ? "" : formatFixed(m.stats[k] as number, 2))),
      ]);
    rows.push([]);
  }
  if (scalars.length > 0) {
    rows.push(["Metric", "Value"]);
    for (const m of scalars) rows.push([`${m.header} (${m.unit})`, formatFixed(m.stats.avg ?? Number.NaN, 2)]);
  }
  return rows.map((row) => `${row.map(csvCell).join(",")}\r\n`).join("");
}
