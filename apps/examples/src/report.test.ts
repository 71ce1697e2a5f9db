import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport, DEFAULT_DIR } from "./report.js";

function pageData(html: string) {
  const json = /<script type="application\/json" id="aiperf-report-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return JSON.parse(json ?? "null");
}

describe("report example", () => {
  it("builds run1's page: the console numbers of AIPerf, the run's facts, its errors", async () => {
    const html = await buildReport(DEFAULT_DIR, "artifacts/run1");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    const run = pageData(html).runs[0];
    expect(run.label).toBe("artifacts/run1");
    // AIPerf's console table for run1: Time to First Token (ms) avg, min, max, p99, p90, p50, std.
    expect(run.headline.rows[0]).toEqual({
      metric: "Time to First Token (ms)",
      tag: "ttft",
      cells: ["2,343.22", "464.66", "3,853.86", "3,833.39", "3,796.93", "2,369.32", "1,049.82"],
    });
    expect(run.facts).toContainEqual({ label: "Model", value: "openai/gpt-oss-20b" });
    expect(run.errors).toEqual([
      {
        code: "499",
        type: "RequestCancellationError",
        message: "Request was cancelled after 0.000 seconds",
        count: "11",
      },
    ]);
  });

  it("the artifacts are run1's", () => {
    const here = join(DEFAULT_DIR, "profile_export.jsonl");
    expect(readFileSync(here, "utf8").split("\n").filter(Boolean)).toHaveLength(100);
  });
});
