import { describe, expect, it } from "vitest";
import { convertUnit, getMetric, unitRatio, units } from "./index.js";
import { run1Lines, run1Summary } from "./test-support/fixtures.js";

describe("unitRatio", () => {
  it("computes the ratio as one float64 division, like AIPerf (facts F7)", () => {
    expect(unitRatio("ns", "ms")).toBe(1000 / 1_000_000_000);
    expect(unitRatio("ns", "ms")).toBe(1e-6);
    expect(unitRatio("ns", "sec")).toBe(1e-9);
    expect(unitRatio("sec", "ms")).toBe(1000);
    expect(unitRatio("ms", "us")).toBe(1000);
    expect(unitRatio("B", "KB")).toBe(1 / 1024);
    expect(unitRatio("GB", "MB")).toBe(1024);
    expect(unitRatio("mJ", "J")).toBe(0.001);
    expect(unitRatio("tokens", "tokens")).toBe(1);
  });

  it("chains over-time parts: numerator forwards, per-unit backwards", () => {
    expect(unitRatio("MB/sec", "GB/sec")).toBe(1 / 1024);
    expect(convertUnit(2048, "MB/sec", "GB/sec")).toBe(2);
    expect(units["tokens/sec/user"]?.parts).toEqual({
      primary: "tokens",
      per: "sec",
      third: "user",
    });
  });

  it("throws a clear error for unknown or incompatible units", () => {
    expect(() => unitRatio("ns", "furlongs")).toThrow('unknown unit "furlongs"');
    expect(() => unitRatio("ms", "tokens")).toThrow('cannot convert unit "ms" to "tokens"');
    expect(() => unitRatio("tokens", "requests")).toThrow('cannot convert unit "tokens" to "requests"');
    expect(() => unitRatio("requests/sec", "tokens/sec")).toThrow('cannot convert unit "requests" to "tokens"');
    expect(() => unitRatio("tokens/sec", "tokens/sec/user")).toThrow(
      'cannot convert unit "tokens/sec" to "tokens/sec/user"',
    );
  });
});

describe("convertUnit on run1 data", () => {
  it("multiplies by the ratio, which is not the same as dividing", () => {
    // run1's smallest TTFT: 464664101 ns; the file (line and summary min) holds 464.66410099999996 ms.
    // Python: 464664101 * (1000/1000000000) -> 464.66410099999996, 464664101 / 1e6 -> 464.664101.
    expect(convertUnit(464_664_101, "ns", "ms")).toBe(464.66410099999996);
    expect(464_664_101 / 1e6).toBe(464.664101);
    const summary = run1Summary().records as Record<string, { min: number; avg: number }>;
    expect(summary.ttft?.min).toBe(464.66410099999996);
  });

  it("round-trips every integer-ns TTFT/latency value of the JSONL (facts F8)", () => {
    let checked = 0;
    for (const line of run1Lines()) {
      const metrics = (JSON.parse(line) as { metrics: Record<string, { value: number | number[] }> }).metrics;
      for (const tag of ["ttft", "ttst", "request_latency"]) {
        const ms = metrics[tag]?.value;
        if (typeof ms !== "number") continue;
        const ns = Math.round(ms / 1e-6);
        expect(convertUnit(ns, "ns", "ms")).toBe(ms);
        checked++;
      }
    }
    expect(checked).toBe(89 * 3);
  });

  it("reproduces benchmark_duration in seconds (facts F15)", () => {
    const d = getMetric("benchmark_duration");
    const summary = run1Summary().records as Record<string, { avg: number }>;
    // 1759522428472357876 - 1759522419154568925 = 9317788951 ns (facts F15).
    const seconds = convertUnit(9_317_788_951, d?.unit ?? "", d?.displayUnit ?? "");
    expect(seconds).toBe(9.317788951);
    expect(summary.benchmark_duration?.avg).toBe(seconds);
  });
});
