import { describe, expect, it } from "vitest";
import { mulberry32, Reservoir } from "./reservoir.js";

describe("Reservoir", () => {
  it("keeps everything while there are fewer items than its size", () => {
    const r = new Reservoir<number>(5);
    for (const x of [1, 2, 3]) r.add(x);
    expect(r.sample()).toEqual([1, 2, 3]);
    expect(r.count).toBe(3);
  });

  it("keeps `size` items, the same ones for the same stream", () => {
    const take = () => {
      const r = new Reservoir<number>(100, 7);
      for (let i = 0; i < 10_000; i++) r.add(i);
      return r.sample();
    };
    const a = take();
    expect(a).toHaveLength(100);
    expect(new Set(a).size).toBe(100);
    expect(take()).toEqual(a);
  });

  it("samples every part of the stream alike (each tenth gets 100 +- 35 of 1000)", () => {
    const r = new Reservoir<number>(1000, 3);
    for (let i = 0; i < 100_000; i++) r.add(i);
    const tenths = new Array<number>(10).fill(0);
    for (const x of r.sample()) tenths[Math.floor(x / 10_000)] = (tenths[Math.floor(x / 10_000)] as number) + 1;
    for (const c of tenths) expect(Math.abs(c - 100)).toBeLessThanOrEqual(35);
  });

  it("mulberry32 gives doubles in [0, 1), reproducibly", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
