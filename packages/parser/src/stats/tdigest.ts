// Merging t-digest, ported from crick's `crick/tdigest_stubs.c` (crick 0.0.4–0.0.8).
// crick: Copyright (c) 2016, Jim Crist-Harif. 2023, Dask Developers. BSD-3-Clause
// (full text in THIRD_PARTY_NOTICES.md at the repository root). crick's code is a
// C port of Ted Dunning's MergingDigest (tdunning/t-digest, Apache-2.0).
// AIPerf 0.10/0.11 feed inter-chunk latencies (ns) through it with compression
// 500; the operation order below is crick's, so quantiles match bit for bit
// (facts F14). Plain double arithmetic throughout.

const DBL_MAX = 1.7976931348623157e308;
const DBL_EPSILON = 2.220446049250313e-16;

export class TDigest {
  readonly compression: number;
  private readonly bufCap: number;
  private min = DBL_MAX;
  private max = -DBL_MAX;
  private means: Float64Array = new Float64Array(0);
  private weights: Float64Array = new Float64Array(0);
  private nCentroids = 0;
  private totalWeight = 0;
  private readonly bufValues: Float64Array;
  private readonly bufWeights: Float64Array;
  private bufLen = 0;
  private bufWeight = 0;

  constructor(compression = 100) {
    const c = Math.min(Math.max(compression, 20), 1000);
    this.compression = c;
    this.bufCap = Math.trunc(7.5 + 0.37 * c - 2e-4 * c * c);
    this.bufValues = new Float64Array(this.bufCap);
    this.bufWeights = new Float64Array(this.bufCap);
  }

  /** Number of values added (finite ones with weight > DBL_EPSILON). */
  get size(): number {
    return this.totalWeight + this.bufWeight;
  }

  /** Buffer capacity (crick's `buffer_size`): 142 for compression 500. */
  get bufferCapacity(): number {
    return this.bufCap;
  }

  add(x: number, w = 1): void {
    if (!Number.isFinite(x)) return;
    if (w <= DBL_EPSILON) return;
    if (this.bufLen === this.bufCap) this.flush();
    this.bufValues[this.bufLen] = x;
    this.bufWeights[this.bufLen] = w;
    this.bufLen++;
    this.bufWeight = this.bufWeight + w;
  }

  /** Adds each value with weight 1, in order; no flush at the end (as crick). */
  update(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) this.add(values[i] as number, 1);
  }

  quantile(q: number): number {
    this.flush();
    if (this.totalWeight === 0) return Number.NaN;
    if (q <= 0) return this.min;
    if (q >= 1) return this.max;
    const n = this.nCentroids;
    const means = this.means;
    const weights = this.weights;
    if (n === 1) return means[0] as number;
    const mid = new Float64Array(n);
    let cum = 0;
    for (let k = 0; k < n; k++) {
      const wk = weights[k] as number;
      mid[k] = cum + wk / 2.0;
      cum = cum + wk;
    }
    const index = q * this.totalWeight;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const m = Math.floor((lo + hi) / 2);
      if ((mid[m] as number) < index) lo = m + 1;
      else hi = m;
    }
    const i = lo;
    const x0 = i === 0 ? 0 : (mid[i - 1] as number);
    const y0 = i === 0 ? this.min : (means[i - 1] as number);
    const x1 = i === n ? this.totalWeight : (mid[i] as number);
    const y1 = i === n ? this.max : (means[i] as number);
    return y0 + ((index - x0) * (y1 - y0)) / (x1 - x0);
  }

  private scale(q: number): number {
    const qq = Math.min(q, 1);
    return (this.compression * (Math.asin(2 * qq - 1) + Math.PI / 2)) / Math.PI;
  }

  private flush(): void {
    const len = this.bufLen;
    if (len === 0) return;
    // Stable ascending sort of (value, weight) pairs by value.
    const order = Array.from({ length: len }, (_, i) => i);
    const bv = this.bufValues;
    const bw = this.bufWeights;
    order.sort((a, b) =>
      (bv[a] as number) < (bv[b] as number) ? -1 : (bv[b] as number) < (bv[a] as number) ? 1 : a - b,
    );
    const first = bv[order[0] as number] as number;
    const last = bv[order[len - 1] as number] as number;
    if (this.min > first) this.min = first;
    if (this.max < last) this.max = last;

    const oldMeans = this.means;
    const oldWeights = this.weights;
    const oldN = this.nCentroids;
    this.totalWeight = this.totalWeight + this.bufWeight;
    this.bufWeight = 0;
    // crick pre-allocates 2*ceil(c) slots; one slot per input is a safe bound.
    const outMeans = new Float64Array(oldN + len);
    const outWeights = new Float64Array(oldN + len);
    let outN = 0;
    let k1 = 0;
    let soFar = 0;
    const mergeOne = (u: number, w: number): void => {
      const k2 = this.scale((soFar + w) / this.totalWeight);
      if (outN === 0) {
        outMeans[0] = u;
        outWeights[0] = w;
        outN = 1;
      } else if (k2 - k1 <= 1) {
        const j = outN - 1;
        const nw = (outWeights[j] as number) + w;
        outWeights[j] = nw;
        const lm = outMeans[j] as number;
        outMeans[j] = lm + ((u - lm) * w) / nw;
      } else {
        outMeans[outN] = u;
        outWeights[outN] = w;
        outN++;
        k1 = this.scale(soFar / this.totalWeight);
      }
      soFar = soFar + w;
    };
    let i = 0;
    let j = 0;
    while (i < len && j < oldN) {
      const bi = order[i] as number;
      if ((bv[bi] as number) < (oldMeans[j] as number)) {
        mergeOne(bv[bi] as number, bw[bi] as number);
        i++;
      } else {
        mergeOne(oldMeans[j] as number, oldWeights[j] as number);
        j++;
      }
    }
    for (; i < len; i++) {
      const bi = order[i] as number;
      mergeOne(bv[bi] as number, bw[bi] as number);
    }
    for (; j < oldN; j++) mergeOne(oldMeans[j] as number, oldWeights[j] as number);
    this.means = outMeans;
    this.weights = outWeights;
    this.nCentroids = outN;
    this.bufLen = 0;
  }
}
