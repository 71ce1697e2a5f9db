// A streaming histogram with bounded memory for chart data. The first
// `exactLimit` values are kept, so a run of up to that many requests gets the
// exact histogram (numpy's bins) and the exact CDF. Past that, values fall into
// log-linear buckets (2^12 per power of two: a bucket is at most 0.025% of its
// value wide, and integers below 4096 each get their own), and finish() spreads
// the buckets over the display bins. Exact min, max and count are always kept;
// exact percentiles come from the Summary, not from here.
import { niceCeil } from "./nice.js";

const SUB_BITS = 12;
const view = new DataView(new ArrayBuffer(8));

/** Bucket of |x| for a finite x != 0: biased exponent and top mantissa bits. */
function bucketOf(abs: number): number {
  view.setFloat64(0, abs);
  const hi = view.getUint32(0);
  return hi >>> (20 - SUB_BITS);
}

/** Lower bound of a bucket (exact: a double with the bucket's bits and zeros below). */
function lowerBound(bucket: number): number {
  view.setUint32(0, bucket << (20 - SUB_BITS));
  view.setUint32(4, 0);
  return view.getFloat64(0);
}

/** Counts per bucket index in one growable dense window [lo, lo + counts.length). */
class BucketCounts {
  lo = 0;
  counts = new Float64Array(0);

  add(bucket: number): void {
    const { lo, counts } = this;
    if (counts.length === 0) {
      this.lo = bucket;
      this.counts = new Float64Array(64);
    } else if (bucket < lo || bucket >= lo + counts.length) {
      const newLo = Math.min(lo, bucket);
      const newHi = Math.max(lo + counts.length, bucket + 1);
      // Grow with slack on the side that grew, so a drifting range costs O(log n) copies.
      const slack = Math.max(64, counts.length);
      const from = bucket < lo ? Math.max(0, newLo - slack) : newLo;
      const to = bucket >= lo + counts.length ? newHi + slack : newHi;
      const next = new Float64Array(to - from);
      next.set(counts, lo - from);
      this.lo = from;
      this.counts = next;
    }
    const k = bucket - this.lo;
    this.counts[k] = (this.counts[k] as number) + 1;
  }

  /** Non-empty buckets as [bucket, count], in increasing bucket order. */
  *entries(): Generator<[number, number]> {
    const { lo, counts } = this;
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i] as number;
      if (c > 0) yield [lo + i, c];
    }
  }
}

export interface HistogramBins {
  /** Left edge of the first bin. */
  start: number;
  /** Bin width (a 1/2/5 x 10^k step; at least 1 for integer data). */
  width: number;
  counts: number[];
}

export interface Cdf {
  /** Increasing values, from min to max. */
  x: number[];
  /** Fraction of values <= x (approximately, within one bucket): from 0 to 1. */
  p: number[];
}

export interface DistributionData {
  count: number;
  min: number;
  max: number;
  /** Every value was an integer (token counts): bins are whole numbers. */
  integers: boolean;
  histogram: HistogramBins;
  cdf: Cdf;
}

export interface DistributionOptions {
  /** Bins the display histogram aims for (default 40). */
  bins?: number;
  /** At most this many CDF points (default 600). */
  cdfPoints?: number;
}

export interface LogHistogramOptions {
  /** Values kept exactly before switching to buckets (default 50,000: 400 KB). */
  exactLimit?: number;
}

export class LogHistogram {
  private readonly positive = new BucketCounts();
  private readonly negative = new BucketCounts();
  private zeros = 0;
  private n = 0;
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;
  private ints = true;
  /** The values while there are at most exactLimit of them; null once bucketed. */
  private exact: Float64Array | null = new Float64Array(64);
  private readonly exactLimit: number;
  /** Values that were not finite numbers: not counted, reported by the caller. */
  rejected = 0;

  constructor(options: LogHistogramOptions = {}) {
    this.exactLimit = options.exactLimit ?? 50_000;
  }

