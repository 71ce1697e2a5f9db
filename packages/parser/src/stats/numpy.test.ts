import { describe, expect, it } from "vitest";
import { lowerLerpPercentile, minMax, npMean, npPercentile, npStd, npSum, pairwiseSum } from "./numpy.js";

// Same generator as the python3 script that produced the expected values:
// np.array([((i*7919) % 100003) / ((i % 13) + 0.1) for i in range(n)]).
// Integer products stay below 2^53 and each op is correctly rounded in both.
function gen(n: number): Float64Array {
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = ((i * 7919) % 100003) / ((i % 13) + 0.1);
  return a;
}

function naiveSum(a: Float64Array): number {
  let s = 0;
  for (const x of a) s += x;
  return s;
}

// numpy 2.4.6: sum/mean/std = np.sum/np.mean/np.std (one pairwise sum);
// *Chunked: numpy <= 2.2's buffered reduction, computed as
// `0.0 + sum(np.sum(a[k:k+8192]) for k in range(0, n, 8192))` for the sum and
// the same chunked sum over `(a - mean)*(a - mean)` for std.
const cases = [
  {
    n: 5,
    sum: 30130.39771662903,
    sumChunked: 30130.39771662903,
    naive: 30130.39771662903,
    mean: 6026.079543325806,
    meanChunked: 6026.079543325806,
    std: 3018.5378141426363,
    stdChunked: 3018.5378141426363,
  },
  {
    n: 8,
    sum: 53490.76832342635,
    sumChunked: 53490.76832342635,
    naive: 53490.76832342636,
    mean: 6686.346040428294,
    meanChunked: 6686.346040428294,
    std: 2534.05576855464,
    stdChunked: 2534.05576855464,
  },
  {
    n: 100,
    sum: 1711035.9401428835,
    sumChunked: 1711035.9401428835,
    naive: 1711035.9401428828,
    mean: 17110.359401428836,
    meanChunked: 17110.359401428836,
    std: 31964.857850369484,
    stdChunked: 31964.857850369484,
  },
  {
    n: 129,
    sum: 2510750.551530591,
    sumChunked: 2510750.551530591,
    naive: 2510750.5515305907,
    mean: 19463.182570004585,
    meanChunked: 19463.182570004585,
    std: 40655.681506636,
    stdChunked: 40655.681506636,
  },
  {
    n: 1000,
    sum: 45271275.63999924,
    sumChunked: 45271275.63999924,
    naive: 45271275.639999256,
    mean: 45271.27563999924,
    meanChunked: 45271.27563999924,
    std: 142136.04146353836,
    stdChunked: 142136.04146353836,
  },
  {
    n: 8208,
    sum: 401469726.774495,
    sumChunked: 401469726.77449495,
    naive: 401469726.7744959,
    mean: 48912.00374932931,
    meanChunked: 48912.003749329306,
    std: 150429.25355006265,
    stdChunked: 150429.25355006263,
  },
  {
    n: 50000,
    sum: 2484844040.781702,
    sumChunked: 2484844040.781702,
    naive: 2484844040.7817082,
    mean: 49696.88081563404,
    meanChunked: 49696.88081563404,
    std: 152938.893723449,
    stdChunked: 152938.89372344903,
  },
];

describe("numpy reductions", () => {
  for (const c of cases) {
    it(`n=${c.n}: sum, mean, std equal numpy bit for bit in both summation modes`, () => {
      const a = gen(c.n);
      expect(pairwiseSum(a)).toBe(c.sum);
      expect(npSum(a, { chunked: false })).toBe(c.sum);
      expect(npSum(a, { chunked: true })).toBe(c.sumChunked);
      expect(npMean(a, { chunked: false })).toBe(c.mean);
      expect(npMean(a)).toBe(c.meanChunked);
      expect(npStd(a, { chunked: false })).toBe(c.std);
      expect(npStd(a)).toBe(c.stdChunked);
    });
  }

  it("differs from a left-to-right sum, so the pairwise structure is exercised", () => {
    const differing = cases.filter((c) => naiveSum(gen(c.n)) !== c.sum).map((c) => c.n);
    expect(differing).toEqual([8, 100, 129, 1000, 8208, 50000]);
    for (const c of cases) expect(naiveSum(gen(c.n))).toBe(c.naive);
  });

  it("sums a sub-range like numpy sums a slice", () => {
    const a = gen(1000);
    // np.sum(a[100:229]) with a = gen(1000), python3/numpy 2.4.6
    expect(pairwiseSum(a, 100, 229)).toBe(5253730.332719494);
    expect(pairwiseSum(a, 0, 0)).toBe(0);
  });

  it("returns NaN mean for an empty array, like numpy", () => {
    expect(npMean(new Float64Array(0))).toBeNaN();
    expect(npStd(new Float64Array([4]))).toBe(0);
  });
});

describe("npPercentile", () => {
  const ps = [0, 1, 5, 10, 25, 50, 75, 90, 95, 99, 99.9, 99.99, 100];
  it("equals np.percentile (linear) on 1000 generated values, including p99.9 and p99.99", () => {
    const s = gen(1000).sort();
    // [np.percentile(np.sort(gen(1000)), p) for p in ps], python3/numpy 2.4.6
    const expected = [
      0.0, 164.1207497820401, 804.3357001513212, 1664.283950617284, 4423.670801949491, 8643.279569892473,
      16218.145161290322, 52705.727272727265, 238758.99999999875, 825535.0999999997, 971520.93, 972357.093, 972450.0,
    ];
    expect(ps.map((p) => npPercentile(s, p))).toEqual(expected);
  });

  it("uses the two-sided lerp (b - d*(1-t) for t >= 0.5)", () => {
    const s = gen(3000).slice(14, 31).sort();
    // np.percentile(np.sort(gen(3000)[14:31]), 99) = 51467.4909090909 (numpy 2.4.6);
    // the one-sided a + d*t gives 51467.490909090906 (python3 by hand).
    expect(npPercentile(s, 99)).toBe(51467.4909090909);
    expect(lowerLerpPercentile(s, 99)).toBe(51467.490909090906);
  });

  it("handles one element and empty input", () => {
    expect(npPercentile(new Float64Array([7]), 50)).toBe(7);
    expect(npPercentile(new Float64Array(0), 50)).toBeNaN();
    expect(lowerLerpPercentile(new Float64Array([7]), 99)).toBe(7);
  });

  it("works out a small case by hand", () => {
    const s = new Float64Array([10, 20, 30, 40]);
    // vi = 3 * 0.25 = 0.75 -> 20 - 10 * 0.25 = 17.5; vi = 3 * 0.5 = 1.5 -> 30 - 10 * 0.5 = 25
    expect(npPercentile(s, 25)).toBe(17.5);
    expect(npPercentile(s, 50)).toBe(25);
    expect(minMax(s)).toEqual({ min: 10, max: 40 });
  });
});
