import { readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { readRecords, readSummary } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { compareRuns } from "./compare.js";
import { compareMarkdown, comparisonTable, formatInterval, formatPercent } from "./format.js";
import { collectRun } from "./samples.js";
import { RUN1_JSON, RUN1_JSONL } from "./test-support/run1.js";
import { parseThreshold } from "./thresholds.js";

const GOLDEN = new URL("./test-support/golden/compare-run1-ttft.golden.txt", import.meta.url);

async function run(label: string, factor: number) {
  const text = (await readFile(RUN1_JSONL, "utf8")).replace(
    /"ttft":\{"value":([0-9.eE+-]+)/g,
    (_m, v: string) => `"ttft":{"value":${Number(v) * factor}`,
  );
  const { summary, samples } = await collectRun(readRecords(Readable.from([text])), {
    reference: await readSummary(RUN1_JSON),
  });
  return { label, summary, samples };
}

describe("markdown", () => {
  it("run1 vs TTFT x1.10 with a relative gate matches the golden file", async () => {
    const r = compareRuns(await run("base/", 1), [await run("slow/", 1.1)], {
      thresholds: [parseThreshold("ttft.avg < +5%", "--threshold")],
    });
    const md = compareMarkdown(r);
    // UPDATE_GOLDEN=1 rewrites the file; review the diff before committing it.
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, md);
    expect(md).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("shows a statistic outside the chosen ones when it moved", async () => {
    const r = compareRuns(await run("a", 1), [await run("b", 1.1)]);
    const stats = (sel: string[]) =>
      comparisonTable(r, { stats: sel })
        .rows.filter((row) => row[0]?.text.startsWith("Time to First Token") || row[0]?.text === "")
        .slice(0, 6)
        .map((row) => row[1]?.text);
    expect(stats(["avg"]).slice(0, 4)).toEqual(["avg", "p90", "p95", "p99"]);
  });

  it("formats changes with a sign and intervals in percent of the baseline", () => {
    expect(formatPercent(10)).toBe("+10.0%");
    expect(formatPercent(-3.04)).toBe("−3.0%");
    expect(formatPercent(null)).toBe("–");
    expect(formatInterval({ low: -5, high: 15 }, 100)).toBe("[−5.0, +15.0]%");
    expect(formatInterval(null, 1)).toBe("–");
  });
});
