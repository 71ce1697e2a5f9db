// The standard normal's upper tail and its inverse, to full double precision far into the tail
// (where 1 - cdf cancels to 0). Small enough to own: the npm packages that do this well (stdlib's
// erfc/erfcinv) pull in ~150 packages / 15 MB, and jStat's tail is wrong beyond z ~ 8. Checked
// against scipy.stats.norm.sf / isf in stats.test.ts (reference data from make-reference.py).

const TWO_OVER_SQRT_PI = 1.1283791670955126;
const INV_SQRT_PI = 0.5641895835477563;

/** erfc(x) for x >= 0: a positive-term series below 1.5, Lentz's continued fraction above. */
function erfcNonNegative(x: number): number {
  if (x === Number.POSITIVE_INFINITY) return 0;
  if (x < 1.5) {
    // erf(x) = 2/sqrt(pi) e^{-x^2} sum_n 2^n x^{2n+1} / (1*3*...*(2n+1)): no cancellation.
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; n < 200 && term > sum * 1e-17; n++) {
      term *= (2 * x2) / (2 * n + 1);
      sum += term;
    }
    return 1 - TWO_OVER_SQRT_PI * Math.exp(-x2) * sum;
  }
  // erfc(x) = e^{-x^2}/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), modified Lentz.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const a = n / 2;
    d = x + a * d;
    d = d === 0 ? tiny : 1 / d;
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (INV_SQRT_PI * Math.exp(-x * x)) / f;
}

/** P(Z > z) for a standard normal Z (scipy.stats.norm.sf). */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const x = Math.abs(z) * Math.SQRT1_2;
  const upper = 0.5 * erfcNonNegative(x);
  return z >= 0 ? upper : 1 - upper;
}

/** The normal density. */
function pdf(z: number): number {
  return INV_SQRT_PI * Math.SQRT1_2 * Math.exp(-0.5 * z * z);
}

/** The z with P(Z > z) = q, for 0 < q < 1 (scipy.stats.norm.isf): a rough start refined by Halley steps on normalSf. */
export function normalIsf(q: number): number {
  if (!(q > 0 && q < 1)) throw new RangeError(`tail probability must be in (0, 1), got ${q}`);
  if (q > 0.5) return -normalIsf(1 - q);
  if (q === 0.5) return 0;
  // Start: the tail asymptote z ~ sqrt(-2 ln q - ln(-2 ln q) - ln(2 pi)), good to a few percent.
  const l = -2 * Math.log(q);
  let z = Math.sqrt(Math.max(l - Math.log(l) - Math.log(2 * Math.PI), 0.01));
  for (let i = 0; i < 50; i++) {
    // Newton on log sf keeps relative precision in the far tail; Halley's correction speeds it up.
    const sf = normalSf(z);
    const err = sf - q;
    const u = err / pdf(z);
    const step = u / (1 + (z * u) / 2);
    z += step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) break;
  }
  return z;
}
