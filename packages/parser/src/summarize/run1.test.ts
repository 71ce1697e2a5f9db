import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedRecord } from "../model.js";
import { metricArrayStats } from "./engines.js";
import { recoverBase } from "./base-values.js";
import { summarize, summarizeSync } from "./summarize.js";
import { SummaryAccumulator } from "./accumulator.js";
import { RUN1_DIR, run1Expected, run1Records } from "./test-support/run1.js";
import { readRecords } from "../read/index.js";

describe("summarize(run1) against AIPerf's profile_export_aiperf.json", () => {
  const summary = summarizeSync(run1Records());
  const expected = run1Expected().records;

  it("reproduces all 152 non-null values bit for bit (===)", () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const [tag, block] of Object.entries(expected)) {
      const m = summary.metrics.find((x) => x.tag === tag);
      for (const [key, value] of Object.entries(block)) {
        if (key === "tag" || key === "unit" || key === "header") continue;
        if (value === null) {
          if (m?.stats[key] !== undefined) mismatches.push(`${tag}.${key}: AIPerf null, ours ${m.stats[key]}`);
          continue;
        }
        compared++;
        if (!Object.is(m?.stats[key], value)) mismatches.push(`${tag}.${key}: AIPerf ${value}, ours ${m?.stats[key]}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(152);
  });

  it("has AIPerf's 21 metrics in results-dict order, with AIPerf's tags, units and headers", () => {
    expect(summary.metrics.map((m) => m.tag)).toEqual(Object.keys(expected));
    for (const m of summary.metrics) {
      expect([m.unit, m.header]).toEqual([expected[m.tag]?.unit, expected[m.tag]?.header]);
    }
    expect(summary.variant).toBe("R");
    expect(summary.notes).toEqual([]);
  });

  it("counts the 11 cancelled requests in the error summary", () => {
    expect(summary.errorSummary).toEqual([
      {
        error_details: {
          code: 499,
          type: "RequestCancellationError",
          message: "Request was cancelled after 0.000 seconds",
        },
        count: 11,
      },
    ]);
  });

  it("computes benchmark_duration from exact integer timestamps (facts F15)", () => {
    const get = (tag: string): number | undefined => summary.metrics.find((m) => m.tag === tag)?.stats.avg;
    expect(get("benchmark_duration")).toBe(9.317788951);
    // float64 timestamps would give 9.551622245118107 (facts F20)
    expect(get("request_throughput")).toBe(9.551622221540914);
    expect(get("min_request_timestamp")).toBe(Number(1759522419154568925n));
  });

  it("needs completion order: JSONL line order puts request_latency.std 1 ulp off (facts F20)", () => {
    const lineOrder = run1Records()
      .filter((r) => r.error === null)
      .map((r) => recoverBase(r.metrics.request_latency?.value as number, 1e-6, "int").value);
    const stats = metricArrayStats({
      values: Float64Array.from(lineOrder),
      percentiles: [],
      chunked: true,
      withSum: false,
    });
    expect(stats.std * 1e-6).toBe(220.2182731972513);
    expect(expected.request_latency?.std).toBe(220.21827319725128);
  });

  it("gives the same result through summarize (async), an async iterable and the accumulator", async () => {
    const records = run1Records();
    async function* gen(): AsyncGenerator<ParsedRecord> {
      for (const r of records) yield r;
    }
    expect(await summarize(records)).toEqual(summary);
    expect(await summarize(gen())).toEqual(summary);
    const stream = readRecords(`${RUN1_DIR}profile_export.jsonl`);
    expect(await summarize(stream, { version: "auto" })).toEqual(summary);
    expect((await stream.report).version).toBe("R");
    const acc = new SummaryAccumulator();
    for (const r of records) acc.add(r);
    expect(acc.count).toBe(100);
    expect(acc.finish()).toEqual(summary);
    expect(() => acc.finish()).toThrow(/twice/);
  });

  it("does not depend on the order of the lines (property: any permutation)", () => {
    const records = run1Records();
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          records.map((_, i) => i),
          { minLength: records.length, maxLength: records.length },
        ),
        (perm) => {
          expect(summarizeSync(perm.map((i) => records[i] as ParsedRecord))).toEqual(summary);
        },
      ),
      { numRuns: 25 },
    );
  });
});
