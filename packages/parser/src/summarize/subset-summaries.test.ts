import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRecordsSync } from "../read/index.js";
import { RUN1_JSONL, RUN1_SUMMARY } from "../read/test-support/fixtures.js";
import { readSummary } from "../summary-file/index.js";
import type { ParsedRecord } from "../model.js";
import { SummaryAccumulator } from "./accumulator.js";
import type { SummarizeOptions } from "./options.js";
import { SubsetSummarizer, selectSmall } from "./subset-summaries.js";

const at = (rel: string): string => fileURLToPath(new URL(rel, import.meta.url));
const FILES: [string, string][] = [
  ["run1 (R)", RUN1_JSONL],
  ["synthetic O", at("test-support/synthetic/records-O.jsonl")],
  ["synthetic L", at("test-support/synthetic/records-L.jsonl")],
  ["synthetic 0.10", at("test-support/synthetic/records-0_10.jsonl")],
  ["synthetic 0.12", at("test-support/synthetic/records-0_12.jsonl")],
  ["phases (warmup, profiling)", at("../../../../fixtures/constructed/phases/profile_export.jsonl")],
  ["python 0.13", at("../../../../fixtures/constructed/python-0.13/profile_export.jsonl")],
  ["rust", at("../../../../fixtures/constructed/rust/profile_export.jsonl")],
];

/** mulberry32: a seeded subset. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function subsets(n: number): [string, number[]][] {
  const all = Array.from({ length: n }, (_, i) => i);
  const rand = seeded(n);
  return [
    ["all", all],
    ["none", []],
    ["first half", all.slice(0, Math.floor(n / 2))],
    ["last third", all.slice(Math.floor((2 * n) / 3))],
    ["every other", all.filter((i) => i % 2 === 1)],
    ["random 30 %", all.filter(() => rand() < 0.3)],
    ["one", [Math.floor(n / 2)]],
  ];
}

function expected(records: ParsedRecord[], idx: number[], options: SummarizeOptions) {
  const acc = new SummaryAccumulator(options);
  for (const i of idx) acc.add(records[i] as ParsedRecord);
  return acc.finish();
}

describe("SubsetSummarizer: a subset's summary is SummaryAccumulator's over just those records", () => {
  for (const [name, file] of FILES) {
    const records = loadRecordsSync(file).records;
    for (const phases of [undefined, ["profiling", "warmup"]]) {
      it(`${name}, phases ${phases?.join("+") ?? "default"}`, () => {
        const sub = new SubsetSummarizer(phases === undefined ? {} : { phases });
        for (const r of records) sub.add(r);
        expect(sub.count).toBe(records.length);
        for (const [label, idx] of subsets(records.length)) {
          // The engine the whole file selects, as analyze passes it.
          const options: SummarizeOptions = { version: sub.version, ...(phases === undefined ? {} : { phases }) };
          expect(sub.summary(idx), label).toEqual(expected(records, idx, options));
        }
      });
    }
  }

  it("takes a reference summary per call (run1: carried-over fields and metrics)", async () => {
    const records = loadRecordsSync(RUN1_JSONL).records;
    const reference = await readSummary(RUN1_SUMMARY);
    const sub = new SubsetSummarizer();
    for (const r of records) sub.add(r);
    const idx = records.map((_, i) => i).filter((i) => i >= 10);
    expect(sub.summary(idx, { reference })).toEqual(expected(records, idx, { reference }));
  });

  it("large subsets (list values beyond the quickselect limit: radix selection in place) and small ones", () => {
    // run1 16 times over: ~340k inter-chunk latencies, more than the quickselect limit.
    const one = loadRecordsSync(RUN1_JSONL).records;
    const records = Array.from({ length: 16 }, () => one).flat();
    const sub = new SubsetSummarizer();
    for (const r of records) sub.add(r);
    const n = records.length;
    const all = records.map((_, i) => i);
    for (const idx of [all, all.slice(0, n - 150), all.filter((i) => i % 3 !== 0), all.slice(700, 800)]) {
      const got = sub.summary(idx);
      expect(got).toEqual(expected(records, idx, {}));
    }
    const icl = sub.summary(all).metrics.find((m) => m.tag === "inter_chunk_latency");
    expect(icl?.stats.count).toBeGreaterThan(1 << 18); // beyond the quickselect limit
  });

  it("sparse columns (tags on few records, issue 9 class 7): the subset keeps just its records' entries", () => {
    const one = loadRecordsSync(RUN1_JSONL).records;
    // 1,600 records; a scalar and a list tag on every 97th valid record only: both columns go sparse.
    const records = Array.from({ length: 16 }, () => one)
      .flat()
      .map((r, i) =>
        i % 97 !== 5 || r.error !== null
          ? r
          : {
              ...r,
              metrics: {
                ...r.metrics,
                rare_scalar: { value: i * 1.5, unit: "ms" },
                rare_list: { value: [i, i + 0.25, i / 3], unit: "ms" },
              },
            },
      );
    const sub = new SubsetSummarizer();
    for (const r of records) sub.add(r);
    const n = records.length;
    const all = records.map((_, i) => i);
    const rare = sub.summary(all).metrics.find((m) => m.tag === "rare_scalar");
    expect(rare?.stats.count).toBeGreaterThan(5);
    for (const idx of [all, all.slice(0, 400), all.slice(n - 300), all.filter((i) => i % 5 === 0), [5, 102], [6]]) {
      expect(sub.summary(idx), `${idx.length} records`).toEqual(expected(records, idx, {}));
    }
  });

  it("refuses indices that do not ascend or lie outside the records added", () => {
    const sub = new SubsetSummarizer();
    for (const r of loadRecordsSync(RUN1_JSONL).records.slice(0, 5)) sub.add(r);
    expect(() => sub.summary([1, 1])).toThrow(RangeError);
    expect(() => sub.summary([5])).toThrow(RangeError);
  });
});

describe("selectSmall", () => {
  it("gives the values at the ranks of the sorted array (ties, -0 before +0, any rank order)", () => {
    const value = fc.oneof(fc.constantFrom(0, -0, 1, -1, 2.5), fc.double({ noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 300 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        (values, picks) => {
          const sorted = Float64Array.from(values).sort();
          const ranks = picks.map((k) => k % values.length);
          const got = selectSmall(Float64Array.from(values), ranks);
          expect(got.map((v, j) => Object.is(v, sorted[ranks[j] as number]))).toEqual(ranks.map(() => true));
        },
      ),
      { numRuns: 300 },
    );
  });
});
