// numpy's float64 reductions, reproduced operation for operation (facts F10, F11):
// pairwise summation with 8 accumulators, buffered 8192-element chunks of
// numpy <= 2.2, population std and the linear percentile with the two-sided lerp.

/** numpy's reduction buffer size: numpy <= 2.2 sums contiguous arrays chunk by chunk. */
const NUMPY_BUFSIZE = 8192;

const PW_BLOCKSIZE = 128;

/**
 * numpy `pairwise_sum` over `a[start, end)`, optionally of `(a[i] - center)^2`
 * (the squared deviations of `np.var`, without materializing them).
 */
function pw(a: ArrayLike<number>, start: number, n: number, center: number | undefined): number {
  if (n <= PW_BLOCKSIZE) return pwLeaf(a, start, n, center);
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pw(a, start, n2, center) + pw(a, start + n2, n - n2, center);
}

/** The non-recursive part of `pairwise_sum` (n <= 128). */
function pwLeaf(a: ArrayLike<number>, start: number, n: number, center: number | undefined): number {
  return center === undefined ? pwLeafSum(a, start, n) : pwLeafSquares(a, start, n, center);
}

// The two leaf kinds as separate monomorphic loops (hot: once per 128 values);
// the same additions in the same order as numpy.
function pwLeafSum(a: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let res = 0.0;
    for (let i = start; i < start + n; i++) res += a[i] as number;
    return res;
  }
  let r0 = a[start] as number,
    r1 = a[start + 1] as number,
    r2 = a[start + 2] as number,
    r3 = a[start + 3] as number;
  let r4 = a[start + 4] as number,
    r5 = a[start + 5] as number,
    r6 = a[start + 6] as number,
    r7 = a[start + 7] as number;
  const full = start + n - (n % 8);
  for (let i = start + 8; i < full; i += 8) {
    r0 += a[i] as number;
    r1 += a[i + 1] as number;
    r2 += a[i + 2] as number;
    r3 += a[i + 3] as number;
    r4 += a[i + 4] as number;
    r5 += a[i + 5] as number;
    r6 += a[i + 6] as number;
    r7 += a[i + 7] as number;
  }
  let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  for (let i = full; i < start + n; i++) res += a[i] as number;
  return res;
}

function pwLeafSquares(a: ArrayLike<number>, start: number, n: number, c: number): number {
  const v = (i: number): number => {
    const x = (a[i] as number) - c;
    return x * x;
  };
  if (n < 8) {
    let res = 0.0;
    for (let i = start; i < start + n; i++) res += v(i);
    return res;
  }
  let r0 = v(start),
    r1 = v(start + 1),
    r2 = v(start + 2),
    r3 = v(start + 3);
  let r4 = v(start + 4),
    r5 = v(start + 5),
    r6 = v(start + 6),
    r7 = v(start + 7);
  const full = start + n - (n % 8);
  for (let i = start + 8; i < full; i += 8) {
    r0 += v(i);
    r1 += v(i + 1);
    r2 += v(i + 2);
    r3 += v(i + 3);
    r4 += v(i + 4);
    r5 += v(i + 5);
    r6 += v(i + 6);
    r7 += v(i + 7);
  }
  let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
  for (let i = full; i < start + n; i++) res += v(i);
  return res;
}

/**
 * Fills `out[0, k)` with the next `k` values of a sequence that is too large to
 * copy (a column in completion order); values are requested strictly in order.
 */
export type ValueStream = (out: Float64Array, k: number) => void;

/** `pw` over the next `n` values of a stream: the same tree, leaves read in order. */
function pwStream(next: ValueStream, scratch: Float64Array, n: number, center: number | undefined): number {
  if (n <= PW_BLOCKSIZE) {
    next(scratch, n);
    return pwLeaf(scratch, 0, n, center);
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  const left = pwStream(next, scratch, n2, center);
  return left + pwStream(next, scratch, n - n2, center);
}

/**
 * `np.sum` (center undefined) or `np.sum((a - center)**2)` of an `n`-value
 * stream, as reduceSum would compute it on the materialized array.
 */
export function streamReduceSum(next: ValueStream, n: number, center: number | undefined, chunked: boolean): number {
  // Sized to the stream when shorter: many small columns must not cost 64 KiB each (issue 9, class 7).
  const scratch = new Float64Array(Math.max(1, Math.min(chunked ? NUMPY_BUFSIZE : PW_BLOCKSIZE, n)));
  if (!chunked) return 0.0 + pwStream(next, scratch, n, center);
  let res = 0.0;
  for (let s = 0; s < n; s += NUMPY_BUFSIZE) {
    const k = Math.min(NUMPY_BUFSIZE, n - s);
    next(scratch, k);
    res += pw(scratch, 0, k, center);
  }
  return res;
}

/** numpy's `pairwise_sum` of `a[start, end)` as one block (no chunking). */
export function pairwiseSum(a: ArrayLike<number>, start = 0, end = a.length): number {
  return pw(a, start, end - start, undefined);
}

export interface NumpyOptions {
  /** Sum in 8192-element chunks as numpy <= 2.2 does (run1 pins 2.2.6). Default true. */
  chunked?: boolean;
}

function reduceSum(
  a: ArrayLike<number>,
  center: number | undefined,
  chunked: boolean,
  start = 0,
  n = a.length - start,
): number {
  if (!chunked) return 0.0 + pw(a, start, n, center);
  let res = 0.0;
  for (let s = 0; s < n; s += NUMPY_BUFSIZE) res += pw(a, start + s, Math.min(NUMPY_BUFSIZE, n - s), center);
  return res;
}

/** `np.sum(a[start:start+n])` without a subarray. */
export function npSumRange(a: ArrayLike<number>, start: number, n: number, chunked: boolean): number {
  return reduceSum(a, undefined, chunked, start, n);
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
  return npPercentileAt(sorted.length, p, (i) => sorted[i] as number);
}

/** Ranks of the sorted array that `npPercentile(sorted, p)` reads (n > 0). */
export function npPercentileRanks(n: number, p: number): number[] {
  const vi = (n - 1) * (p / 100);
  if (vi >= n - 1) return [n - 1];
  if (vi <= 0) return [0];
  const lo = Math.floor(vi);
  return [lo, lo + 1];
}

/** `npPercentile` of an `n`-value sorted sequence given only its values at the needed ranks. */
export function npPercentileAt(n: number, p: number, at: (rank: number) => number): number {
  if (n === 0) return Number.NaN;
  const vi = (n - 1) * (p / 100);
  if (vi >= n - 1) {
    // numpy moves both neighbours to the last value and takes gamma = vi + 1 (vi minus index -1), so it
    // computes last - (last - last) * (1 - gamma): a -0 end becomes +0 unless n is 1 (facts F21).
    const last = at(n - 1);
    return last - (last - last) * (1 - (vi + 1));
  }
  // lerp(a0, a1, 0) = a0 + (a1 - a0) * 0 = a0 + 0 for sorted finite values: -0 becomes +0.
  if (vi <= 0) return at(0) + 0;
  const lo = Math.floor(vi);
  const t = vi - lo;
  const a = at(lo);
  const b = at(lo + 1);
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
