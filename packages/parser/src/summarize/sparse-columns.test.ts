// Class 7 of issue 9: 50k distinct metric tags, each in one record, cost memory linear in records +
// values. Asserted by counting the slots the store holds (not by timing), in one store and in a
// store that absorbed two workers' stores; the summaries are checked against values by hand.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Summary } from "../model.js";
import { tempDir } from "../read/test-support/fixtures.js";
import { buildSummary } from "./build-summary.js";
import { resolveOptions } from "./options.js";
import { RecordStore } from "./record-store.js";
import type { IngestRecord } from "./record-store.js";
import { summarizeFile } from "./summarize-file.js";
import { absorbStore, exportStore } from "./worker-handoff.js";

const N = 50_000;
const START = 1_700_000_000_000_000_000n;

/** Latency in ms: up to 50 ms while records start 1 µs apart, so completion order is far from input order. */
const latencyMs = (i: number): number => ((i * 7919) % 50_000) / 1000;

function rec(i: number): IngestRecord {
  const metrics: IngestRecord["metrics"] = {
    request_latency: { value: latencyMs(i), unit: "ms" },
    [`zz_own_${i}`]: { value: i % 97, unit: "ms" },
  };
  if (i % 1000 === 0) metrics.zz_every1000 = { value: i, unit: "ms" };
  return { metadata: { timestamp_ns: START + BigInt(i) * 1000n, credit_phase: "profiling" }, metrics, error: null };
}

/** Float64 slots the store keeps: per-record arrays, column entries, runs and sparse indices. */
function slots(store: RecordStore): number {
  let n = store.perRecord().reduce((s, a) => s + a.length, 0);
  for (const col of store.columns.values()) {
    n += col.rows.idx?.length ?? 0;
    n += col.list ? 2 * col.runs.records + col.runs.total : col.values.length;
  }
  return n;
}

function fill(store: RecordStore, from: number, to: number): RecordStore {
  for (let i = from; i < to; i++) store.add(rec(i));
  return store;
}

function checkSummary(s: Summary): void {
  const byTag = new Map(s.metrics.map((m) => [m.tag, m]));
  expect(s.metrics.filter((m) => m.tag.startsWith("zz_own_"))).toHaveLength(N);
  for (const i of [0, 1, 64, 65, 96, 97, 24_999, 25_000, N - 1])
    expect(byTag.get(`zz_own_${i}`)?.stats).toMatchObject({ avg: i % 97, min: i % 97, max: i % 97, count: 1 });
  // 0, 1000, ..., 49000 (python3: numpy.std(numpy.arange(50) * 1000.0) = 14430.869689661812).
  const every = byTag.get("zz_every1000")?.stats;
  expect(every).toMatchObject({ avg: 24_500, min: 0, max: 49_000, p50: 24_500, count: 50 });
  expect(every?.std).toBeCloseTo(14430.869689661812, 9);
  expect(byTag.get("request_latency")?.stats.count).toBe(N);
}

describe("50k distinct tags (issue 9, class 7)", () => {
  const opts = resolveOptions({}, "R");
  // 6 per-record arrays, request_latency dense, each own tag 2 slots (value + index); the first ~64
  // tags a store sees may be padded to ~64 entries (twice that once indexed after a merge).
  const bound = 6 * N + N + 2 * N + 3 * 66 * 66 * 2;

  it("one store holds O(records + values) slots and the stats are the values'", () => {
    const store = fill(new RecordStore(new Set(["profiling"])), 0, N);
    expect(slots(store)).toBeLessThanOrEqual(bound);
    checkSummary(buildSummary(store, opts));
  });

  it("a store that absorbed two workers' stores too, with the same summary", () => {
    const one = fill(new RecordStore(new Set(["profiling"])), 0, N);
    const merged = new RecordStore(new Set(["profiling"]));
    for (const [from, to] of [
      [0, N / 2],
      [N / 2, N],
    ] as const) {
      const part = fill(new RecordStore(new Set(["profiling"])), from, to);
      expect(absorbStore(merged, exportStore(part).data)).toBe(true);
    }
    expect(merged.count).toBe(N);
    expect(slots(merged)).toBeLessThanOrEqual(bound);
    const s = buildSummary(merged, opts);
    checkSummary(s);
    expect(s).toEqual(buildSummary(one, opts));
  });

  describe("through summarizeFile", () => {
    const tmp = tempDir();
    afterAll(() => tmp.cleanup());
    const path = join(tmp.dir, "tags.jsonl");
    const lines: string[] = [];
    for (let i = 0; i < N; i++) {
      const r = rec(i);
      const ms = Object.entries(r.metrics).map(([t, v]) => `"${t}":{"value":${String(v.value)},"unit":"ms"}`);
      lines.push(
        `{"metadata":{"timestamp_ns":${START + BigInt(i) * 1000n},"credit_phase":"profiling"},"metrics":{${ms.join(",")}},"error":null}`,
      );
    }
    writeFileSync(path, `${lines.join("\n")}\n`);

    it("in two worker threads", async () => {
      const { summary } = await summarizeFile(path, { threads: 2, mode: "lenient", validate: false });
      checkSummary(summary);
    });
  });
});
