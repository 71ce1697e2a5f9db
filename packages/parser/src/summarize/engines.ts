// Per-version statistics of one record metric (facts F10-F14).
// Input is the metric's base values in aggregation (completion) order; the
// result is still in base units.
import {
  lowerLerpPercentile,
  minMax,
  npPercentileAt,
  npPercentileRanks,
  npStd,
  npSum,
  npSumRange,
  npSumSquaredDeviations,
  streamReduceSum,
} from "../stats/numpy.js";
import { selectRanks } from "../stats/order-stats.js";
import type { RunColumn } from "../stats/run-column.js";
import { TDigest } from "../stats/tdigest.js";

export interface DistStats {
  count: number;
  avg: number;
  min: number;
  max: number;
  std: number;
  /** Absent for R/O, whose MetricResult has no sum. */
  sum?: number;
  /** Percentile p (e.g. 99.9) -> value, in the order asked for. */
  percentiles: Map<number, number>;
  /** Value a DerivedSumMetric (total_isl, ...) takes from this metric. */
  derivedSum: number;
}

export interface EngineInput {
  /** Values in aggregation order; the engines may reorder it (sort in place). */
  values: Float64Array;
  /** For list metrics: end offset of each contributing record's run of values. */
  recordEnds?: Float64Array;
  percentiles: readonly number[];
  chunked: boolean;
  withSum: boolean;
}

function pctMap(ps: readonly number[], f: (p: number) => number): Map<number, number> {
  return new Map(ps.map((p) => [p, f(p)]));
}

/** The ranks of the sorted n values that numpy's linear percentiles `ps` read (distinct, in first-use order). */
function percentileRanks(n: number, ps: readonly number[]): number[] {
  return [...new Set(ps.flatMap((p) => npPercentileRanks(n, p)))];
}

/** numpy's linear percentiles `ps` of n sorted values, given the values at their ranks (percentileRanks(n, ps)). */
function percentilesAt(n: number, ps: readonly number[], values: readonly number[]): Map<number, number> {
  const at = new Map(percentileRanks(n, ps).map((r, k) => [r, values[k] as number]));
  return pctMap(ps, (p) => npPercentileAt(n, p, (r) => at.get(r) as number));
}

/**
 * Up to this many values, sorting an array the engine owns beats radix selection's passes and bucket sorts.
 * @internal Exported for its tests only.
 */
export const SORT_MAX = 1 << 18;

/** The values at `ranks` of `a` ascending; `a` is the caller's to reorder (sorted in place when small). */
function ownedRanks(a: Float64Array, ranks: readonly number[]): number[] {
  if (a.length > SORT_MAX) return selectRanks([a], ranks);
  a.sort();
  return ranks.map((r) => a[r] as number);
}

/** Running sum of a GrowableArray(track_sum): `S + v` per scalar, `S + np.sum(list)` per list. */
function runningSum(values: Float64Array, recordEnds: Float64Array | undefined, chunked: boolean): number {
  let s = 0.0;
  if (recordEnds === undefined) {
    for (let i = 0; i < values.length; i++) s = s + (values[i] as number);
    return s;
  }
  let start = 0;
  for (let r = 0; r < recordEnds.length; r++) {
    const end = recordEnds[r] as number;
    s = s + npSum(values.subarray(start, end), { chunked });
    start = end;
  }
  return s;
}

/** MetricArray.to_result (R, O, L, 0.8; scalar metrics of 0.10/0.11): numpy on the arrival-order array. */
export function metricArrayStats(input: EngineInput): DistStats {
  const { values: a, chunked } = input;
  const n = a.length;
  const s = runningSum(a, input.recordEnds, chunked);
  const avg = npSum(a, { chunked }) / n;
  const std = npStd(a, { chunked });
  const { min, max } = minMax(a);
  const percentiles = percentilesAt(n, input.percentiles, ownedRanks(a, percentileRanks(n, input.percentiles)));
  const out: DistStats = { count: n, avg, min, max, std, percentiles, derivedSum: s };
  if (input.withSum) out.sum = s;
  return out;
}

export interface RunEngineInput {
  percentiles: readonly number[];
  chunked: boolean;
  withSum: boolean;
  /** runOrderStats(runs, order, chunked), when computed ahead. */
  ordered?: RunOrderStats;
  /** The values at runSelectionRanks(runs.total, percentiles), when selected ahead (another thread). */
  selected?: readonly number[];
}

/** The ranks a run column's stats read of its sorted values: min, max and the percentiles' (distinct). */
export function runSelectionRanks(n: number, ps: readonly number[]): number[] {
  return [...new Set([0, n - 1, ...percentileRanks(n, ps)])];
}

/** The completion-order part of a list metric's stats: running sum, mean and std. */
export interface RunOrderStats {
  sum: number;
  avg: number;
  std: number;
}

