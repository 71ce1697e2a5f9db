// Bootstrap standard errors without resampling whole arrays. A bootstrap resample of n values is n
// draws sorted[floor(U n)] with U uniform, so its k-th smallest value is sorted[floor(U_(k) n)],
// where U_(k) is the k-th order statistic of n uniforms: Beta(k, n - k + 1). Given U_(k) = u, the
// next one is u + (1 - u)(1 - V^(1/(n-k))). Each replicate of numpy's linear percentile therefore
// costs two draws, whatever n is, and has exactly the distribution of the percentile of a full
// resample. For the mean, the ideal bootstrap's standard error is known in closed form.
import { npPercentile, npStd } from "@aiperf/parser";
import type { Random } from "./random.js";

/** Ranks (0-based) of the sorted sample that numpy's linear percentile p reads. */
function ranksOf(n: number, p: number): [number, number | undefined, number] {
  const vi = (n - 1) * (p / 100);
  if (vi >= n - 1) return [n - 1, undefined, 0];
  if (vi <= 0) return [0, undefined, 0];
  const lo = Math.floor(vi);
  return [lo, lo + 1, vi - lo];
}

/** `resamples` bootstrap replicates of npPercentile(resample, p) for `sorted` (ascending, n >= 1). */
export function percentileReplicates(
  sorted: ArrayLike<number>,
  p: number,
  resamples: number,
  rng: Random,
): Float64Array {
  const n = sorted.length;
  const out = new Float64Array(resamples);
  const [lo, hi] = ranksOf(n, p);
  const k = lo + 1; // 1-based rank of the lower order statistic
  const above = n - k;
  // npPercentile reads only ranks lo and hi: a two-entry stand-in for the sorted resample.
  const view: { length: number; [rank: number]: number } = { length: n };
  const at = (u: number): number => sorted[Math.min(n - 1, Math.floor(u * n))] as number;
  for (let b = 0; b < resamples; b++) {
    const u1 = rng.beta(k, n - k + 1);
    view[lo] = at(u1);
    if (hi !== undefined) {
      const u2 = u1 + (1 - u1) * -Math.expm1(Math.log(rng.uniformOpenZero()) / above);
      view[hi] = at(u2);
    }
    out[b] = npPercentile(view, p);
  }
  return out;
}

/**
 * Sample standard deviation (n - 1) of bootstrap replicates.
 * @internal Exported for its tests only.
 */
export function replicateSe(replicates: ArrayLike<number>): number {
  const n = replicates.length;
  if (n < 2) return 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const x = replicates[i] as number;
    const d = x - mean;
    mean += d / (i + 1);
    m2 += d * (x - mean);
  }
  return Math.sqrt(m2 / (n - 1));
}

/** Bootstrap standard error of a percentile of `sorted`, from `resamples` replicates. */
export function percentileSe(sorted: ArrayLike<number>, p: number, resamples: number, rng: Random): number {
  return replicateSe(percentileReplicates(sorted, p, resamples, rng));
}

/** The ideal bootstrap's standard error of the mean: the population std over sqrt(n). */
export function meanSe(values: ArrayLike<number>): number {
  return values.length === 0 ? Number.NaN : npStd(values) / Math.sqrt(values.length);
}

/**
 * Standard error of sum(sums) / sum(counts) when whole requests are resampled (a list metric's mean
 * over all its values): the ideal bootstrap's first-order (linearized) value.
 */
export function ratioMeanSe(sums: ArrayLike<number>, counts: ArrayLike<number>): number {
  const n = sums.length;
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    s += sums[i] as number;
    c += counts[i] as number;
  }
  if (n === 0 || c === 0) return Number.NaN;
  const r = s / c;
  const cbar = c / n;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const z = ((sums[i] as number) - r * (counts[i] as number)) / cbar;
    acc += z * z;
  }
  return Math.sqrt(acc) / n;
}
