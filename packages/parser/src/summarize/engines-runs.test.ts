import { describe, expect, it } from "vitest";
import { RunColumn } from "../stats/run-column.js";
import { npPercentile, npPercentileAt } from "../stats/numpy.js";
import {
  SORT_MAX,
  metricArrayRunStats,
  metricArrayStats,
  plainNumpyStats,
  runOrderStats,
  runSelectionRanks,
} from "./engines.js";

// metricArrayStats on the materialized completion-order array is checked against numpy
// (numpy.test.ts, engines.test.ts); the streaming variant must equal it exactly.
function data(records: number, seed: number): { col: RunColumn; lists: Float64Array[] } {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
  const col = new RunColumn();
  const lists: Float64Array[] = [];
  for (let r = 0; r < records; r++) {
    const n = r % 17 === 0 ? 0 : 1 + Math.floor(rand() * 400);
    // Signed zeros both ways: the minimum is a -0/+0 tie decided by completion order.
    const list = Float64Array.from({ length: n }, () => {
      const u = rand();
      return u < 0.005 ? -0 : u < 0.01 ? 0 : (rand() * 1e7) / 3;
    });
    const off = col.reserve(n);
    col.target.set(list, off);
    lists.push(list);
  }
  return { col, lists };
}

describe("metricArrayRunStats", () => {
  it("equals metricArrayStats on the reordered copy (chunked and not, > 8192 values, several chunks)", () => {
    const { col, lists } = data(6000, 3);
    const order = Uint32Array.from({ length: lists.length }, (_, i) => i).sort(
      (a, b) => ((a * 7919) % 6007) - ((b * 7919) % 6007),
    );
    const ends: number[] = [];
    const flat: number[] = [];
    for (const i of order) {
      const l = lists[i] as Float64Array;
      if (l.length === 0) continue;
      flat.push(...l);
      ends.push(flat.length);
    }
    expect(col.parts().length).toBeGreaterThan(1);
    const percentiles = [1, 5, 10, 25, 50, 75, 90, 95, 99, 99.9];
    for (const chunked of [true, false]) {
      const want = metricArrayStats({
        values: Float64Array.from(flat),
        recordEnds: Float64Array.from(ends),
        percentiles,
        chunked,
        withSum: true,
      });
      const got = metricArrayRunStats(col, order, { percentiles, chunked, withSum: true });
      expect(got).toEqual(want);
      for (const p of percentiles) expect(Object.is(got.percentiles.get(p), want.percentiles.get(p))).toBe(true);
      for (const k of ["avg", "std", "min", "max", "sum", "derivedSum"] as const)
        expect(Object.is(got[k], want[k]), k).toBe(true);
    }
  });
});

describe("percentiles of an owned array", () => {
  // Sorted in place up to SORT_MAX values, radix-selected above: both must equal
  // npPercentile (numpy-checked in numpy.test.ts) on a sorted copy, -0 before +0.
  it("are the same on either side of SORT_MAX (metricArrayStats, plainNumpyStats)", () => {
    const percentiles = [0, 1, 10, 50, 90, 99, 99.9, 100];
    for (const n of [SORT_MAX - 3, SORT_MAX + 5000]) {
      const a = Float64Array.from({ length: n }, (_, i) =>
        i % 11 === 0 ? -0 : i % 11 === 1 ? 0 : ((i * 2654435761) % 1e9) / 7,
      );
      const sorted = a.slice().sort();
      for (const engine of [metricArrayStats, plainNumpyStats]) {
        const got = engine({ values: a.slice(), percentiles, chunked: false, withSum: true });
        for (const p of percentiles)
          expect(Object.is(got.percentiles.get(p), npPercentile(sorted, p)), `${engine.name} n ${n} p${p}`).toBe(true);
      }
      const plain = plainNumpyStats({ values: a.slice(), percentiles, chunked: false, withSum: true });
      expect([Object.is(plain.min, -0), plain.max]).toEqual([true, sorted[n - 1]]);
    }
  });
});

describe("metricArrayRunStats with work done ahead", () => {
  it("uses the given order stats and selected values unchanged", () => {
    const { col, lists } = data(500, 9);
    const order = Uint32Array.from({ length: lists.length }, (_, i) => lists.length - 1 - i);
    const percentiles = [50, 99];
    const want = metricArrayRunStats(col, order, { percentiles, chunked: false, withSum: true });
    const ordered = runOrderStats(col, order, false);
    expect(ordered).toEqual({ sum: want.sum, avg: want.avg, std: want.std });
    // Stand-in values show that what was selected elsewhere is what gets used (min, max, percentiles).
    const ranks = runSelectionRanks(col.total, percentiles);
    const got = metricArrayRunStats(col, order, {
      percentiles,
      chunked: false,
      withSum: true,
      ordered: { ...ordered, avg: 1 },
      selected: ranks.map((r) => r + 0.5),
    });
    expect([got.avg, got.min, got.max]).toEqual([1, 0.5, col.total - 0.5]);
    expect(got.percentiles.get(99)).toBe(npPercentileAt(col.total, 99, (r) => r + 0.5));
  });
});
