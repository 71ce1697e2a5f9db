import { compareRuns, comparisonTable, RecordSampler } from "@aiperf/analysis";
import { summarize } from "@aiperf/parser";
import type { ParsedRecord } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { comparisonView } from "./comparison.js";
import { loadRecordsOf, RUN1_DIR } from "./test-support/runs.js";

function input(label: string, records: ParsedRecord[]) {
  const sampler = new RecordSampler();
  for (const r of records) sampler.add(r);
  return summarize(records).then((summary) => ({ label, summary, samples: sampler.finish() }));
}

describe("comparisonView", async () => {
  const run1 = await loadRecordsOf(RUN1_DIR);
  // run1 with every TTFT 10% longer.
  const slower = run1.map((r) => {
    const ttft = r.metrics.ttft;
    if (ttft === undefined || typeof ttft.value !== "number") return r;
    return { ...r, metrics: { ...r.metrics, ttft: { ...ttft, value: ttft.value * 1.1 } } };
  });
  const result = compareRuns(await input("run1", run1), [await input("slower", slower)]);
  const view = comparisonView(result);

  it("is compare's table: the same columns and cells, verdicts kept for colouring", () => {
    const table = comparisonTable(result);
    expect(view.columns).toEqual([
      "Metric",
      "Stat",
      "baseline",
      "candidate",
      "Δ",
      "Δ %",
      "95% CI (Δ %)",
      "MWU p",
      "verdict",
    ]);
    expect(view.numeric).toEqual(table.numeric);
    expect(view.rows.map((r) => r.cells.map((c) => c.text))).toEqual(table.rows.map((r) => r.map((c) => c.text)));
    const ttft = view.rows.findIndex((r) => r.cells[0]?.text === "Time to First Token (ms)");
    const stat = (name: string) => view.rows.slice(ttft).find((r) => r.cells[1]?.text === name);
    // +10% everywhere; the bootstrap interval excludes 0 at p90 and p99 of 89 values, not at p50.
    expect(stat("p50")?.cells[5]?.text).toBe("+10.0%");
    expect(stat("p50")?.cells[8]).toEqual({ text: "unchanged", verdict: "unchanged" });
    expect(stat("p99")?.cells[8]).toEqual({ text: "worse", verdict: "worse" });
    expect(stat("min")?.cells[8]).toEqual({ text: "untested", verdict: "untested" });
  });

  it("carries compare's preamble and verdict summary as notes", () => {
    expect(view.notes[0]).toBe("baseline: run1 (100 records, 11 errors)");
    expect(view.notes[1]).toBe("candidate: slower (100 records, 11 errors)");
    expect(view.notes.some((n) => /worse/.test(n))).toBe(true);
  });
});
