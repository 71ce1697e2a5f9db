import { describe, expect, it } from "vitest";
import { GrowableFloat64Array } from "./growable-array.js";

describe("GrowableFloat64Array", () => {
  it("keeps every pushed value across growth", () => {
    const g = new GrowableFloat64Array(2);
    for (let i = 0; i < 1000; i++) g.push(i * 0.5);
    expect(g.length).toBe(1000);
    expect(g.get(999)).toBe(499.5);
    const v = g.view();
    expect(v).toBeInstanceOf(Float64Array);
    expect(v.length).toBe(1000);
    expect(v[1]).toBe(0.5);
  });

  it("appends ranges and trims to size", () => {
    const g = new GrowableFloat64Array(1);
    g.pushAll([1, 2, 3, 4, 5], 1, 4);
    g.pushAll([]);
    expect(Array.from(g.toFloat64Array())).toEqual([2, 3, 4]);
    expect(() => g.get(3)).toThrow(RangeError);
  });
});
