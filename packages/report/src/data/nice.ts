// "Nice" step sizes for axes, histogram bins and time slices: 1, 2 or 5 times a power of ten.

/** The smallest 1/2/5 x 10^k that is >= x (x > 0). */
export function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`niceCeil needs a positive finite number, got ${x}`);
  let p = 10 ** Math.floor(Math.log10(x));
  // log10 can land one decade off near powers of ten.
  if (p > x) p /= 10;
  // Below 1e-323 the power of ten underflows to 0, which would never grow: step in the smallest double.
  if (p === 0) p = Number.MIN_VALUE;
  for (;;) {
    for (const m of [1, 2, 5]) {
      const step = m * p;
      if (step >= x * (1 - 1e-12)) return step;
    }
    p *= 10;
  }
}

/** Nice steps >= x in increasing order, for callers that need one with an extra property. */
export function* niceSteps(x: number): Generator<number> {
  let step = niceCeil(x);
  for (;;) {
    yield step;
    const exp = 10 ** Math.floor(Math.log10(step) + 1e-9);
    const m = Math.round(step / exp);
    step = m === 1 ? 2 * exp : m === 2 ? 5 * exp : 10 * exp;
  }
}
