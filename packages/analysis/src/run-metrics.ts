// A run's metrics as compare and check see them: the summary's metrics (values in display units)
// plus run-level figures derived from the records, each with its direction and, when the records
// were read, its per-request values.
import { getMetric, metricAliases, metricDirection } from "@aiperf/core";
import type { MetricDirection } from "@aiperf/core";
import type { MetricSummary, Summary } from "@aiperf/parser";
import { closest } from "fastest-levenshtein";
import { AnalysisError } from "./errors.js";
import type { MetricSamples, RecordSamples } from "./samples.js";

export interface RunMetric {
  tag: string;
  header: string;
  unit: string;
  direction: MetricDirection;
  /** Statistics of the summary (count and sum left out: they measure volume, not the distribution). */
  stats: Record<string, number>;
  samples?: MetricSamples;
}

/** Run-level figures that are not AIPerf metrics (so not in the catalog). */
export const RUN_FIGURES: readonly { tag: string; header: string; unit: string; direction: MetricDirection }[] = [
  { tag: "error_rate", header: "Error Rate", unit: "%", direction: "lower" },
];

const SKIPPED_STATS = new Set(["count", "sum"]);

function statsOf(m: MetricSummary): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(m.stats)) if (v !== undefined && !SKIPPED_STATS.has(k)) out[k] = v;
  return out;
}

/** Errors and valid requests of a summary: error_request_count (or the error summary) and request_count. */
function requestCounts(summary: Summary): { valid: number; errors: number } {
  const avg = (tag: string): number | undefined => summary.metrics.find((m) => m.tag === tag)?.stats.avg;
  const errors = avg("error_request_count") ?? summary.errorSummary.reduce((n, e) => n + e.count, 0);
  return { valid: avg("request_count") ?? 0, errors };
}

export interface RunData {
  summary: Summary;
  samples?: RecordSamples | undefined;
}

export function runMetrics(run: RunData): RunMetric[] {
  const out: RunMetric[] = run.summary.metrics.map((m) => {
    const rm: RunMetric = {
      tag: m.tag,
      header: m.header,
      unit: m.unit,
      direction: metricDirection(m.tag) ?? "none",
      stats: statsOf(m),
    };
    const s = run.samples?.metrics.get(m.tag);
    if (s !== undefined && s.unit === m.unit) rm.samples = s;
    return rm;
  });
  const { valid, errors } = requestCounts(run.summary);
  if (valid + errors > 0) {
    const fig = RUN_FIGURES[0] as (typeof RUN_FIGURES)[number];
    const rate: RunMetric = { ...fig, stats: { avg: (100 * errors) / (valid + errors) } };
    if (run.samples !== undefined && run.samples.records === valid + errors) {
      // Per request: 100 for an error, 0 otherwise; their mean is the rate.
      const values = new Float64Array(valid + errors);
      values.fill(100, 0, errors);
      rate.samples = { tag: fig.tag, unit: "%", list: false, values };
    }
    out.push(rate);
  }
  return out;
}

/** Lower case, and a short header such as "TTFT" or "Req Latency" as ttft / req_latency. */
const norm = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** The run's metric a user's name means: its tag, a tag it was renamed from or to, or its short header. */
export function findMetric(name: string, metrics: readonly RunMetric[]): RunMetric | undefined {
  const n = norm(name);
  const exact = metrics.find((m) => m.tag === n);
  if (exact !== undefined) return exact;
  const renamed = metrics.find((m) => metricAliases(m.tag).includes(n));
  if (renamed !== undefined) return renamed;
  const short = metrics.filter((m) => {
    const h = getMetric(m.tag)?.shortHeader;
    return h != null && norm(h) === n;
  });
  return short.length === 1 ? short[0] : undefined;
}

/** Up to three names of the run closest to `name` (edit distance), closest first. */
export function closestMetrics(name: string, metrics: readonly RunMetric[], count = 3): string[] {
  const pool = metrics.map((m) => m.tag);
  const out: string[] = [];
  const n = norm(name);
  while (out.length < count && out.length < pool.length) {
    const rest = pool.filter((t) => !out.includes(t));
    // Names that contain the given one (ttft -> time_to_first_token is found by alias) rank first.
    const contains = rest.find((t) => t.includes(n) || n.includes(t));
    out.push(contains ?? (closest(n, rest) as string));
  }
  return out;
}

/** findMetric, or an error naming the closest metrics the run has. */
export function requireMetric(name: string, metrics: readonly RunMetric[], runLabel: string): RunMetric {
  const m = findMetric(name, metrics);
  if (m !== undefined) return m;
  const near = closestMetrics(name, metrics);
  throw new AnalysisError(
    "unknown-metric",
    `unknown metric '${name}' in ${runLabel}; closest: ${near.join(", ")}`,
    "aiperf-tools metrics RUN lists a run's metrics",
  );
}

const STAT_ORDER = ["avg", "min", "max"];

/** Statistic keys in reading order: avg, min, max, percentiles ascending, std, anything else. */
export function orderStats(keys: Iterable<string>): string[] {
  const rank = (k: string): number => {
    const i = STAT_ORDER.indexOf(k);
    if (i >= 0) return i;
    const p = percentileOf(k);
    if (p !== undefined) return 10 + p;
    return k === "std" ? 200 : 300;
  };
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/** 99 for "p99", 99.9 for "p99.9"; undefined for other keys. */
export function percentileOf(stat: string): number | undefined {
  const m = /^p(\d+(?:\.\d+)?)$/.exec(stat);
  if (m === null) return undefined;
  const p = Number(m[1]);
  return p > 0 && p < 100 ? p : undefined;
}

/** The statistic's value, or an error saying which statistics the metric has. */
export function requireStat(metric: RunMetric, stat: string, runLabel: string): number {
  const v = metric.stats[stat];
  if (v !== undefined) return v;
  throw new AnalysisError(
    "missing-statistic",
    `${metric.tag} has no ${stat} in ${runLabel} (it has ${orderStats(Object.keys(metric.stats)).join(", ") || "no statistics"})`,
  );
}
