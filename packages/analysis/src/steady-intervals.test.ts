import { npPercentile } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { Random } from "./stats/random.js";
import { metricIntervals } from "./steady-intervals.js";

const MS = 1e6; // request_latency's base unit is ns, its display unit ms

describe("metricIntervals", () => {
  it("the mean's interval is avg ± z·σ/√n (1..100 ms; numpy/scipy: 44.84235423312543, 56.15764576687457)", () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => (i + 1) * MS);
    const m = metricIntervals("request_latency", values, (s) => (s === "avg" ? 50.5 : undefined));
    expect(m?.unit).toBe("ms");
    expect(m?.count).toBe(100);
    expect(m?.stats).toHaveLength(1);
    const avg = m?.stats[0];
    expect(avg?.low).toBeCloseTo(44.84235423312543, 12);
    expect(avg?.high).toBeCloseTo(56.15764576687457, 12);
    // 90 %: z = norm.isf(0.05) = 1.6448536269514729.
    const m90 = metricIntervals("request_latency", values, () => 50.5, { confidence: 90 });
    expect(m90?.stats[0]?.high).toBeCloseTo(50.5 + (1.6448536269514729 * 28.86607004772212) / 10, 12);
  });

  it("fewer than 10 values, or a metric outside the catalogue: no intervals", () => {
    expect(metricIntervals("request_latency", new Float64Array(9), () => 1)).toBeUndefined();
    expect(metricIntervals("no_such_metric", new Float64Array(50), () => 1)).toBeUndefined();
  });

  it("95 % intervals cover the true mean, median and p90 in at least 90 of 100 seeded samples (exponential, n = 1000)", () => {
    // Exponential with mean 1 ms: median ln 2, p90 ln 10.
    const truth: Record<string, number> = { avg: 1, p50: Math.LN2, p90: Math.log(10) };
    const covered: Record<string, number> = { avg: 0, p50: 0, p90: 0 };
    const rng = new Random(7);
    for (let trial = 0; trial < 100; trial++) {
      const values = Float64Array.from({ length: 1000 }, () => -Math.log(rng.uniformOpenZero()) * MS);
      const sorted = Float64Array.from(values).sort();
      let sum = 0;
      for (const v of values) sum += v;
      const stated = (s: string): number | undefined =>
        s === "avg"
          ? sum / values.length / MS
          : s === "p99"
            ? undefined
            : npPercentile(sorted, Number(s.slice(1))) / MS;
      const m = metricIntervals("request_latency", values, stated, { resamples: 500, seed: trial });
      for (const x of m?.stats ?? []) {
        expect(x.low).toBeLessThan(x.high);
        if (x.low <= (truth[x.stat] as number) && (truth[x.stat] as number) <= x.high)
          covered[x.stat] = (covered[x.stat] as number) + 1;
      }
    }
    for (const [stat, n] of Object.entries(covered)) expect(n, stat).toBeGreaterThanOrEqual(90);
  });
});
