// Per-version statistics of one record metric (spec §3.2, §12.3–§12.5, §12.8).
// Input is the metric's base values in aggregation (completion) order; the
// result is still in base units.
import { lowerLerpPercentile, minMax, npPercentileAt, npPercentileRanks, npStd, npSum, npSumRange, npSumSquaredDeviations, streamReduceSum } from "../stats/numpy.js";
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

/** numpy's linear percentiles of the n values in `parts`, from the few order statistics they read (no sort). */
function selectedPercentiles(parts: readonly Float64Array[], n: number, ps: readonly number[]): Map<number, number> {
  const ranks = [...new Set(ps.flatMap((p) => npPercentileRanks(n, p)))];
  const values = selectRanks(parts, ranks);
  const at = new Map(ranks.map((r, k) => [r, values[k] as number]));
  return pctMap(ps, (p) => npPercentileAt(n, p, (r) => at.get(r) as number));
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
  const out: DistStats = { count: n, avg, min, max, std, percentiles: selectedPercentiles([a], n, input.percentiles), derivedSum: s };
  if (input.withSum) out.sum = s;
  return out;
}

export interface RunEngineInput {
  percentiles: readonly number[];
  chunked: boolean;
  withSum: boolean;
}

/**
 * metricArrayStats of a list metric read straight from its run column in
 * `order` (completion order): the same sums in the same order, without a
 * reordered copy of the values; percentiles by selection on the stored values.
 */
export function metricArrayRunStats(runs: RunColumn, order: Uint32Array, input: RunEngineInput): DistStats {
  const { chunked } = input;
  const n = runs.total;
  let s = 0.0;
  // minMax in completion order too: which of -0/+0 comes first decides a tie.
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  runs.forEachRun(order, (a, start, end) => {
    s = s + npSumRange(a, start, end - start, chunked);
    for (let k = start; k < end; k++) {
      const x = a[k] as number;
      if (x < min) min = x;
      if (x > max) max = x;
    }
  });
  const avg = streamReduceSum(runs.stream(order), n, undefined, chunked) / n;
  const std = Math.sqrt(streamReduceSum(runs.stream(order), n, avg, chunked) / n);
  const parts = runs.parts();
  const out: DistStats = { count: n, avg, min, max, std, percentiles: selectedPercentiles(parts, n, input.percentiles), derivedSum: s };
  if (input.withSum) out.sum = s;
  return out;
}

/** Column store of 0.12 (§12.4): pw sum, std of the sorted array, one-sided lerp percentiles. */
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

/** TDigestListMetricAggregator of 0.10/0.11 (§12.5): crick digest (compression 500) + Chan's parallel variance. */
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
      m2 = m2 + (m2b + (((d * d) * count) * nb) / N);
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

/** Plain numpy on the arrival-order array (0.12 credit_to_start/effective latency, §12.8). */
export function plainNumpyStats(input: EngineInput): DistStats {
  const { values: a, chunked } = input;
  const n = a.length;
  const s = npSum(a, { chunked });
  const std = npStd(a, { chunked });
  const [min, max] = selectRanks([a], [0, n - 1]) as [number, number];
  const out: DistStats = {
    count: n,
    avg: s / n,
    min,
    max,
    std,
    percentiles: selectedPercentiles([a], n, input.percentiles),
    derivedSum: s,
  };
  if (input.withSum) out.sum = s;
  return out;
}
