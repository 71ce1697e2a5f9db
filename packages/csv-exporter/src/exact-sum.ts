// Correctly rounded sum (Shewchuk's algorithm, as Python's math.fsum): the
// per-request average of a list metric should not depend on summation order.

const U2 = 2 ** -106; // the unit roundoff squared
const TINY = 2 ** -1074;

// The neighbours of a double, by its bits (little-endian word order, as on every platform Node runs on).
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The distances from `a` (> 0, finite) to the next double above and below. */
function gaps(a: number): [number, number] {
  bits[0] = a;
  const lo = words[0] as number;
  const hi = words[1] as number;
  if (lo === 0xffffffff) {
    words[0] = 0;
    words[1] = hi + 1;
  } else words[0] = lo + 1;
  const up = (bits[0] as number) - a;
  words[1] = hi;
  if (lo === 0) {
    words[0] = 0xffffffff;
    words[1] = hi - 1;
  } else words[0] = lo - 1;
  const down = a - (bits[0] as number);
  return [up, down];
}

/**
 * The correctly rounded sum when a compensated sum proves it, else undefined. Neumaier's s + c is within
 * B = 4 (n+1)^2 u^2 sum|x| (+ n subnormal steps) of the exact sum; r + t = s + c exactly (TwoSum). When
 * t +- B stays strictly inside r's rounding interval (half the gap to each neighbour), the exact sum
 * rounds to r. @internal Exported for its tests only.
 */
export function compensatedSum(values: readonly number[]): number | undefined {
  const n = values.length;
  let s = 0;
  let c = 0;
  let abs = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
    abs += Math.abs(x);
  }
  // TwoSum (Knuth): r + t = s + c exactly, whatever their magnitudes.
  const r = s + c;
  const bs = r - s;
  const t = s - (r - bs) + (c - bs);
  const bound = 4 * (n + 1) * (n + 1) * U2 * abs + n * TINY;
  if (!LITTLE_ENDIAN || r === 0 || !Number.isFinite(abs) || !Number.isFinite(r)) return undefined;
  // In terms of |r|: the exact sum is |r| + tr + e with |e| <= bound.
  const a = Math.abs(r);
  const tr = r > 0 ? t : -t;
  const [up, down] = gaps(a);
  return tr + bound < up / 2 && tr - bound > -down / 2 ? r : undefined;
}

/** The double nearest to the exact sum of finite `values` (Python's `math.fsum`): proven fast, else exact. */
export function exactSum(values: readonly number[]): number {
  return compensatedSum(values) ?? shewchukSum(values);
}

/** Shewchuk's exact summation (math.fsum), for every input. @internal Exported for its tests only. */
export function shewchukSum(values: Iterable<number>): number {
  // Non-overlapping partial sums, increasing in magnitude; their exact total is the exact sum.
  // Plain locals and a count instead of destructuring swaps and `length` writes: this loop is
  // the hot path of the per-request export (one call per list metric per record).
  const partials: number[] = [];
  let count = 0;
  for (const value of values) {
    let x = value;
    let kept = 0;
    for (let i = 0; i < count; i++) {
      let y = partials[i] as number;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[kept++] = lo;
      x = hi;
    }
    partials[kept] = x;
    count = kept + 1;
  }
  // Add the partials from the largest down until the sum becomes inexact.
  let n = count;
  if (n === 0) return 0;
  let hi = partials[--n] as number;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n] as number;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half-way cases correctly: the remaining partials decide the direction of a tie.
  const next = n > 0 ? (partials[n - 1] as number) : 0;
  if ((lo < 0 && next < 0) || (lo > 0 && next > 0)) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}
