import { readRecords, readSummary, summarize } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { collectRunData, createReport } from "./report.js";
import { RUN1_DIR } from "./test-support/runs.js";

function pageData(html: string) {
  const json = /<script type="application\/json" id="aiperf-report-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return JSON.parse(json ?? "null");
}

describe("createReport", () => {
  it("reads each run's records once and renders the page, with the read report when given", async () => {
    const reference = await readSummary(RUN1_DIR);
    const summary = await summarize(readRecords(RUN1_DIR), { reference });
    const records = readRecords(RUN1_DIR);
    const html = await createReport([{ label: "run1", summary, records, readReport: () => records.report }], {
      title: "run1 report",
    });
    const data = pageData(html);
    expect(data.title).toBe("run1 report");
    expect(data.generator).toMatch(/^@aiperf\/report \d+\.\d+\.\d+$/);
    expect(data.runs[0].facts).toContainEqual({
      label: "Formats",
      value: "records R (run1 format, AIPerf 0.1.x); summary R",
    });
    expect(data.runs[0].distributions.map((d: { key: string }) => d.key)).toEqual(["ttft", "itl", "latency", "osl"]);
  });

  it("collectRunData takes plain iterables too", async () => {
    const all = [];
    for await (const r of readRecords(RUN1_DIR)) all.push(r);
    const data = await collectRunData(all, { maxSlices: 5 });
    expect(data.records).toBe(100);
    expect(data.timeline?.t.length).toBeLessThanOrEqual(5);
  });
});
