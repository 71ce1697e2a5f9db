import { describe, expect, it } from "vitest";
import { niceCeil, niceSteps } from "./nice.js";

describe("niceCeil", () => {
  it("rounds up to 1, 2 or 5 times a power of ten", () => {
    expect(niceCeil(84.73)).toBe(100);
    expect(niceCeil(0.3)).toBe(0.5);
    expect(niceCeil(1)).toBe(1);
    expect(niceCeil(1.0000001)).toBe(2);
    expect(niceCeil(1000)).toBe(1000);
    expect(niceCeil(0.0021)).toBe(0.005);
    expect(niceCeil(6e9)).toBe(1e10);
  });

  it("ends for subnormal widths, where the power of ten underflows to 0 (a histogram of 0 and 1e-322: width 1e-322 / 40)", () => {
    for (const x of [Number.MIN_VALUE, 2 * Number.MIN_VALUE, 3 * Number.MIN_VALUE, 3e-320]) {
      const step = niceCeil(x);
      expect(step).toBeGreaterThanOrEqual(x);
      expect(step).toBeLessThanOrEqual(10 * x);
    }
  });

  it("rejects what has no nice step", () => {
    expect(() => niceCeil(0)).toThrow(RangeError);
    expect(() => niceCeil(Number.NaN)).toThrow(RangeError);
  });

  it("niceSteps continues 1, 2, 5, 10, 20, ...", () => {
    const it = niceSteps(3);
    expect([0, 1, 2, 3, 4].map(() => it.next().value)).toEqual([5, 10, 20, 50, 100]);
  });
});
