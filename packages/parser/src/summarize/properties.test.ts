import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RecordsVersion } from "../model.js";
import { summarizeSync } from "./summarize.js";
import { records } from "./test-support/arbitrary.js";

const ORDER = ["min", "p1", "p5", "p10", "p25", "p50", "p75", "p90", "p95", "p99", "p99.9", "max"];
const ENGINES: RecordsVersion[] = ["L", "0.10", "0.12"];

describe("summarize properties (generated records)", () => {
  it.each(ENGINES)("%s: min <= p1 <= ... <= p99 <= p99.9 <= max and min <= avg <= max, std >= 0", (version) => {
    fc.assert(
      fc.property(records, (recs) => {
        const s = summarizeSync(recs, { version, percentiles: [1, 5, 10, 25, 50, 75, 90, 95, 99, 99.9] });
        for (const m of s.metrics) {
          if (m.stats.min === undefined) continue;
          const seq = ORDER.map((k) => m.stats[k] as number);
          for (let i = 1; i < seq.length; i++) expect(seq[i]).toBeGreaterThanOrEqual(seq[i - 1] as number);
          // the mean of doubles may round a hair past a bound only when all values are equal
          expect(m.stats.avg).toBeGreaterThanOrEqual((m.stats.min as number) * (1 - 1e-15));
          expect(m.stats.avg).toBeLessThanOrEqual((m.stats.max as number) * (1 + 1e-15));
          expect(m.stats.std).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it.each(["L", "0.10", "0.12"] as RecordsVersion[])(
    "%s: shuffling the lines does not change the summary",
    (version) => {
      fc.assert(
        fc.property(records, fc.infiniteStream(fc.nat()), (recs, rnd) => {
          // Records finishing at the same ns keep line order (AIPerf's arrival order is unknowable then).
          const keys = recs.map((r) => String(r.metadata.request_end_ns));
          fc.pre(new Set(keys).size === keys.length);
          const shuffled = recs
            .map((r) => ({ r, k: rnd.next().value as number }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.r);
          expect(summarizeSync(shuffled, { version })).toEqual(summarizeSync(recs, { version }));
        }),
        { numRuns: 60 },
      );
    },
  );

  it("counts every counted record exactly once: request_count + error_request_count = profiling records", () => {
    fc.assert(
      fc.property(records, (recs) => {
        const s = summarizeSync(recs, { version: "L" });
        const get = (t: string): number => s.metrics.find((m) => m.tag === t)?.stats.avg ?? 0;
        const profiling = recs.filter((r) => r.metadata.benchmark_phase === "profiling");
        expect(get("request_count") + get("error_request_count")).toBe(profiling.length);
        const icl = s.metrics.find((m) => m.tag === "inter_chunk_latency")?.stats.count ?? 0;
        const gaps = profiling.reduce(
          (n, r) => n + ((r.metrics.inter_chunk_latency?.value as number[] | undefined)?.length ?? 0),
          0,
        );
        expect(icl).toBe(gaps);
        const warmup = recs.length - profiling.length;
        if (warmup > 0) expect(s.notes).toContain(`${warmup} record(s) of phase "warmup" excluded (phases option)`);
      }),
      { numRuns: 60 },
    );
  });
});
