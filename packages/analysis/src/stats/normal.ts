// The standard normal's tail and its inverse, from stdlib's erfc/erfcinv (accurate far into the
// tail, where 1 - cdf would cancel to 0).
import erfc from "@stdlib/math-base-special-erfc";
import erfcinv from "@stdlib/math-base-special-erfcinv";

/** P(Z > z) for a standard normal Z (scipy.stats.norm.sf). */
export function normalSf(z: number): number {
  return 0.5 * erfc(z * Math.SQRT1_2);
}

/** The z with P(Z > z) = q, for 0 < q < 1 (scipy.stats.norm.isf). */
export function normalIsf(q: number): number {
  if (!(q > 0 && q < 1)) throw new RangeError(`tail probability must be in (0, 1), got ${q}`);
  return Math.SQRT2 * erfcinv(2 * q);
}
