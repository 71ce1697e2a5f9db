// Append-only float64 column: 8 bytes a value, doubling capacity, so 1e8
// inter-chunk latencies take ~0.8-1.6 GB instead of an array of boxed numbers.

export class GrowableFloat64Array {
  private buf: Float64Array;
  private len = 0;

  constructor(initialCapacity = 16) {
    this.buf = new Float64Array(Math.max(1, initialCapacity));
  }

  get length(): number {
    return this.len;
  }

  push(v: number): void {
    if (this.len === this.buf.length) this.grow(this.len + 1);
    this.buf[this.len++] = v;
  }

  /** Appends `values[start, end)`. */
  pushAll(values: ArrayLike<number>, start = 0, end = values.length): void {
    const n = end - start;
    if (n <= 0) return;
    if (this.len + n > this.buf.length) this.grow(this.len + n);
    for (let i = start; i < end; i++) this.buf[this.len++] = values[i] as number;
  }

  /** Appends `n` copies of `v` (one grow at most: padding a sparse column). */
  fill(v: number, n: number): void {
    if (n <= 0) return;
    if (this.len + n > this.buf.length) this.grow(this.len + n, true);
    this.buf.fill(v, this.len, this.len + n);
    this.len += n;
  }

  get(i: number): number {
    if (i < 0 || i >= this.len) throw new RangeError(`index ${i} out of range [0, ${this.len})`);
    return this.buf[i] as number;
  }

  /** A view of the filled part; shares memory until the next push that grows. */
  view(): Float64Array {
    return this.buf.subarray(0, this.len);
  }

  /** Drops spare capacity and returns the values as an exactly-sized array (no copy when already full). */
  toFloat64Array(): Float64Array {
    return this.len === this.buf.length ? this.buf : this.buf.slice(0, this.len);
  }

  /** `exact`: to `min` and the one value that usually follows a padding (a sparse column: most never grow again). */
  private grow(min: number, exact = false): void {
    let cap = exact ? min + 1 : this.buf.length * 2;
    while (cap < min) cap *= 2;
    const next = new Float64Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
}
