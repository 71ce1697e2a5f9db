import { getMetric } from "@aiperf/core";
import { describe, expect, it } from "vitest";
import { formatPyRepr, formatPyValue } from "./py-repr.js";

describe("formatPyRepr", () => {
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
    expect(formatPyRepr(x)).toBe(expected);
  });
});

describe("formatPyValue", () => {
  it("prints ints in full, bigints exactly, floats and lists as Python does", () => {
    const isl = getMetric("input_sequence_length"); // int tokens
    const icl = getMetric("inter_chunk_latency"); // ns list shown in ms: floats
    expect(formatPyValue(550, isl)).toBe("550");
    expect(formatPyValue(550, getMetric("request_latency"))).toBe("550.0");
    expect(formatPyValue(1759522419154568925n, getMetric("min_request_timestamp"))).toBe("1759522419154568925");
    expect(formatPyValue([21.2, 5, 1e-5], icl)).toBe("[21.2, 5.0, 1e-05]");
    expect(formatPyValue(36.0, getMetric("output_token_throughput_per_user"))).toBe("36.0");
  });

  it("decides unknown tags by the value", () => {
    expect(formatPyValue(2.5, undefined)).toBe("2.5");
    expect(formatPyValue(7, undefined)).toBe("7");
  });
});
