import { npPercentile } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { reference } from "../test-support/reference.js";
import { meanSe, percentileReplicates, percentileSe, ratioMeanSe, replicateSe } from "./bootstrap.js";
import { mannWhitneyU } from "./mann-whitney.js";
import { normalIsf, normalSf } from "./normal.js";
import { Random, hashSeed } from "./random.js";

const sorted = (xs: number[]): Float64Array => Float64Array.from(xs).sort();
const relClose = (actual: number, expected: number, rel: number): void => {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(rel * Math.abs(expected));
};

describe("Random", () => {
  it("is reproducible for a seed and differs between seeds", () => {
    const draw = (seed: number | string) => {
      const r = new Random(seed);
      return [r.uniform(), r.normal(), r.gamma(3.5), r.beta(2, 5)];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw("ttft|p99")).toEqual(draw(hashSeed("ttft|p99")));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("uniforms stay in [0, 1) and (0, 1]", () => {
    const r = new Random(1);
    for (let i = 0; i < 10_000; i++) {
      const u = r.uniform();
      const v = r.uniformOpenZero();
      expect(u >= 0 && u < 1 && v > 0 && v <= 1).toBe(true);
    }
  });

  it("normal draws have mean 0 and variance 1 (100k draws, within 4 standard errors)", () => {
    const r = new Random(2);
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const x = r.normal();
      s += x;
      s2 += x * x;
    }
    expect(Math.abs(s / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(s2 / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });

  it.each(reference.beta.map((c) => [c.a, c.b, c] as const))(
    "Beta(%d, %d) draws match scipy's quantiles (empirical CDF within 0.005 at 5 points, 100k draws)",
    (a, b, c) => {
      const r = new Random(hashSeed(`beta|${a}|${b}`));
      const n = 100_000;
      const draws = new Float64Array(n);
      for (let i = 0; i < n; i++) draws[i] = r.beta(a, b);
      draws.sort();
      for (const [q, x] of Object.entries(c.ppf)) {
        // fraction of draws <= scipy's q-quantile
        let lo = 0;
        let hi = n;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((draws[mid] as number) <= x) lo = mid + 1;
          else hi = mid;
        }
        expect(Math.abs(lo / n - Number(q)), `q=${q}`).toBeLessThan(0.005);
      }
    },
  );

  it("gamma with shape < 1 has the right mean (shape 0.5: mean 0.5)", () => {
    const r = new Random(3);
    let s = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) s += r.gamma(0.5);
    expect(Math.abs(s / n - 0.5)).toBeLessThan(4 * Math.sqrt(0.5 / n));
    expect(() => r.gamma(0)).toThrow(RangeError);
  });
});

describe("normal distribution (scipy.stats.norm)", () => {
  it.each(reference.normalSf.map((c) => [c.z, c.sf] as const))("sf(%d) = %d", (z, sf) => {
    // erfc's relative condition number grows like z^2: 1e-14 near the centre, ~1e-13 at z = 30.
    relClose(normalSf(z), sf, Math.abs(z) <= 6 ? 1e-14 : 1e-12);
  });
  it.each(reference.normalIsf.map((c) => [c.q, c.isf] as const))("isf(%d) = %d", (q, isf) => {
    relClose(normalIsf(q), isf, 1e-12);
  });
  it("rejects tail probabilities outside (0, 1)", () => {
    expect(() => normalIsf(0)).toThrow(RangeError);
    expect(() => normalIsf(1)).toThrow(RangeError);
  });
});

describe("mannWhitneyU (scipy.stats.mannwhitneyu, asymptotic, continuity, two-sided)", () => {
  it.each(reference.mannWhitney.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const r = mannWhitneyU(sorted(c.x), sorted(c.y));
    expect(r.u).toBe(c.u);
    relClose(r.p, c.p, 1e-12);
    expect(r.superiority).toBeCloseTo(c.u / (c.x.length * c.y.length), 15);
  });

  it("is symmetric: swapping the samples keeps p and mirrors U", () => {
    const c = reference.mannWhitney[1];
    if (c === undefined) throw new Error("reference case");
    const a = mannWhitneyU(sorted(c.x), sorted(c.y));
    const b = mannWhitneyU(sorted(c.y), sorted(c.x));
    expect(b.p).toBe(a.p);
    expect(b.u).toBe(c.x.length * c.y.length - a.u);
  });

  it("rejects empty, unsorted or NaN samples", () => {
    expect(() => mannWhitneyU([], [1])).toThrow(RangeError);
    expect(() => mannWhitneyU([Number.NaN], [1])).toThrow(RangeError);
  });
});

describe("bootstrap standard errors", () => {
  const { data, percentileSe: expectedSe, meanSe: expectedMeanSe } = reference.bootstrap;
  const s = sorted(data);

  it.each(Object.entries(expectedSe))(
    "p%s: the order-statistic replicates give numpy's brute-force bootstrap SE (200k full resamples) within 3 %%",
    (p, se) => {
      relClose(percentileSe(s, Number(p), 40_000, new Random(hashSeed(`se|${p}`))), se, 0.03);
    },
  );

  it("the mean's ideal-bootstrap SE is numpy's brute-force one (within its Monte Carlo error)", () => {
    relClose(meanSe(data), expectedMeanSe, 0.01);
  });

  it("replicates equal npPercentile of explicit resamples in distribution (same mean, same SE)", () => {
    // Brute force here with the parser's npPercentile, 20k resamples of 67 values.
    const rng = new Random(11);
    const brute = new Float64Array(20_000);
    const res = new Float64Array(s.length);
    for (let b = 0; b < brute.length; b++) {
      for (let i = 0; i < s.length; i++) res[i] = s[Math.floor(rng.uniform() * s.length)] as number;
      res.sort();
      brute[b] = npPercentile(res, 90);
    }
    const fast = percentileReplicates(s, 90, 20_000, new Random(12));
    const mean = (a: Float64Array) => a.reduce((x, y) => x + y, 0) / a.length;
    expect(Math.abs(mean(fast) - mean(brute))).toBeLessThan(4 * replicateSe(brute) * Math.sqrt(2 / 20_000));
    relClose(replicateSe(fast), replicateSe(brute), 0.04);
  });

  it("is identical for the same seed", () => {
    expect(percentileReplicates(s, 99, 500, new Random(5))).toEqual(percentileReplicates(s, 99, 500, new Random(5)));
  });

  it("is 0 for constant data and for a single value", () => {
    expect(percentileSe(sorted([4, 4, 4, 4]), 50, 100, new Random(1))).toBe(0);
    expect(percentileSe(sorted([4]), 99, 100, new Random(1))).toBe(0);
    expect(replicateSe([1])).toBe(0);
  });

  it("the ratio-of-sums SE equals the mean's when every request has one value", () => {
    const ones = new Float64Array(data.length).fill(1);
    relClose(ratioMeanSe(data, ones), meanSe(data), 1e-12);
    expect(ratioMeanSe([], [])).toBeNaN();
  });
});
