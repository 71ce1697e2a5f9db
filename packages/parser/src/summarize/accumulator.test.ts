import { describe, expect, it } from "vitest";
import { loadRecordsSync } from "../read/index.js";
import { RUN1_JSONL } from "../read/test-support/fixtures.js";
import { selectRanks } from "../stats/order-stats.js";
import { SummaryAccumulator } from "./accumulator.js";

function filled(): SummaryAccumulator {
  const acc = new SummaryAccumulator();
  for (const r of loadRecordsSync(RUN1_JSONL).records) acc.add(r);
  return acc;
}

// summarizeFile's split of finish(): selections done elsewhere, prepare() before.
describe("SummaryAccumulator.finishWith", () => {
  it("with the selections computed outside equals finish() (run1: its list metric)", () => {
    const want = filled().finish();
    const acc = filled();
    const jobs = acc.selections();
    expect(jobs.map((j) => j.tag)).toEqual(["inter_chunk_latency"]);
    const selected = new Map(jobs.map((j) => [j.tag, selectRanks(j.parts, j.ranks, j.firstDigits)]));
    acc.prepare();
    expect(acc.finishWith(selected)).toEqual(want);
  });

  it("uses what it is given, computes what is missing, and refuses records after prepare()", () => {
    const want = filled().finish();
    const acc = filled();
    const [job] = acc.selections();
    acc.prepare();
    expect(() => acc.add(loadRecordsSync(RUN1_JSONL).records[0] as never)).toThrow(/after finish/);
    // Stand-in values for every rank: the percentiles must be exactly those.
    const got = acc.finishWith(new Map([[job?.tag ?? "", job?.ranks.map(() => 42) ?? []]]));
    const icl = got.metrics.find((m) => m.tag === "inter_chunk_latency");
    expect(icl?.stats.p50).toBe(42 * 1e-6);
    const other = (s: typeof want) => s.metrics.filter((m) => m.tag !== "inter_chunk_latency");
    expect(other(got)).toEqual(other(want));
    expect(filled().finishWith(new Map())).toEqual(want);
  });
});
