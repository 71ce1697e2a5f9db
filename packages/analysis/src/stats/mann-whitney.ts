// Mann-Whitney U test, two-sided, normal approximation with tie and continuity correction: the
// definition of scipy.stats.mannwhitneyu(x, y, method="asymptotic", use_continuity=True).
import { normalSf } from "./normal.js";

export interface MannWhitneyResult {
  /** U of the first sample (scipy's statistic for mannwhitneyu(x, y)). */
  u: number;
  /** U / (n1 n2): P(X > Y) + P(X = Y) / 2, the probability of superiority. */
  superiority: number;
  z: number;
  /** Two-sided p-value. */
  p: number;
}

/** x and y sorted ascending, without NaN; each non-empty. */
export function mannWhitneyU(x: ArrayLike<number>, y: ArrayLike<number>): MannWhitneyResult {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("mannWhitneyU needs two non-empty samples");
  // One merge of the sorted samples: average ranks of each run of equal values, and the tie term.
  let i = 0;
  let j = 0;
  let rank = 0;
  let r1 = 0;
  let ties = 0;
  while (i < n1 || j < n2) {
    const xv = i < n1 ? (x[i] as number) : Number.POSITIVE_INFINITY;
    const yv = j < n2 ? (y[j] as number) : Number.POSITIVE_INFINITY;
    const v = Math.min(xv, yv);
    let cx = 0;
    let cy = 0;
    while (i < n1 && x[i] === v) {
      i++;
      cx++;
    }
    while (j < n2 && y[j] === v) {
      j++;
      cy++;
    }
    if (cx + cy === 0) throw new RangeError("mannWhitneyU: samples must be sorted and free of NaN");
    const t = cx + cy;
    r1 += cx * (rank + (t + 1) / 2);
    ties += t * t * t - t;
    rank += t;
  }
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const n = n1 + n2;
  const mu = (n1 * n2) / 2;
  const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - ties / (n * (n - 1))));
  const u = Math.max(u1, n1 * n2 - u1);
  const z = (u - mu - 0.5) / s;
  // s = 0 (every value equal) gives z = -Infinity and p = 1, as scipy's clip does.
  const p = Math.min(1, 2 * normalSf(z));
  return { u: u1, superiority: u1 / (n1 * n2), z: Number.isFinite(z) ? z : 0, p };
}
