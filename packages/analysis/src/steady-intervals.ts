// Bootstrap confidence intervals of the steady-state window's headline statistics (avg, p50, p90,
// p99 of request latency, TTFT and ITL), with compare's seeded bootstrap: the mean's interval is
// avg ± z·σ/√n (the ideal bootstrap's standard error, z the normal quantile), a percentile's is the
// percentile interval of `resamples` exact bootstrap replicates (two draws each, stats/bootstrap.ts).
import { getMetric, unitRatio } from "@aiperf/core";
import { npPercentile } from "@aiperf/parser";
import { meanSe, percentileReplicates } from "./stats/bootstrap.js";
import { normalIsf } from "./stats/normal.js";
import { Random } from "./stats/random.js";

export interface BootstrapOptions {
  /** Confidence level in percent (default 95). */
  confidence?: number;
  /** Bootstrap replicates per percentile (default 2000). */
  resamples?: number;
  /** Seed of the replicates (default 1): the same seed gives the same intervals. */
  seed?: number;
}

export const INTERVAL_DEFAULTS = { confidence: 95, resamples: 2000, seed: 1, minSamples: 10 } as const;

/** The statistics given an interval. */
export const INTERVAL_STATS = ["avg", "p50", "p90", "p99"] as const;

export interface StatInterval {
  stat: (typeof INTERVAL_STATS)[number];
  /** The statistic as the window's summary states it (display unit). */
  value: number;
  low: number;
  high: number;
}

export interface MetricIntervals {
  tag: string;
  /** Display unit of value, low and high. */
  unit: string;
  /** Values the intervals come from (valid in-window requests with the metric). */
  count: number;
  stats: StatInterval[];
}

export interface SteadyStateIntervals {
  confidence: number;
  resamples: number;
  seed: number;
  metrics: MetricIntervals[];
}

/**
 * Intervals of one metric from its in-window base values; `stated` gives the summary's value of a
 * statistic (display unit). Undefined below 10 values or without a catalogue entry.
 */
export function metricIntervals(
  tag: string,
  values: Float64Array,
  stated: (stat: string) => number | undefined,
  options: BootstrapOptions = {},
): MetricIntervals | undefined {
  const confidence = options.confidence ?? INTERVAL_DEFAULTS.confidence;
  const resamples = options.resamples ?? INTERVAL_DEFAULTS.resamples;
  const seed = options.seed ?? INTERVAL_DEFAULTS.seed;
  const def = getMetric(tag);
  if (def === undefined || values.length < INTERVAL_DEFAULTS.minSamples) return undefined;
  const unit = def.displayUnit ?? def.unit;
  const ratio = unit === def.unit ? 1 : unitRatio(def.unit, unit);
  const alpha = 1 - confidence / 100;
  const sorted = Float64Array.from(values).sort();
  const stats: StatInterval[] = [];
  for (const stat of INTERVAL_STATS) {
    const value = stated(stat);
    if (value === undefined) continue;
    if (stat === "avg") {
      const half = normalIsf(alpha / 2) * meanSe(sorted) * ratio;
      stats.push({ stat, value, low: value - half, high: value + half });
      continue;
    }
    const p = Number(stat.slice(1));
    const reps = percentileReplicates(sorted, p, resamples, new Random(`${seed}|steady|${tag}|${stat}`)).sort();
    stats.push({
      stat,
      value,
      low: npPercentile(reps, (alpha / 2) * 100) * ratio,
      high: npPercentile(reps, (1 - alpha / 2) * 100) * ratio,
    });
  }
  return { tag, unit, count: values.length, stats };
}
