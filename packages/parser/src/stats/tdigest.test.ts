import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { npPercentile } from "./numpy.js";
import { TDigest } from "./tdigest.js";

const QS = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];

/** ICL-like gaps in ns: 20–37 ms with a 90 ms spike every 97th value (same formula in the python3 script). */
function icl(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(20000000 + ((i * 7919) % 100003) * 173 + (i % 97 === 0 ? 90000000 : 0));
  return out;
}

describe("TDigest (crick port)", () => {
  it("has crick's buffer size and clamps the compression", () => {
    expect(new TDigest(500).bufferCapacity).toBe(142); // trunc((7.5 + 185) - 50)
    expect(new TDigest(5).compression).toBe(20);
    expect(new TDigest(5000).compression).toBe(1000);
  });

  it("interpolates between centroid midpoints (hand-worked: 1..10, every value its own centroid)", () => {
    const t = new TDigest(100);
    t.update([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    // index = q*10; midpoints 0.5, 1.5, ..., 9.5 hold means 1..10
    expect(t.quantile(0.5)).toBe(5.5); // between mid 4.5 (5) and 5.5 (6)
    expect(t.quantile(0.25)).toBe(3); // index 2.5 is mid[2] exactly
    expect(t.quantile(0.01)).toBe(1); // below the first midpoint: lerp from (0, min) to (0.5, 1)
    expect(t.quantile(0)).toBe(1);
    expect(t.quantile(1)).toBe(10);
    expect(t.size).toBe(10);
  });

  it("reproduces crick's algorithm (facts F14) on 20,000 values fed per record (compression 500)", () => {
    // Expected values: a direct python3 transliteration of the spec's pseudocode
    // (separate code from this port), values fed in chunks of 217 per update call.
    const vals = icl(20000);
    const t = new TDigest(500);
    for (let k = 0; k < vals.length; k += 217) t.update(vals.slice(k, k + 217));
    expect(QS.map((q) => t.quantile(q))).toEqual([
      20175885.54066986, 20875819.761679, 21748323.948163267, 24370260.75708885, 28739879.04977876, 33109689.16607209,
      35733173.802734375, 36608476.515198566, 100250813.54502924,
    ]);
  });

  it("reproduces the pseudocode at the smallest compression (20), where centroids merge heavily", () => {
    const t = new TDigest(20);
    const vals: number[] = [];
    for (let i = 0; i < 3000; i++) vals.push((i * 7919) % 1009);
    t.update(vals);
    expect(QS.map((q) => t.quantile(q))).toEqual([
      11.920454545454543, 51.966900551525804, 102.43388888888887, 252.95079745647877, 503.58082069213845,
      754.3981613922167, 906.9814658488971, 956.401757066463, 997.5092460881934,
    ]);
  });

  it("stays close to the exact percentile and inside [min, max]", () => {
    const vals = icl(20000);
    const t = new TDigest(500);
    t.update(vals);
    const sorted = Float64Array.from(vals).sort();
    for (const q of QS.slice(0, 8)) {
      const exact = npPercentile(sorted, q * 100);
      expect(Math.abs(t.quantile(q) - exact) / exact).toBeLessThan(1e-3);
    }
  });

  it("ignores non-finite values and tiny weights; empty digest gives NaN", () => {
    const t = new TDigest(500);
    expect(t.quantile(0.5)).toBeNaN();
    t.add(Number.NaN);
    t.add(Number.POSITIVE_INFINITY);
    t.add(3, 1e-17);
    expect(t.quantile(0.5)).toBeNaN();
    t.add(4);
    expect(t.quantile(0.5)).toBe(4);
  });

  it("depends only on the value sequence, not on record boundaries (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 600 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
        (values, cuts) => {
          const whole = new TDigest(500);
          whole.update(values);
          const parts = new TDigest(500);
          let k = 0;
          let c = 0;
          while (k < values.length) {
            const step = cuts[c++ % cuts.length] as number;
            parts.update(values.slice(k, k + step));
            k += step;
          }
          const qs = QS.map((q) => whole.quantile(q));
          expect(QS.map((q) => parts.quantile(q))).toEqual(qs);
          for (let i = 1; i < qs.length; i++) expect(qs[i]).toBeGreaterThanOrEqual(qs[i - 1] as number);
          expect(whole.quantile(0)).toBe(Math.min(...values));
          expect(whole.quantile(1)).toBe(Math.max(...values));
        },
      ),
      { numRuns: 200 },
    );
  });
});
