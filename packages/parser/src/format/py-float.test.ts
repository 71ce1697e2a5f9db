import { describe, expect, it } from "vitest";
import { formatPyFloat } from "./py-float.js";
import { pyFloatCases } from "./test-support/py-float-cases.js";

describe("formatPyFloat", () => {
  it("matches orjson on random doubles and layout boundaries", () => {
    const wrong = pyFloatCases
      .filter(([x, s]) => formatPyFloat(x) !== s)
      .map(([x, s]) => `${x}: ${formatPyFloat(x)} != ${s}`);
    expect(wrong).toEqual([]);
    expect(pyFloatCases.length).toBeGreaterThan(400);
  });

  it("writes the run1 forms (facts F17)", () => {
    expect(formatPyFloat(550)).toBe("550.0");
    expect(formatPyFloat(9.317788951)).toBe("9.317788951");
    expect(formatPyFloat(1.759522419154569e18)).toBe("1.759522419154569e18");
    expect(formatPyFloat(1e-7)).toBe("1e-7");
    expect(formatPyFloat(0.00001)).toBe("0.00001");
    expect(formatPyFloat(21.468965999999998)).toBe("21.468965999999998");
  });

  it("switches to exponent form above 16 integer digits", () => {
    expect(formatPyFloat(1e15)).toBe("1000000000000000.0");
    expect(formatPyFloat(1e16)).toBe("1e16");
    expect(formatPyFloat(1234567890123456.0)).toBe("1234567890123456.0");
    expect(formatPyFloat(12345678901234568.0)).toBe("1.2345678901234568e16");
  });

  it("keeps the sign of zero and maps non-finite values to null", () => {
    expect(formatPyFloat(0)).toBe("0.0");
    expect(formatPyFloat(-0)).toBe("-0.0");
    expect(formatPyFloat(-2.5)).toBe("-2.5");
    expect(formatPyFloat(Number.NaN)).toBe("null");
    expect(formatPyFloat(Number.POSITIVE_INFINITY)).toBe("null");
    expect(formatPyFloat(Number.NEGATIVE_INFINITY)).toBe("null");
  });
});
