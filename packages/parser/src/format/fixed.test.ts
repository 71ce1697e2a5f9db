import { describe, expect, it } from "vitest";
import { formatFixed } from "./fixed.js";
import { fixedCases } from "./test-support/fixed-cases.js";

describe("formatFixed", () => {
  it("matches Python's .2f, ,.2f, .0f and .4f on generated values", () => {
    const wrong: string[] = [];
    for (const [x, f2, g2, f0, f4] of fixedCases) {
      const got = [formatFixed(x, 2), formatFixed(x, 2, { thousands: true }), formatFixed(x, 0), formatFixed(x, 4)];
      if (got.join("|") !== [f2, g2, f0, f4].join("|")) wrong.push(`${x}: ${got.join("|")}`);
    }
    expect(wrong).toEqual([]);
  });

  it("rounds the exact binary value half to even, unlike toFixed", () => {
    expect(formatFixed(0.125, 2)).toBe("0.12");
    expect((0.125).toFixed(2)).toBe("0.13");
    expect(formatFixed(0.375, 2)).toBe("0.38");
    expect(formatFixed(2.675, 2)).toBe("2.67"); // 2.67499999... in binary
    expect(formatFixed(2.5, 0)).toBe("2");
    expect(formatFixed(3.5, 0)).toBe("4");
  });

  it("keeps -0.00 and prints huge values in full", () => {
    expect(formatFixed(-0, 2)).toBe("-0.00");
    expect(formatFixed(-0.001, 2)).toBe("-0.00");
    expect(formatFixed(1759522428472357888, 2)).toBe("1759522428472357888.00");
    expect(formatFixed(1759522428472357888, 2, { thousands: true })).toBe("1,759,522,428,472,357,888.00");
    expect(formatFixed(1e22, 2)).toBe("10000000000000000000000.00");
  });

  it("formats the run1 console cells", () => {
    expect(formatFixed(2343.219436988764, 2, { thousands: true })).toBe("2,343.22");
    expect(formatFixed(9.551622221540914, 2, { thousands: true })).toBe("9.55");
    expect(formatFixed(999.995, 2, { thousands: true })).toBe("1,000.00"); // 999.99500000000000455 in binary (python3)
    expect(formatFixed(1.005, 2)).toBe("1.00"); // 1.00499999999999989 in binary (python3)
  });

  it("prints non-finite values like Python and rejects bad digit counts", () => {
    expect(formatFixed(Number.NaN, 2)).toBe("nan");
    expect(formatFixed(Number.POSITIVE_INFINITY, 2)).toBe("inf");
    expect(formatFixed(Number.NEGATIVE_INFINITY, 2, { thousands: true })).toBe("-inf");
    expect(() => formatFixed(1, -1)).toThrow(RangeError);
    expect(() => formatFixed(1, 1.5)).toThrow(RangeError);
  });
});
