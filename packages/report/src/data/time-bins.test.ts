import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TimeBins } from "./time-bins.js";

describe("TimeBins", () => {
  it("counts points per bucket and doubles the width when the span outgrows maxBins", () => {
    const bins = new TimeBins(["sum"], { maxBins: 4, minWidthNs: 1 });
    for (const t of [0, 1, 2, 3]) bins.addPoint(0, t + 0.5);
    expect(bins.finish()).toEqual({ startNs: 0, widthNs: 1, channels: [Float64Array.from([1, 1, 1, 1])] });
    bins.addPoint(0, 4.5);
    // [0, 2) [2, 4) [4, 6)
    expect(bins.finish()).toEqual({ startNs: 0, widthNs: 2, channels: [Float64Array.from([2, 2, 1])] });
  });

  it("handles times before the first one (negative offsets)", () => {
    const bins = new TimeBins(["sum"], { maxBins: 8, minWidthNs: 10 });
    bins.addPoint(0, 35);
    bins.addPoint(0, -12, 2);
    const f = bins.finish();
    // Buckets [-20, -10) .. [30, 40): the weight 2 in the first, 1 in the last.
    expect(f.startNs).toBe(-20);
    expect([...(f.channels[0] as Float64Array)]).toEqual([2, 0, 0, 0, 0, 1]);
  });

  it("spreads an interval's weight over the buckets it overlaps", () => {
    const bins = new TimeBins(["sum"], { minWidthNs: 1 });
    // Density 2 / (3.5 - 0.5) over [0.5, 3.5): 1/3 in [0,1) and [3,4), 2/3 in [1,2) and [2,3).
    bins.addInterval(0, 0.5, 3.5, 2);
    const f = bins.finish();
    expect(f.startNs).toBe(0);
    const v = [...(f.channels[0] as Float64Array)];
    expect(v).toHaveLength(4);
    [1 / 3, 2 / 3, 2 / 3, 1 / 3].forEach((x, i) => {
      expect(v[i]).toBeCloseTo(x, 12);
    });
  });

  it("an empty interval is a point", () => {
    const bins = new TimeBins(["sum"], { minWidthNs: 1 });
    bins.addInterval(0, 2.5, 2.5, 7);
    expect(bins.finish()).toEqual({ startNs: 2, widthNs: 1, channels: [Float64Array.from([7])] });
  });

  it("keeps the largest value per bucket, NaN where none, through merges", () => {
    const bins = new TimeBins(["max"], { maxBins: 4, minWidthNs: 1 });
    bins.addMax(0, 0.5, 3);
    bins.addMax(0, 0.7, 9);
    bins.addMax(0, 3.5, 1);
    expect([...(bins.finish().channels[0] as Float64Array)]).toEqual([9, Number.NaN, Number.NaN, 1]);
    bins.addMax(0, 6.5, 4);
    // Width 2: [0,2) [2,4) [4,6) [6,8)
    expect([...(bins.finish().channels[0] as Float64Array)]).toEqual([9, 1, Number.NaN, 4]);
  });

  it("equals a brute-force integration for any events, in any order, with any number of merges", () => {
    const event = fc.record({
      a: fc.double({ min: -5e4, max: 1e5, noNaN: true }),
      len: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 3e4, noNaN: true })),
      w: fc.double({ min: 0.1, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 2, max: 40 }),
        (events, maxBins) => {
          const bins = new TimeBins(["sum", "sum"], { maxBins, minWidthNs: 7 });
          for (const e of events) {
            bins.addInterval(0, e.a, e.a + e.len, e.w);
            bins.addPoint(1, e.a + e.len, e.w);
          }
          const f = bins.finish();
          const n = (f.channels[0] as Float64Array).length;
          expect(n).toBeLessThanOrEqual(maxBins);
          for (let k = 0; k < n; k++) {
            const lo = f.startNs + k * f.widthNs;
            const hi = lo + f.widthNs;
            let spread = 0;
            let points = 0;
            for (const e of events) {
              const b = e.a + e.len;
              if (e.len > 0 && b > e.a) spread += (e.w * Math.max(0, Math.min(b, hi) - Math.max(e.a, lo))) / (b - e.a);
              else if (e.a >= lo && e.a < hi) spread += e.w;
              if (b >= lo && b < hi) points += e.w;
            }
            const total = events.reduce((acc, e) => acc + e.w, 0);
            expect(Math.abs(((f.channels[0] as Float64Array)[k] as number) - spread)).toBeLessThan(1e-9 * total + 1e-9);
            expect((f.channels[1] as Float64Array)[k]).toBeCloseTo(points, 9);
          }
        },
      ),
    );
  });
});
