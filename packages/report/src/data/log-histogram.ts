// A streaming histogram with bounded memory for chart data: values fall into
// log-linear buckets (2^10 per power of two, so a bucket is at most 0.1% of its
// value wide and integers below 2048 each get their own bucket), and finish()
// turns them into a display histogram over [min, max] and a CDF. Exact min, max
// and count are kept; exact percentiles come from the Summary, not from here.
import { niceCeil } from "./nice.js";

const SUB_BITS = 10;
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

export class LogHistogram {
  private readonly positive = new BucketCounts();
  private readonly negative = new BucketCounts();
  private zeros = 0;
  private n = 0;
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;
  private ints = true;
  /** Values that were not finite numbers: not counted, reported by the caller. */
  rejected = 0;

  add(x: number): void {
    if (!Number.isFinite(x)) {
      this.rejected++;
      return;
    }
    this.n++;
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
    if (this.ints && !Number.isInteger(x)) this.ints = false;
    if (x === 0) this.zeros++;
    else if (x > 0) this.positive.add(bucketOf(x));
    else this.negative.add(bucketOf(-x));
  }

  get count(): number {
    return this.n;
  }

  /** Buckets in increasing value order: [lower, upper, count]. */
  private *buckets(): Generator<[number, number, number]> {
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
    let width = max > min ? niceCeil((max - min) / target) : 1;
    if (ints) width = Math.max(1, Math.ceil(width));
    // Integer bins are centred on the integers: [k - 0.5, k + 0.5) for width 1.
    const shift = ints ? 0.5 : 0;
    const start = Math.floor((min + shift) / width) * width - shift;
    const n = Math.floor((max - start) / width) + 1;
    const counts = new Array<number>(n).fill(0);
    for (const [lower, upper, c] of this.buckets()) {
      // A bucket holds at most one integer when it is narrower than 1; else use its middle.
      const mid = ints ? Math.ceil(lower) : upper === lower ? lower : (lower + upper) / 2;
      const r = Math.min(max, Math.max(min, mid));
      const i = Math.min(n - 1, Math.max(0, Math.floor((r - start) / width)));
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
      const at = Math.min(max, Math.max(min, upper));
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
