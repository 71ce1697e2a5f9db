import { describe, expect, it } from "vitest";
import {
  interTokenLatencyNs,
  isOslMismatch,
  recoverBase,
  recoverRequestedOsl,
  roundHalfEven,
  usageDiscrepancy,
} from "./base-values.js";
import { naiveIsoToMicros, windowFromTimes } from "./window.js";

describe("recoverBase", () => {
  it("recovers integer ns from run1's ms values (ns * 1e-6 written by AIPerf)", () => {
    // run1 ttft.min 464.66410099999996 ms = 464664101 ns * 1e-06 (python3: 464664101 * (1000/1e9))
    expect(recoverBase(464.66410099999996, 1e-6, "int")).toEqual({ value: 464664101, exact: true });
    expect(recoverBase(21.468965999999998, 1e-6, "int")).toEqual({ value: 21468966, exact: true });
  });

  it("finds float base values whose conversion reproduces the display value", () => {
    const base = 27764312.123456;
    const r = recoverBase(base * 1e-6, 1e-6, "float");
    expect(r.exact).toBe(true);
    expect(r.value * 1e-6).toBe(base * 1e-6);
    expect(recoverBase(5, 1, "int")).toEqual({ value: 5, exact: true });
  });

  it("reports values no integer ns converts to", () => {
    // 0.0000005 ms = 0.5 ns: neither 0 nor 1 ns gives it back
    expect(recoverBase(0.0000005, 1e-6, "int").exact).toBe(false);
  });
});

describe("per-record rules", () => {
  it("computes ITL as AIPerf's true division of integers", () => {
    // python3: (9059652000 - 2343219000) / 241 = 27869016.597510375
    expect(interTokenLatencyNs(9059652000, 2343219000, 242)).toBe(27869016.597510375);
    expect(interTokenLatencyNs(10, 5, 1)).toBeUndefined();
  });

  it("rounds like Python's round()", () => {
    expect([0.5, 1.5, 2.5, -0.5, 2.4, 2.6].map(roundHalfEven)).toEqual([0, 2, 2, -0, 2, 3]);
  });

  it("recovers requested_osl from osl_mismatch_diff_pct and applies the 5 % / 50-token threshold", () => {
    // python3: ((240 - 250) / 250) * 100.0 = -4.0; ((193 - 250) / 250) * 100.0 = -22.8
    expect(recoverRequestedOsl(240, -4.0)).toBe(250);
    expect(recoverRequestedOsl(193, -22.8)).toBe(250);
    expect(recoverRequestedOsl(0, -100)).toBeUndefined();
    expect(isOslMismatch(240, 250)).toBe(false); // 10 <= min(12.5, 50)
    expect(isOslMismatch(193, 250)).toBe(true);
    expect(isOslMismatch(1900, 2000)).toBe(true); // 100 > min(100, 50)
  });

  it("counts usage discrepancies strictly above 10 %, a zero prompt diff stopping evaluation (adding 0)", () => {
    expect(usageDiscrepancy(10.5, 0, undefined)).toBe(1);
    expect(usageDiscrepancy(10, 10, 10)).toBe(0);
    expect(usageDiscrepancy(1, 2, 11)).toBe(1);
    // A record carrying the diffs that does not count adds 0 (facts F22); one without them adds nothing.
    expect(usageDiscrepancy(0, 50, undefined)).toBe(0);
    expect(usageDiscrepancy(5, undefined, undefined)).toBe(0);
    expect(usageDiscrepancy(undefined, 50, 50)).toBeUndefined();
  });
});

describe("observation window from start_time/end_time", () => {
  it("takes the µs difference of naive ISO times", () => {
    // run1: 13:13:39.146443 .. 13:13:48.474205 = 9,327,762 µs
    expect(windowFromTimes("2025-10-03T13:13:39.146443", "2025-10-03T13:13:48.474205")).toBe(9327762000n);
    expect(naiveIsoToMicros("2025-10-03T13:13:39")).toBe(naiveIsoToMicros("2025-10-03T13:13:39.000000"));
    expect(windowFromTimes("2025-10-03T13:13:48", "2025-10-03T13:13:39")).toBeUndefined();
    expect(windowFromTimes(null, "2025-10-03T13:13:39")).toBeUndefined();
    expect(windowFromTimes("yesterday", "2025-10-03T13:13:39")).toBeUndefined();
  });
});
