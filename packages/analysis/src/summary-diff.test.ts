import { readFile } from "node:fs/promises";
import { parseSummary } from "@aiperf/parser";
import type { Summary } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { compareSummaries, sameValue } from "./summary-diff.js";
import { RUN1_JSON } from "./test-support/run1.js";

const run1 = async (): Promise<Summary> => parseSummary(await readFile(RUN1_JSON, "utf8"), RUN1_JSON);

describe("sameValue", () => {
  it("is exact by default and relative with a tolerance", () => {
    expect(sameValue(0.1 + 0.2, 0.3, 0)).toBe(false);
    expect(sameValue(0.1 + 0.2, 0.3, 1e-15)).toBe(true);
    expect(sameValue(100, 101, 0.01)).toBe(true);
    expect(sameValue(100, 102, 0.01)).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN, 0)).toBe(true);
    expect(sameValue(Number.POSITIVE_INFINITY, 1e308, 1)).toBe(false);
  });
});

describe("compareSummaries", () => {
  it("finds nothing between a summary and itself, counting every statistic (152 for run1, facts F20)", async () => {
    const cmp = compareSummaries(await run1(), await run1());
    expect(cmp).toEqual({ differences: [], compared: 152, metrics: 21, notChecked: [] });
  });

  it("names changed, missing and extra metrics and statistics", async () => {
    const file = await run1();
    const mine = await run1();
    const ttft = mine.metrics.find((m) => m.tag === "ttft");
    if (ttft === undefined) throw new Error("run1 has ttft");
    ttft.stats.p99 = 1;
    delete ttft.stats.p50;
    ttft.unit = "s";
    mine.metrics = mine.metrics.filter((m) => m.tag !== "total_osl");
    mine.metrics.push({ tag: "goodput", header: "Goodput", unit: "requests/sec", kind: "derived", stats: { avg: 1 } });
    const where = compareSummaries(file, mine).differences.map((d) => d.where);
    expect(where).toEqual(["ttft.unit", "ttft.p50", "ttft.p99", "total_osl", "goodput"]);
  });

  it("does not count carried-over metrics as checked", async () => {
    const mine = await run1();
    for (const m of mine.metrics) if (m.tag === "request_throughput") m.carriedOver = true;
    const cmp = compareSummaries(await run1(), mine);
    expect(cmp.notChecked).toEqual(["request_throughput"]);
    expect(cmp.metrics).toBe(20);
  });
});
