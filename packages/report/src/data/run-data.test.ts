import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParsedRecord } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { loadRecordsOf, PACKAGE_DIR, RUN1_DIR, sweepJsonl, tempDir } from "../test-support/runs.js";
import { RunDataCollector, sliceFactor } from "./run-data.js";
import { writeFileSync } from "node:fs";

interface TimelineRef {
  sliceSeconds: number;
  t: number[];
  requestThroughput: number[];
  tokenThroughput: number[];
  inFlight: number[];
  errors: number[];
  latencyMax: (number | null)[];
  durationSeconds: number;
  meanInFlight: number;
  totalTokens: number;
}

const ref = JSON.parse(
  readFileSync(join(PACKAGE_DIR, "src", "test-support", "reference", "run1-charts.json"), "utf8"),
) as { records: number; valid: number; errors: number; timeline: TimelineRef };

function collect(records: Iterable<ParsedRecord>, options = {}) {
  const c = new RunDataCollector(options);
  for (const r of records) c.add(r);
  return c.finish();
}

function closeTo(got: readonly number[], want: readonly number[], rel = 1e-9): void {
  expect(got).toHaveLength(want.length);
  got.forEach((g, i) => {
    const w = want[i] as number;
    expect(Math.abs(g - w), `at ${i}: ${g} vs ${w}`).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(w)));
  });
}

describe("RunDataCollector on run1, against test-support/reference/run1_charts.py", async () => {
  const records = await loadRecordsOf(RUN1_DIR);
  const data = collect(records);
  const tl = data.timeline;
  if (tl === null) throw new Error("run1 has timestamps");

  it("counts records, valid ones and errors", () => {
    expect(data).toMatchObject({ records: ref.records, valid: ref.valid, errors: ref.errors, excludedByPhase: 0 });
    expect(data.rustEngine).toBe(false);
  });

  it("cuts 0.5 s slices from the first start: 9.32 s / 20 target slices = 0.466 s -> 0.5 s", () => {
    expect(tl.sliceSeconds).toBe(ref.timeline.sliceSeconds);
    closeTo(tl.t, ref.timeline.t);
    expect(tl.durationSeconds).toBe(ref.timeline.durationSeconds);
  });

  it("per slice: completions, output tokens, in-flight requests, errors and the largest latency", () => {
    closeTo(tl.requestThroughput, ref.timeline.requestThroughput);
    closeTo(tl.tokenThroughput ?? [], ref.timeline.tokenThroughput);
    closeTo(tl.inFlight, ref.timeline.inFlight);
    expect(tl.errors).toEqual(ref.timeline.errors);
    expect(tl.latencyMax).toEqual(ref.timeline.latencyMax);
    expect(tl.meanInFlight).toBeCloseTo(ref.timeline.meanInFlight, 9);
  });

  it("loses no token: throughput x covered seconds adds up to the run's total output tokens", () => {
    const covered = tl.t.map((t) => Math.max(0, Math.min(t + tl.sliceSeconds, tl.durationSeconds) - Math.max(t, 0)));
    const total = (tl.tokenThroughput ?? []).reduce((acc, r, i) => acc + r * (covered[i] as number), 0);
    expect(total).toBeCloseTo(ref.timeline.totalTokens, 6);
  });

  it("the scatter holds every valid request (fewer than 3000), by completion time", () => {
    expect(tl.scatter).toMatchObject({ sampled: 89, of: 89 });
    expect(tl.scatter.t).toEqual([...tl.scatter.t].sort((a, b) => a - b));
    expect(Math.max(...tl.scatter.latency)).toBe(9299.772642);
  });

  it("notes the error records that have no end time", () => {
    expect(data.notes).toEqual([
      "11 records have no end time (e.g. cancelled before a response): they count at their start time and not as in flight.",
    ]);
  });
});

describe("RunDataCollector on unusual input", async () => {
  const records = await loadRecordsOf(RUN1_DIR);

  it("leaves out other phases (warmup), as the summary does, and says so", () => {
    const warm = records.map(
      (r, i): ParsedRecord => (i < 10 ? { ...r, metadata: { ...r.metadata, credit_phase: "warmup" } } : r),
    );
    const data = collect(warm);
    expect(data.records).toBe(90);
    expect(data.excludedByPhase).toBe(10);
    expect(data.notes).toContain("10 records of other benchmark phases (warmup) are left out, as in the summary.");
  });

  it("no timestamps: no timeline, and a note", () => {
    const data = collect(
      records.map((r) => {
        const { timestamp_ns: _, ...metadata } = r.metadata;
        return { ...r, metadata };
      }),
    );
    expect(data.timeline).toBeNull();
    expect(data.distributions.map((d) => d.data.count)).toEqual([89, 89, 89, 89]);
    expect(data.notes).toContain("The records carry no timestamps, so the charts over time are left out.");
  });

  it("no records at all: nothing to chart, said plainly", () => {
    const data = collect([]);
    expect(data).toMatchObject({ records: 0, distributions: [], timeline: null });
    expect(data.notes).toEqual(["The run has no records: there is nothing to chart."]);
  });

  it("Rust engine records (record_processor_id 'aiperf runner') are recognised", () => {
    const data = collect(
      records.map((r) => ({ ...r, metadata: { ...r.metadata, record_processor_id: "aiperf runner" } })),
    );
    expect(data.rustEngine).toBe(true);
  });

  it("converts a record's unit to the display unit (ns latencies charted in ms)", () => {
    const ns = records.map((r) => {
      const v = r.metrics.request_latency;
      if (v === undefined || typeof v.value !== "number") return r;
      return { ...r, metrics: { ...r.metrics, request_latency: { value: Math.round(v.value * 1e6), unit: "ns" } } };
    });
    const latency = collect(ns).distributions.find((d) => d.key === "latency");
    expect(latency?.unit).toBe("ms");
    expect(latency?.data.max).toBeCloseTo(9299.772642, 6);
  });

  it("memory stays bounded: 10,000 requests give at most 150 slices and a 3000-point scatter", async () => {
    const dir = tempDir("bounded");
    writeFileSync(join(dir, "profile_export.jsonl"), sweepJsonl({ concurrency: 200, perUser: 50 }));
    const big = new RunDataCollector();
    let n = 0;
    for (const r of await loadRecordsOf(dir)) {
      big.add(r);
      n++;
    }
    const data = big.finish();
    expect(n).toBe(10_000);
    expect(data.timeline?.t.length).toBeLessThanOrEqual(150);
    expect(data.timeline?.scatter.sampled).toBe(3000);
    expect(data.timeline?.scatter.of).toBe(10_000);
    expect(data.distributions.find((d) => d.key === "osl")?.data.count).toBe(10_000);
  });
});

describe("sliceFactor", () => {
  it("picks the first 1/2/5 x 10^k length that is a whole number of buckets", () => {
    // 4 ms buckets, 466 ms wanted: 500 ms = 125 buckets.
    expect(sliceFactor(466e6, 4e6)).toBe(125);
    // 8 ms buckets, 93 ms wanted: 100 ms is 12.5 buckets, 200 ms = 25.
    expect(sliceFactor(93e6, 8e6)).toBe(25);
    expect(sliceFactor(1e6, 4e6)).toBe(1);
  });
});