  add(x: number): void {
    if (!Number.isFinite(x)) {
      this.rejected++;
      return;
    }
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
    if (this.ints && !Number.isInteger(x)) this.ints = false;
    const exact = this.exact;
    if (exact !== null) {
      if (this.n < this.exactLimit) {
        if (this.n === exact.length) {
          const grown = new Float64Array(Math.min(this.exactLimit, exact.length * 2));
          grown.set(exact);
          this.exact = grown;
        }
        (this.exact as Float64Array)[this.n++] = x;
        return;
      }
      // Over the limit: from now on, buckets only.
      this.exact = null;
      for (let i = 0; i < this.n; i++) this.bucket(exact[i] as number);
    }
    this.n++;
    this.bucket(x);
  }

  private bucket(x: number): void {
    if (x === 0) this.zeros++;
    else if (x > 0) this.positive.add(bucketOf(x));
    else this.negative.add(bucketOf(-x));
  }

  get count(): number {
    return this.n;
  }

  /** Buckets in increasing value order: [lower, upper, count]; one per distinct value while exact. */
  private *buckets(): Generator<[number, number, number]> {
    if (this.exact !== null) {
      const sorted = this.exact.slice(0, this.n).sort();
      for (let i = 0; i < sorted.length; ) {
        const v = sorted[i] as number;
        let j = i + 1;
        while (j < sorted.length && sorted[j] === v) j++;
        yield [v, v, j - i];
        i = j;
      }
      return;
    }
    const neg = [...this.negative.entries()].reverse();
    for (const [b, c] of neg) yield [-lowerBound(b + 1), -lowerBound(b), c];
    if (this.zeros > 0) yield [0, 0, this.zeros];
    for (const [b, c] of this.positive.entries()) yield [lowerBound(b), lowerBound(b + 1), c];
  }

  /** Display histogram and CDF; null when no value was added. */
  finish(options: DistributionOptions = {}): DistributionData | null {
    if (this.n === 0) return null;
    const { lo: min, hi: max, ints: integers } = this;
    const histogram = this.bins(options.bins ?? 40);
    const cdf = this.cdf(options.cdfPoints ?? 600);
    return { count: this.n, min, max, integers, histogram, cdf };
  }

  private bins(target: number): HistogramBins {
    const { lo: min, hi: max, ints } = this;
    const raw = (max - min) / target;
    let width = raw > 0 && Number.isFinite(raw) ? niceCeil(raw) : max > min ? max - min : 1;
    if (ints) width = Math.max(1, Math.ceil(width));
    // Integer bins are centred on the integers: [k - 0.5, k + 0.5) for width 1.
    const shift = ints ? 0.5 : 0;
    const start = Math.floor((min + shift) / width) * width - shift;
    const n = Math.floor((max - start) / width) + 1;
    const counts = new Array<number>(n).fill(0);
    const edge = (k: number) => start + k * width;
    for (const [lower, upper, c] of this.buckets()) {
      // A bucket holds at most one integer when it is narrower than 1; else use its middle.
      const mid = ints ? Math.ceil(lower) : upper === lower ? lower : (lower + upper) / 2;
      const r = Math.min(max, Math.max(min, mid));
      let i = Math.min(n - 1, Math.max(0, Math.floor((r - start) / width)));
      // numpy's rule against the edges as computed: [edge(i), edge(i + 1)), the last bin closed.
      if (i > 0 && r < edge(i)) i--;
      else if (i < n - 1 && r >= edge(i + 1)) i++;
      counts[i] = (counts[i] as number) + c;
    }
    return { start, width, counts };
  }

  private cdf(maxPoints: number): Cdf {
    const { lo: min, hi: max } = this;
    const all = [...this.buckets()];
    const stride = Math.max(1, Math.ceil(all.length / Math.max(1, maxPoints - 1)));
    const x = [min];
    const p = [0];
    let cum = 0;
    all.forEach(([, upper, c], i) => {
      cum += c;
      if ((i + 1) % stride !== 0 && i !== all.length - 1) return;
      // Exact values: P(X <= v). Integer data: P(X <= k) for the largest integer k below the bucket's upper bound.
      const top = this.exact !== null ? upper : this.ints ? Math.ceil(upper) - 1 : upper;
      const at = Math.min(max, Math.max(min, top));
      // Several buckets above max collapse onto it: keep the last (highest) fraction only.
      if (x[x.length - 1] === at) p[p.length - 1] = cum / this.n;
      else {
        x.push(at);
        p.push(cum / this.n);
      }
    });
    return { x, p };
  }
}
