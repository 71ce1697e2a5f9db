import { describe, expect, it } from "vitest";
import { pyFloatRepr, pyValueRepr } from "./py-repr.js";

describe("pyFloatRepr", () => {
  // Expected strings: python3 -c "print(repr(x))" for each x (CPython 3).
  it.each([
    [550, "550.0"],
    [21.468965999999998, "21.468965999999998"],
    [1e-5, "1e-05"],
    [0.0001, "0.0001"],
    [1e16, "1e+16"],
    [1.759522419154569e18, "1.759522419154569e+18"],
    [123456789012345.6, "123456789012345.6"],
    [9999999999999998, "9999999999999998.0"],
    [-2.5e-7, "-2.5e-07"],
    [1e22, "1e+22"],
    [0.1, "0.1"],
    [-0, "-0.0"],
    [Number.NaN, "nan"],
    [Number.NEGATIVE_INFINITY, "-inf"],
  ])("repr(%d) is %s", (x, expected) => {
    expect(pyFloatRepr(x)).toBe(expected);
  });
});

describe("pyValueRepr", () => {
  it("prints ints in full, bigints exactly, floats and lists as Python does", () => {
    expect(pyValueRepr(550, false)).toBe("550");
    expect(pyValueRepr(550, true)).toBe("550.0");
    expect(pyValueRepr(1759522419154568925n, false)).toBe("1759522419154568925");
    expect(pyValueRepr([21.2, 5, 1e-5], true)).toBe("[21.2, 5.0, 1e-05]");
    expect(pyValueRepr(2.5, false)).toBe("2.5");
  });
});