/** The order-dependent sums of a run column read in `order`: the same sums in the same order, no reordered copy. */
export function runOrderStats(runs: RunColumn, order: Uint32Array, chunked: boolean): RunOrderStats {
  const n = runs.total;
  let sum = 0.0;
  runs.forEachRun(order, (a, start, end) => {
    sum = sum + npSumRange(a, start, end - start, chunked);
  });
  const avg = streamReduceSum(runs.stream(order), n, undefined, chunked) / n;
  const std = Math.sqrt(streamReduceSum(runs.stream(order), n, avg, chunked) / n);
  return { sum, avg, std };
}

/** np.min/np.max in completion order: when the extreme is a zero, which of -0/+0 comes first decides. */
function orderedMinMax(runs: RunColumn, order: Uint32Array): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  runs.forEachRun(order, (a, start, end) => {
    for (let k = start; k < end; k++) {
      const x = a[k] as number;
      if (x < min) min = x;
      if (x > max) max = x;
    }
  });
  return { min, max };
}

/**
 * metricArrayStats of a list metric read straight from its run column in
 * `order` (completion order), without a reordered copy of the values;
 * min, max and percentiles by selection on the stored values (order-free).
 */
export function metricArrayRunStats(runs: RunColumn, order: Uint32Array, input: RunEngineInput): DistStats {
  const n = runs.total;
  const { sum: s, avg, std } = input.ordered ?? runOrderStats(runs, order, input.chunked);
  const ranks = runSelectionRanks(n, input.percentiles);
  const values = input.selected ?? selectRanks(runs.parts(), ranks);
  const at = new Map(ranks.map((r, k) => [r, values[k] as number]));
  let min = at.get(0) as number;
  let max = at.get(n - 1) as number;
  // A nonzero extreme is the same value whichever copy comes first; a zero one is -0 or +0 by order.
  if (min === 0 || max === 0) ({ min, max } = orderedMinMax(runs, order));
  const percentiles = pctMap(input.percentiles, (p) => npPercentileAt(n, p, (r) => at.get(r) as number));
  const out: DistStats = { count: n, avg, min, max, std, percentiles, derivedSum: s };
  if (input.withSum) out.sum = s;
  return out;
}

/** Column store of 0.12 (facts F13): pw sum, std of the sorted array, one-sided lerp percentiles. */
export function columnStoreStats(input: EngineInput): DistStats {
  const { values: a, chunked } = input;
  const n = a.length;
  const arrSum = npSum(a, { chunked });
  a.sort();
  const out: DistStats = {
    count: n,
    avg: arrSum / n,
    min: a[0] as number,
    max: a[n - 1] as number,
    std: npStd(a, { chunked }),
    percentiles: pctMap(input.percentiles, (p) => lowerLerpPercentile(a, p)),
    derivedSum: arrSum,
  };
  if (input.withSum) out.sum = arrSum;
  return out;
}

/** TDigestListMetricAggregator of 0.10/0.11 (facts F14): crick digest (compression 500) + Chan's parallel variance. */
export function tdigestListStats(input: EngineInput, compression = 500): DistStats {
  const { values: a, chunked } = input;
  const ends = input.recordEnds ?? Float64Array.of(a.length);
  const digest = new TDigest(compression);
  let count = 0;
  let mean = 0;
  let m2 = 0;
  let sum = 0.0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let start = 0;
  for (let r = 0; r < ends.length; r++) {
    const end = ends[r] as number;
    const b = a.subarray(start, end);
    start = end;
    const nb = b.length;
    if (nb === 0) continue;
    digest.update(b);
    const sb = npSum(b, { chunked });
    const mb = sb / nb;
    const m2b = npSumSquaredDeviations(b, mb, { chunked });
    if (count === 0) {
      mean = mb;
      m2 = m2b;
    } else {
      const N = count + nb;
      const d = mb - mean;
      mean = mean + (d * nb) / N;
      m2 = m2 + (m2b + (d * d * count * nb) / N);
    }
    count = count + nb;
    sum = sum + sb;
    const mm = minMax(b);
    if (mm.min < min) min = mm.min;
    if (mm.max > max) max = mm.max;
  }
  const out: DistStats = {
    count,
    avg: sum / count,
    min,
    max,
    std: Math.sqrt(Math.max(0, m2 / count)),
    percentiles: pctMap(input.percentiles, (p) => digest.quantile(p / 100)),
    derivedSum: sum,
  };
  if (input.withSum) out.sum = sum;
  return out;
}

/** Plain numpy on the arrival-order array (0.12 credit_to_start/effective latency, facts F13). */
export function plainNumpyStats(input: EngineInput): DistStats {
  const { values: a, chunked } = input;
  const n = a.length;
  const s = npSum(a, { chunked });
  const std = npStd(a, { chunked });
  const ranks = percentileRanks(n, input.percentiles);
  const [min, max, ...selected] = ownedRanks(a, [0, n - 1, ...ranks]) as [number, number, ...number[]];
  const out: DistStats = {
    count: n,
    avg: s / n,
    min,
    max,
    std,
    percentiles: percentilesAt(n, input.percentiles, selected),
    derivedSum: s,
  };
  if (input.withSum) out.sum = s;
  return out;
}
