// numpy's float64 reductions, reproduced operation for operation (spec §3.2):
// pairwise summation with 8 accumulators, buffered 8192-element chunks of
// numpy <= 2.2, population std and the linear percentile with the two-sided lerp.

/** numpy's reduction buffer size: numpy <= 2.2 sums contiguous arrays chunk by chunk. */
export const NUMPY_BUFSIZE = 8192;

const PW_BLOCKSIZE = 128;

/**
 * numpy `pairwise_sum` over `a[start, end)`, optionally of `(a[i] - center)^2`
 * (the squared deviations of `np.var`, without materializing them).
 */
function pw(a: ArrayLike<number>, start: number, n: number, center: number | undefined): number {
  const sq = center !== undefined;
  const c = center ?? 0;
  if (n < 8) {
    let res = 0.0;
    for (let i = start; i < start + n; i++) {
      const x = a[i] as number;
      res += sq ? (x - c) * (x - c) : x;
    }
    return res;
  }
  if (n <= PW_BLOCKSIZE) {
    // Eight accumulators as locals: this leaf runs once per 128 values.
    const v = (i: number): number => {
      const x = a[start + i] as number;
      return sq ? (x - c) * (x - c) : x;
    };
    let r0 = v(0), r1 = v(1), r2 = v(2), r3 = v(3), r4 = v(4), r5 = v(5), r6 = v(6), r7 = v(7);
    const full = n - (n % 8);
    for (let i = 8; i < full; i += 8) {
      r0 += v(i); r1 += v(i + 1); r2 += v(i + 2); r3 += v(i + 3);
      r4 += v(i + 4); r5 += v(i + 5); r6 += v(i + 6); r7 += v(i + 7);
    }
    let res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
    for (let i = full; i < n; i++) res += v(i);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pw(a, start, n2, center) + pw(a, start + n2, n - n2, center);
}

/** numpy's `pairwise_sum` of `a[start, end)` as one block (no chunking). */
export function pairwiseSum(a: ArrayLike<number>, start = 0, end = a.length): number {
  return pw(a, start, end - start, undefined);
}

export interface NumpyOptions {
  /** Sum in 8192-element chunks as numpy <= 2.2 does (run1 pins 2.2.6). Default true. */
  chunked?: boolean;
}

function reduceSum(a: ArrayLike<number>, center: number | undefined, chunked: boolean): number {
  const n = a.length;
  if (!chunked) return 0.0 + pw(a, 0, n, center);
  let res = 0.0;
  for (let s = 0; s < n; s += NUMPY_BUFSIZE) res += pw(a, s, Math.min(NUMPY_BUFSIZE, n - s), center);
  return res;
}

/** `np.sum(a)` for a contiguous float64 array. */
export function npSum(a: ArrayLike<number>, options: NumpyOptions = {}): number {
  return reduceSum(a, undefined, options.chunked ?? true);
}

/** `np.mean(a)`: `np.sum(a) / n` (NaN for an empty array, as numpy). */
export function npMean(a: ArrayLike<number>, options: NumpyOptions = {}): number {
  return npSum(a, options) / a.length;
}

/** `np.sum((a - center) * (a - center))`, without materializing the deviations. */
export function npSumSquaredDeviations(a: ArrayLike<number>, center: number, options: NumpyOptions = {}): number {
  return reduceSum(a, center, options.chunked ?? true);
}

/** `np.std(a)` with ddof 0: `sqrt(sum((a - mean)^2) / n)`. */
export function npStd(a: ArrayLike<number>, options: NumpyOptions = {}): number {
  const chunked = options.chunked ?? true;
  const n = a.length;
  const mean = reduceSum(a, undefined, chunked) / n;
  return Math.sqrt(reduceSum(a, mean, chunked) / n);
}

/**
 * `np.percentile(sorted, p)` with the default linear method (Hyndman–Fan 7),
 * `sorted` ascending. numpy's lerp is two-sided: `b - d*(1-t)` when `t >= 0.5`.
 */
export function npPercentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const vi = (n - 1) * (p / 100);
  if (vi >= n - 1) return sorted[n - 1] as number;
  if (vi <= 0) return sorted[0] as number;
  const lo = Math.floor(vi);
  const t = vi - lo;
  const a = sorted[lo] as number;
  const b = sorted[lo + 1] as number;
  const d = b - a;
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}

/**
 * The one-sided lerp of AIPerf 0.12's column store (`metric_result_from_array`):
 * `vi = (p/100)*(n-1)`, always interpolating up from the lower neighbour.
 */
export function lowerLerpPercentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const vi = (p / 100.0) * (n - 1);
  const lo = Math.trunc(vi);
  const hi = Math.min(lo + 1, n - 1);
  const t = vi - lo;
  const a = sorted[lo] as number;
  return a + t * ((sorted[hi] as number) - a);
}

/** Smallest and largest value (NaN-free input), like `np.min`/`np.max`. */
export function minMax(a: ArrayLike<number>): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return { min, max };
}
