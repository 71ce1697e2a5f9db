// Streaming time buckets with bounded memory. Times are nanoseconds relative to
// an origin the caller picks (doubles: exact below 2^53 ns, about 104 days).
// Buckets start 1 ms wide; when the covered span needs more than maxBins buckets,
// the width doubles and neighbours merge, so memory stays O(maxBins) whatever the
// order, span or count of the events.
//
// Channels hold one of three kinds of value per bucket:
// - "sum": points (weight at an instant) and intervals (weight spread evenly over
//   [a, b), so a bucket gets weight x overlap / (b - a)); intervals cost O(1) each
//   through a difference array for the buckets they cover whole;
// - "max": the largest value seen per bucket (NaN where none).

export type ChannelKind = "sum" | "max";

export interface TimeBinsOptions {
  /** Most buckets kept (default 4096). */
  maxBins?: number;
  /** Starting bucket width in ns (default 1 ms); the width is always this times a power of two. */
  minWidthNs?: number;
}

export interface FinishedBins {
  /** Start of bucket 0, ns relative to the origin. */
  startNs: number;
  widthNs: number;
  /** Per channel, one value per bucket. */
  channels: Float64Array[];
}

export class TimeBins {
  private readonly maxBins: number;
  private width: number;
  private lo = 0;
  private n = 0;
  private readonly values: Float64Array[];
  /** Per sum channel: density added at k for the buckets from k on that an interval covers whole. */
  private readonly diff: (Float64Array | null)[];

  constructor(
    private readonly kinds: readonly ChannelKind[],
    options: TimeBinsOptions = {},
  ) {
    this.maxBins = Math.max(2, options.maxBins ?? 4096);
    this.width = options.minWidthNs ?? 1e6;
    if (!(this.width > 0)) throw new RangeError("minWidthNs must be positive");
    this.values = kinds.map(() => new Float64Array(0));
    this.diff = kinds.map((k) => (k === "sum" ? new Float64Array(0) : null));
  }

  /** Weight at instant t. */
  addPoint(channel: number, t: number, weight = 1): void {
    const i = this.bucket(t);
    this.ensure(i, i);
    const k = this.bucket(t) - this.lo;
    const v = this.values[channel] as Float64Array;
    v[k] = (v[k] as number) + weight;
  }

  /** Largest value per bucket. */
  addMax(channel: number, t: number, value: number): void {
    const i = this.bucket(t);
    this.ensure(i, i);
    const k = this.bucket(t) - this.lo;
    const v = this.values[channel] as Float64Array;
    if (!Number.isNaN(value) && !((v[k] as number) >= value)) v[k] = value;
  }

  /** Weight spread evenly over [a, b); a point at a when b <= a (or b - a is a vanishing part of a bucket). */
  addInterval(channel: number, a: number, b: number, weight: number): void {
    if (!(b - a > 1e-9 * this.width)) {
      this.addPoint(channel, a, weight);
      return;
    }
    this.ensure(this.bucket(a), this.bucket(b));
    // Indices after ensure(): the width may have changed.
    const w = this.width;
    const ks = this.bucket(a);
    const ke = this.bucket(b);
    const v = this.values[channel] as Float64Array;
    const lo = this.lo;
    if (ks === ke) {
      v[ks - lo] = (v[ks - lo] as number) + weight;
      return;
    }
    const rho = weight / (b - a);
    v[ks - lo] = (v[ks - lo] as number) + rho * ((ks + 1) * w - a);
    v[ke - lo] = (v[ke - lo] as number) + rho * (b - ke * w);
    if (ke > ks + 1) {
      const d = this.diff[channel] as Float64Array;
      d[ks + 1 - lo] = (d[ks + 1 - lo] as number) + rho;
      d[ke - lo] = (d[ke - lo] as number) - rho;
    }
  }

  finish(): FinishedBins {
    this.settle();
    return {
      startNs: this.lo * this.width,
      widthNs: this.width,
      channels: this.values.map((v) => v.slice(0, this.n)),
    };
  }

  /** k with k * width <= t < (k + 1) * width, as the products compute (the division alone can round across an edge). */
  private bucket(t: number): number {
    const w = this.width;
    const k = Math.floor(t / w);
    if (t < k * w) return k - 1;
    if (t >= (k + 1) * w) return k + 1;
    return k;
  }

  /** Makes buckets i..j (at the current width) storable, coarsening as needed. */
  private ensure(i: number, j: number): void {
    let from = this.n === 0 ? i : Math.min(this.lo, i);
    let to = this.n === 0 ? j + 1 : Math.max(this.lo + this.n, j + 1);
    while (to - from > this.maxBins) {
      this.coarsen();
      i = Math.floor(i / 2);
      j = Math.floor(j / 2);
      from = this.n === 0 ? i : Math.min(this.lo, i);
      to = this.n === 0 ? j + 1 : Math.max(this.lo + this.n, j + 1);
    }
    if (this.n > 0 && from === this.lo && to === this.lo + this.n) return;
    const capacity = (this.values[0] as Float64Array).length;
    const shift = this.lo - from;
    if (this.n > 0 && shift === 0 && to - from <= capacity) {
      this.n = to - from;
      return;
    }
    // Reallocate with slack on the growing side (capped by maxBins) so appends are amortized O(1).
    const size = Math.min(this.maxBins, Math.max(to - from, 2 * capacity, 64));
    const grow = (old: Float64Array, fill: number): Float64Array => {
      const next = new Float64Array(size).fill(fill);
      if (this.n > 0) next.set(old.subarray(0, this.n), shift);
      return next;
    };
    this.values.forEach((v, c) => {
      this.values[c] = grow(v, this.kinds[c] === "max" ? Number.NaN : 0);
    });
    this.diff.forEach((d, c) => {
      if (d !== null) this.diff[c] = grow(d, 0);
    });
    this.lo = from;
    this.n = to - from;
  }

  /** Folds the difference arrays into the values (whole-bucket coverage x width). */
  private settle(): void {
    const w = this.width;
    this.diff.forEach((d, c) => {
      if (d === null) return;
      const v = this.values[c] as Float64Array;
      let running = 0;
      for (let k = 0; k < this.n; k++) {
        running += d[k] as number;
        d[k] = 0;
        if (running !== 0) v[k] = (v[k] as number) + running * w;
      }
    });
  }

  /** Doubles the width: bucket i becomes floor(i / 2). */
  private coarsen(): void {
    this.settle();
    const newLo = Math.floor(this.lo / 2);
    const newN = Math.floor((this.lo + this.n - 1) / 2) - newLo + 1;
    this.values.forEach((v, c) => {
      const isMax = this.kinds[c] === "max";
      const next = new Float64Array(v.length).fill(isMax ? Number.NaN : 0);
      for (let k = 0; k < this.n; k++) {
        const x = v[k] as number;
        const j = Math.floor((this.lo + k) / 2) - newLo;
        if (isMax) {
          if (!Number.isNaN(x) && !((next[j] as number) >= x)) next[j] = x;
        } else next[j] = (next[j] as number) + x;
      }
      this.values[c] = next;
    });
    this.lo = newLo;
    this.n = newN;
    this.width *= 2;
  }
}
