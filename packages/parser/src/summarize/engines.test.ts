import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { RecordsVersion, Summary } from "../model.js";
import { loadRecordsSync } from "../read/index.js";
import { summarizeSync } from "./summarize.js";

// Synthetic runs for each post-R engine and the values AIPerf's algorithms give
// for them, computed by test-support/synthetic/generate.py (numpy 2.4.6, the
// crick t-digest (facts F14) transliterated to Python, Python ints for
// timestamps). 70 valid records (11,609 inter-chunk gaps: > 8192, so numpy's
// chunking matters), 6 errors, 2 warmup records; lines shuffled.
const DIR = fileURLToPath(new URL("./test-support/synthetic/", import.meta.url));

interface ExpectedRun {
  metrics: Record<string, Record<string, number>>;
  errors: { code: number | null; count: number }[];
}
const expected = JSON.parse(readFileSync(`${DIR}expected.json`, "utf8")) as Record<
  string,
  Record<string, ExpectedRun>
> & {
  window: { start_time: string; end_time: string };
};

function load(version: RecordsVersion) {
  return loadRecordsSync(`${DIR}records-${version.replace(".", "_")}.jsonl`);
}

function windowReference(): Summary {
  return {
    variant: "N",
    metrics: [],
    errorSummary: [],
    notes: [],
    startTime: expected.window.start_time,
    endTime: expected.window.end_time,
  };
}

function compare(summary: Summary, exp: ExpectedRun): string[] {
  const diffs: string[] = [];
  const ours = new Map(summary.metrics.map((m) => [m.tag, m]));
  for (const [tag, stats] of Object.entries(exp.metrics)) {
    const m = ours.get(tag);
    if (m === undefined) {
      diffs.push(`${tag}: missing`);
      continue;
    }
    const keys = Object.keys(m.stats)
      .filter((k) => m.stats[k] !== undefined)
      .sort();
    if (keys.join() !== Object.keys(stats).sort().join())
      diffs.push(`${tag}: stats ${keys.join()} != ${Object.keys(stats).sort().join()}`);
    for (const [k, v] of Object.entries(stats))
      if (!Object.is(m.stats[k], v)) diffs.push(`${tag}.${k}: ${m.stats[k]} != ${v}`);
  }
  for (const tag of ours.keys()) if (!(tag in exp.metrics)) diffs.push(`${tag}: unexpected`);
  return diffs;
}

const VERSIONS: RecordsVersion[] = ["O", "L", "0.10", "0.12"];

describe.each(VERSIONS)("engine of records version %s", (version) => {
  const { records, report } = load(version);
  const exp = expected[version] as Record<string, ExpectedRun>;
  const reference = version === "0.12" ? { reference: windowReference() } : {};

  it("is detected from the metadata keys", () => {
    expect(report.version).toBe(version);
  });

  it("reproduces every stat of every metric (default numpy chunking)", () => {
    const s = summarizeSync(records, reference);
    expect(compare(s, exp.chunked_default as ExpectedRun)).toEqual([]);
    expect(s.errorSummary.map((e) => ({ code: e.error_details.code ?? null, count: e.count }))).toEqual(
      exp.chunked_default?.errors,
    );
  });

  it("reproduces every stat with the other numpy summation mode", () => {
    const chunked = version === "O";
    const s = summarizeSync(records, { ...reference, numpyChunking: !chunked });
    expect(compare(s, exp.chunked_flipped as ExpectedRun)).toEqual([]);
  });

  it("excludes warmup records by default and says so", () => {
    const s = summarizeSync(records, reference);
    expect(s.notes).toContain('2 record(s) of phase "warmup" excluded (phases option)');
    const all = summarizeSync(records, { ...reference, phases: ["profiling", "warmup"] });
    expect(all.metrics.find((m) => m.tag === "request_count")?.stats.avg).toBe(72);
  });
});

describe("0.12 without a reference summary", () => {
  const { records } = load("0.12");
  const s = summarizeSync(records);

  it("leaves out the window throughputs and the sweep-line metrics, and says so", () => {
    expect(compare(s, expected["0.12"]?.no_window as ExpectedRun)).toEqual([]);
    const tags = s.metrics.map((m) => m.tag);
    for (const t of [
      "request_throughput",
      "output_token_throughput",
      "total_token_throughput",
      "input_token_throughput",
    ])
      expect(tags).not.toContain(t);
    expect(
      s.notes.some((n) =>
        n.startsWith(
          "request_throughput, output_token_throughput, total_token_throughput, input_token_throughput: left out",
        ),
      ),
    ).toBe(true);
    expect(s.notes.some((n) => n.includes("sweep-line"))).toBe(true);
  });

  it("carries sweep-line metrics over from a reference, marked", () => {
    const ref = windowReference();
    ref.metrics.push({
      tag: "tokens_in_flight",
      header: "Tokens In Flight",
      unit: "tokens",
      kind: "unknown",
      stats: { avg: 1234.5, p50: 1200 },
    });
    const withRef = summarizeSync(records, { reference: ref });
    const carried = withRef.metrics.find((m) => m.tag === "tokens_in_flight");
    expect(carried).toMatchObject({ carriedOver: true, stats: { avg: 1234.5, p50: 1200 } });
    expect(withRef.notes.some((n) => n.includes("sweep-line"))).toBe(false);
  });
});

describe("the engines are not interchangeable", () => {
  it("0.10 records through the 0.8 engine miss the t-digest percentiles; 0.12 through 0.8 miss the column-store values", () => {
    const icl = (s: Summary) => s.metrics.find((m) => m.tag === "inter_chunk_latency")?.stats;
    const as08 = summarizeSync(load("0.10").records, { version: "L" });
    const exp10 = expected["0.10"]?.chunked_default?.metrics.inter_chunk_latency ?? {};
    expect(icl(as08)?.p50).not.toBe(exp10.p50);
    expect(icl(as08)?.count).toBe(exp10.count);
    const as08b = summarizeSync(load("0.12").records, { version: "L", reference: windowReference() });
    expect(compare(as08b, expected["0.12"]?.chunked_default as ExpectedRun).length).toBeGreaterThan(5);
  });
});
