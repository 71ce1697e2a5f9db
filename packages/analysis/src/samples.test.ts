import { readRecords, readSummary } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { commandFlags, runProvenance } from "./provenance.js";
import { collectRun } from "./samples.js";
import { RUN1_JSON, RUN1_JSONL } from "./test-support/run1.js";

describe("collectRun on run1", async () => {
  const reference = await readSummary(RUN1_JSON);
  const { summary, samples } = await collectRun(readRecords(RUN1_JSONL), { reference });

  it("summarizes as the parser does (AIPerf's numbers) and keeps one value per valid request", () => {
    expect(summary.metrics.find((m) => m.tag === "ttft")?.stats.avg).toBe(2343.219436988764);
    expect(samples.records).toBe(100);
    expect(samples.errors).toBe(11);
    expect(samples.metrics.get("ttft")?.values.length).toBe(89);
    expect(samples.metrics.get("output_token_count")?.values.length).toBe(30); // facts F6: absent when 0, only 30 have it
    expect(samples.metrics.has("request_count")).toBe(false); // an aggregate, not a distribution
  });

  it("a list metric keeps per-request sums and counts whose ratio is the summary's mean (21,537 values)", () => {
    const icl = samples.metrics.get("inter_chunk_latency");
    expect(icl?.list).toBe(true);
    const sum = (a: Float64Array | undefined) => (a ?? new Float64Array()).reduce((x, y) => x + y, 0);
    expect(sum(icl?.counts)).toBe(21_537);
    const avg = summary.metrics.find((m) => m.tag === "inter_chunk_latency")?.stats.avg ?? 0;
    expect(sum(icl?.sums) / sum(icl?.counts)).toBeCloseTo(avg, 9);
  });

  it("provenance: input_config's settings, the records' producer and observed concurrency", () => {
    expect(runProvenance(summary, samples).map((p) => [p.field, p.value, p.source])).toEqual([
      ["producer", "python", "records"],
      ["model", "openai/gpt-oss-20b", "input_config"],
      ["endpointType", "chat", "input_config"],
      ["streaming", true, "input_config"],
      ["concurrency", 100, "input_config"],
      ["isl", 550, "records"],
      ["osl", 250, "input_config"],
    ]);
    expect(samples.peakConcurrency).toBe(89);
  });
});

describe("commandFlags", () => {
  it("reads run1's AIPerf command line", () => {
    const f = commandFlags(
      'aiperf profile -m "openai/gpt-oss-20b" --url "localhost:9000" --streaming --num-requests 100 --concurrency=100',
    );
    expect(Object.fromEntries(f)).toEqual({
      "-m": "openai/gpt-oss-20b",
      "--url": "localhost:9000",
      "--streaming": "true",
      "--num-requests": "100",
      "--concurrency": "100",
    });
  });
});
