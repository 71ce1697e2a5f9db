import { readFile } from "node:fs/promises";
import { validateCompareResult } from "@aiperf/core";
import { readRecords, readSummary } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { compareRuns } from "./compare.js";
import type { RunInput } from "./compare.js";
import { collectRun } from "./samples.js";
import { generateRun } from "./test-support/generated-runs.js";
import { RUN1_JSON, RUN1_JSONL } from "./test-support/run1.js";
import { parseThreshold } from "./thresholds.js";

async function run1(label = "run1", edit?: (text: string) => string): Promise<RunInput> {
  const text = await readFile(RUN1_JSONL, "utf8");
  const { Readable } = await import("node:stream");
  const source = edit === undefined ? RUN1_JSONL : Readable.from([edit(text)]);
  const records = readRecords(source);
  const { summary, samples } = await collectRun(records, { reference: await readSummary(RUN1_JSON) });
  return { label, summary, samples, report: await records.report };
}

/** run1 with every TTFT multiplied (in the JSONL text: timestamps above 2^53 stay untouched). */
const scaleTtft = (factor: number) => (text: string) =>
  text.replace(/"ttft":\{"value":([0-9.eE+-]+)/g, (_m, v: string) => `"ttft":{"value":${Number(v) * factor}`);

const verdictOf = (r: ReturnType<typeof compareRuns>, tag: string) =>
  r.metrics.find((m) => m.tag === tag)?.candidates[0]?.verdict;

describe("compareRuns on run1", () => {
  it("run1 against itself: every tested statistic unchanged, nothing worse, passed", async () => {
    const r = compareRuns(await run1("a"), [await run1("b")]);
    expect(validateCompareResult(r)).toEqual([]);
    expect(r.passed).toBe(true);
    const verdicts = new Set(r.metrics.flatMap((m) => m.stats.map((s) => s.candidates[0]?.verdict)));
    expect([...verdicts].sort()).toEqual(["unchanged", "untested"]);
    expect(r.candidates[0]?.tested).toBeGreaterThan(50);
    expect(r.candidates[0]?.provenanceWarnings).toEqual([]);
    for (const m of r.metrics) for (const s of m.stats) expect(s.candidates[0]?.delta).toBe(0);
  });

  it("run1 against a copy with TTFT x1.10: TTFT worse (its upper percentiles), the relative gate fails", async () => {
    const r = compareRuns(await run1("base"), [await run1("slow", scaleTtft(1.1))], {
      thresholds: [parseThreshold("ttft.avg < +5%")],
    });
    expect(validateCompareResult(r)).toEqual([]);
    expect(verdictOf(r, "ttft")).toBe("worse");
    const ttft = r.metrics.find((m) => m.tag === "ttft");
    const worse = ttft?.stats.filter((s) => s.candidates[0]?.verdict === "worse").map((s) => s.stat);
    expect(worse).toEqual(["p90", "p95", "p99"]);
    // Every TTFT statistic moved by 10 % (up to float rounding of the copied values).
    for (const s of ttft?.stats ?? []) expect(s.candidates[0]?.deltaPercent).toBeCloseTo(10, 4);
    // n = 89: the mean's interval is too wide to call a 10 % change (it straddles 0).
    const avg = ttft?.stats.find((s) => s.stat === "avg")?.candidates[0];
    expect(avg?.verdict).toBe("unchanged");
    expect(avg?.ci?.low).toBeLessThan(0);
    // Nothing else changed.
    for (const m of r.metrics.filter((x) => x.tag !== "ttft")) expect(m.candidates[0]?.verdict).not.toBe("worse");
    expect(r.thresholds).toHaveLength(1);
    expect(r.thresholds[0]).toMatchObject({
      metric: "ttft",
      stat: "avg",
      relative: "percent",
      limit: 5,
      passed: false,
    });
    expect(r.thresholds[0]?.actual).toBeCloseTo(10, 6);
    expect(r.passed).toBe(false);
    expect(r.candidates[0]?.regressions).toBe(3);
  });

  it("bootstrap results are identical for the same seed and differ for another", async () => {
    const base = await run1("base");
    const cand = await run1("slow", scaleTtft(1.1));
    const a = compareRuns(base, [cand], { seed: 42 });
    const b = compareRuns(base, [cand], { seed: 42 });
    const c = compareRuns(base, [cand], { seed: 43 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const ci = (x: typeof a) =>
      x.metrics.find((m) => m.tag === "ttft")?.stats.find((s) => s.stat === "p50")?.candidates[0]?.ci;
    expect(ci(a)).not.toEqual(ci(c));
  });

  it("with a summary alone: no intervals, every verdict untested, thresholds still gate", async () => {
    const base: RunInput = { label: "file", summary: await readSummary(RUN1_JSON) };
    const r = compareRuns(base, [await run1("slow", scaleTtft(1.1))], {
      thresholds: [parseThreshold("ttft.p99 < +5%")],
    });
    expect(validateCompareResult(r)).toEqual([]);
    expect(r.candidates[0]).toMatchObject({ significance: "none", tested: 0, z: null, regressions: 0 });
    expect(r.notes).toContain("candidate 1 (slow): no records: thresholds only");
    expect(new Set(r.metrics.flatMap((m) => m.stats.map((s) => s.candidates[0]?.verdict)))).toEqual(
      new Set(["untested"]),
    );
    expect(r.thresholds[0]?.passed).toBe(false);
    expect(r.passed).toBe(false);
  });

  it("several candidates: one column group each, in order", async () => {
    const r = compareRuns(await run1("base"), [await run1("same"), await run1("slow", scaleTtft(1.1))]);
    expect(r.candidates.map((c) => c.run.label)).toEqual(["same", "slow"]);
    const ttft = r.metrics.find((m) => m.tag === "ttft");
    expect(ttft?.candidates.map((c) => c.verdict)).toEqual(["unchanged", "worse"]);
    expect(ttft?.stats[0]?.candidates).toHaveLength(2);
    expect(r.candidates.map((c) => c.passed)).toEqual([true, false]);
  });

  it("matches renamed metrics (run1's ttft with a newer run's time_to_first_token)", async () => {
    const renamed = await run1("renamed");
    for (const m of renamed.summary.metrics) if (m.tag === "ttft") m.tag = "time_to_first_token";
    const s = renamed.samples?.metrics.get("ttft");
    if (s !== undefined) renamed.samples?.metrics.set("time_to_first_token", { ...s, tag: "time_to_first_token" });
    const r = compareRuns(await run1("base"), [renamed]);
    const row = r.metrics.find((m) => m.tag === "ttft");
    expect(row?.candidates[0]).toMatchObject({ tag: "time_to_first_token", verdict: "unchanged" });
  });

  it("warns when the runs differ in provenance", async () => {
    const other = await run1("other");
    other.summary.inputConfig = JSON.parse(
      JSON.stringify(other.summary.inputConfig)
        .replace('"concurrency":100', '"concurrency":50')
        .replace("gpt-oss-20b", "llama"),
    );
    const r = compareRuns(await run1("base"), [other]);
    expect(r.candidates[0]?.provenanceWarnings.map((w) => w.message)).toEqual([
      "model differs: baseline openai/gpt-oss-20b, candidate openai/llama",
      "concurrency differs: baseline 100, candidate 50",
    ]);
  });
});

describe("statistical behaviour on generated runs (seeded)", () => {
  it("detects a 10 % TTFT shift at n = 1,000 (TTFT worse, avg and median included)", async () => {
    const r = compareRuns(await generateRun("a", { n: 1000, seed: "power-a" }), [
      await generateRun("b", { n: 1000, seed: "power-b", ttftScale: 1.1 }),
    ]);
    const ttft = r.metrics.find((m) => m.tag === "ttft");
    expect(ttft?.candidates[0]?.verdict).toBe("worse");
    const worse = ttft?.stats.filter((s) => s.candidates[0]?.verdict === "worse").map((s) => s.stat);
    expect(worse).toContain("avg");
    expect(worse).toContain("p50");
    expect(ttft?.candidates[0]?.mannWhitney?.p).toBeLessThan(1e-6);
    expect(r.passed).toBe(false);
  });

  it("A/A: same distribution, different seeds, 'unchanged' everywhere in >= 95 of 100 trials", async () => {
    // 30 runs of 1,000 records; the 100 trials are the pairs (i, j) with 0 < j - i <= 4 (first 100).
    const runs: RunInput[] = [];
    for (let i = 0; i < 30; i++) runs.push(await generateRun(`run${i}`, { n: 1000, seed: `aa-${i}` }));
    const pairs: [number, number][] = [];
    for (let gap = 1; gap <= 4; gap++) for (let i = 0; i + gap < runs.length; i++) pairs.push([i, i + gap]);
    let clean = 0;
    for (const [trial, [i, j]] of pairs.slice(0, 100).entries()) {
      const r = compareRuns(runs[i] as RunInput, [runs[j] as RunInput], { seed: trial, resamples: 300 });
      const moved = r.metrics.some((m) => !["unchanged", "untested"].includes(m.candidates[0]?.verdict ?? ""));
      if (!moved) clean++;
    }
    expect(clean).toBeGreaterThanOrEqual(95);
  });
});
