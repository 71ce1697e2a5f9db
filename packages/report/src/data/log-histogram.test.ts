import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LogHistogram } from "./log-histogram.js";
import { DISTRIBUTIONS, RunDataCollector } from "./run-data.js";
import { loadRecordsOf, PACKAGE_DIR, RUN1_DIR } from "../test-support/runs.js";

function of(values: number[]): LogHistogram {
  const h = new LogHistogram();
  for (const v of values) h.add(v);
  return h;
}

describe("LogHistogram", () => {
  it("integers get one bin each, centred on the integer", () => {
    const d = of([1, 2, 2, 3]).finish();
    expect(d).toMatchObject({ count: 4, min: 1, max: 3, integers: true });
    expect(d?.histogram).toEqual({ start: 0.5, width: 1, counts: [1, 2, 1] });
    expect(d?.cdf).toEqual({ x: [1, 2, 3], p: [0.25, 0.75, 1] });
  });

  it("zero and negative values have their place", () => {
    const d = of([2, -1, 0, 1, -2]).finish();
    expect(d?.histogram).toEqual({ start: -2.5, width: 1, counts: [1, 1, 1, 1, 1] });
    expect(d?.cdf.p.at(-1)).toBe(1);
  });

  it("bins by a nice width over [min, max]: 40 bins or fewer", () => {
    // (9.9 - 0.1) / 40 = 0.245 -> 0.5; start floor(0.1 / 0.5) * 0.5 = 0.
    const d = of([0.1, 2.6, 2.7, 9.9]).finish();
    expect(d?.histogram.start).toBe(0);
    expect(d?.histogram.width).toBe(0.5);
    expect(d?.histogram.counts).toHaveLength(20);
    expect(d?.histogram.counts[0]).toBe(1);
    expect(d?.histogram.counts[5]).toBe(2);
    expect(d?.histogram.counts[19]).toBe(1);
  });

  it("one value: one bin, CDF 1 at it", () => {
    expect(of([7.25, 7.25]).finish()).toMatchObject({ histogram: { counts: [2] }, cdf: { x: [7.25], p: [1] } });
  });

  it("non-finite values are not counted but reported", () => {
    const h = of([1, Number.NaN, Number.POSITIVE_INFINITY, 2]);
    expect(h.count).toBe(2);
    expect(h.rejected).toBe(2);
    expect(new LogHistogram().finish()).toBeNull();
  });

  it("CDF points, exact (below the limit) and bucketed: p is the share of values at or below x, by brute force", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 2, max: 50 }),
        fc.boolean(),
        (values, points, bucketed) => {
          const h = new LogHistogram({ exactLimit: bucketed ? 10 : 1000 });
          for (const v of values) h.add(v);
          const d = h.finish({ cdfPoints: points }) as NonNullable<ReturnType<LogHistogram["finish"]>>;
          const n = values.length;
          expect(d.count).toBe(n);
          expect(d.cdf.x.length).toBeLessThanOrEqual(points + 1);
          expect(d.cdf.p.at(-1)).toBe(1);
          expect(d.histogram.counts.reduce((a, b) => a + b, 0)).toBe(n);
          const exact = !bucketed || n <= 10;
          d.cdf.x.forEach((x, i) => {
            if (i === 0 && d.cdf.p[0] === 0) return;
            if (x === d.max) return;
            // Exact: P(X <= x). Bucketed: x is a bucket's upper bound, so every value below it counts and
            // none at or above it; for integer data x is the largest integer below that bound.
            // The zero bucket holds exactly the zeros, so its point (x = 0) is exact too (fast-check found
            // [0 x 10, 5e-324] bucketed).
            const atOrBelow = exact || d.integers || x === 0;
            const share = values.filter((v) => (atOrBelow ? v <= x : v < x)).length / n;
            expect(d.cdf.p[i]).toBe(share);
          });
          for (let i = 1; i < d.cdf.x.length; i++) expect(d.cdf.x[i]).toBeGreaterThan(d.cdf.x[i - 1] as number);
        },
      ),
    );
  });

  it("bucketed values land in the display bin of numpy's rule unless within 0.025% of an edge", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 200 }),
        (values) => {
          const h = new LogHistogram({ exactLimit: 0 });
          for (const v of values) h.add(v);
          const { start, width, counts } = (h.finish() as NonNullable<ReturnType<LogHistogram["finish"]>>).histogram;
          const near = (v: number) =>
            Math.abs((v - start) / width - Math.round((v - start) / width)) * width <= v * 2.5e-4;
          const expected = new Array<number>(counts.length).fill(0);
          let unsure = 0;
          for (const v of values) {
            if (near(v)) unsure++;
            const i = Math.min(counts.length - 1, Math.floor((v - start) / width));
            expected[i] = (expected[i] as number) + 1;
          }
          const off = counts.reduce((acc, c, i) => acc + Math.abs(c - (expected[i] as number)), 0);
          expect(off).toBeLessThanOrEqual(2 * unsure);
        },
      ),
    );
  });
});

interface Reference {
  distributions: Record<
    string,
    {
      tag: string;
      count: number;
      min: number;
      max: number;
      sorted: number[];
      histogram: { start: number; width: number; counts: number[] };
    }
  >;
}

describe("run1's distributions against numpy (test-support/reference/run1_charts.py)", async () => {
  const ref = JSON.parse(
    readFileSync(join(PACKAGE_DIR, "src", "test-support", "reference", "run1-charts.json"), "utf8"),
  ) as Reference;
  const collector = new RunDataCollector();
  for (const r of await loadRecordsOf(RUN1_DIR)) collector.add(r);
  const data = collector.finish();

  for (const spec of DISTRIBUTIONS) {
    it(`${spec.key}: count, exact min and max, the histogram of numpy, the CDF within a bucket`, () => {
      const expected = ref.distributions[spec.key];
      const got = data.distributions.find((d) => d.key === spec.key);
      if (expected === undefined || got === undefined) throw new Error(`missing ${spec.key}`);
      expect(got.tag).toBe(expected.tag);
      expect(got.data).toMatchObject({ count: expected.count, min: expected.min, max: expected.max });
      expect(got.data.histogram.start).toBeCloseTo(expected.histogram.start, 12);
      expect(got.data.histogram.width).toBe(expected.histogram.width);
      expect(got.data.histogram.counts).toEqual(expected.histogram.counts);
      const n = expected.count;
      got.data.cdf.x.forEach((x, i) => {
        const atOrBelow = expected.sorted.filter((v) => v <= x).length / n;
        const belowBucket = expected.sorted.filter((v) => v < x * (1 - 2 ** -10)).length / n;
        expect(got.data.cdf.p[i]).toBeLessThanOrEqual(atOrBelow);
        expect(got.data.cdf.p[i]).toBeGreaterThanOrEqual(belowBucket);
      });
    });
  }
});
