import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstDigitHistogram, selectRanks } from "./order-stats.js";

/** Reference: TypedArray#sort of the concatenation (the order numpy's sort gives too: -0 before +0). */
function sortedAll(parts: Float64Array[]): Float64Array {
  const n = parts.reduce((s, p) => s + p.length, 0);
  const all = new Float64Array(n);
  let o = 0;
  for (const p of parts) {
    all.set(p, o);
    o += p.length;
  }
  return all.sort();
}

function expectSame(parts: Float64Array[], ranks: number[]): void {
  const sorted = sortedAll(parts);
  const got = selectRanks(parts, ranks);
  // Object.is tells -0 from +0.
  for (const [i, r] of ranks.entries())
    expect(Object.is(got[i], sorted[r]), `rank ${r}: ${got[i]} vs ${sorted[r]}`).toBe(true);
}

describe("selectRanks", () => {
  it("matches sort on arbitrary doubles split over arrays (property)", () => {
    const finite = fc.double({ noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.array(finite, { maxLength: 40 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (arrays, picks) => {
          const parts = arrays.map((a) => Float64Array.from(a));
          const n = arrays.reduce((s, a) => s + a.length, 0);
          if (n === 0) return;
          expectSame(
            parts,
            picks.map((p) => p % n),
          );
        },
      ),
    );
  });

  it("resolves large buckets with further histogram passes (duplicates, signed zeros, huge ties)", () => {
    // 200k values: many exact ties (forces all four digits), -0/+0, negatives, and a spread.
    const a = new Float64Array(200_000);
    for (let i = 0; i < a.length; i++) {
      const k = i % 10;
      a[i] =
        k < 4
          ? 12.5
          : k === 4
            ? -0
            : k === 5
              ? 0
              : k === 6
                ? -((i * 7919) % 1009) / 7
                : 6_000_000 + ((i * 104729) % 34_000_000);
    }
    const b = a.subarray(150_000);
    const parts = [a.subarray(0, 150_000), b];
    const n = a.length;
    expectSame(parts, [
      0,
      1,
      n - 1,
      n - 2,
      Math.floor(n / 2),
      60_000,
      79_999,
      80_000,
      99_999,
      100_000,
      123_457,
      150_000,
    ]);
  });

  it("with the first digits counted ahead (per part, summed) selects the same values and skips no rank", () => {
    // Tiny (< one bucket: the histogram is not needed) and huge counts; ties, -0/+0, negatives, ns-like spread.
    for (const n of [1, 7, 40_000, 300_000]) {
      const a = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const k = (i * 2654435761) % 13;
        a[i] =
          k < 3
            ? 4_194_304
            : k === 3
              ? -0
              : k === 4
                ? 0
                : k === 5
                  ? -((i * 7919) % 1009) / 7
                  : 4_194_304 + ((i * 104729) % 260_000_000);
      }
      const parts = [a.subarray(0, Math.floor(n / 3)), a.subarray(Math.floor(n / 3), n - 1), a.subarray(n - 1)];
      const hist = new Uint32Array(65536);
      for (const p of parts) firstDigitHistogram([p], hist);
      expect(hist).toEqual(firstDigitHistogram([a]));
      const ranks = [
        ...new Set([0, 1, n - 1, Math.floor(n / 2), Math.floor(n * 0.99), Math.floor(n * 0.01), Math.floor(n / 13)]),
      ].filter((r) => r < n);
      const sorted = sortedAll(parts);
      const got = selectRanks(parts, ranks, hist);
      for (const [i, r] of ranks.entries()) {
        expect(Object.is(got[i], sorted[r]), `n ${n} rank ${r}: ${got[i]} vs ${sorted[r]}`).toBe(true);
      }
    }
  });

  it("rejects a first-digit histogram that does not count the values", () => {
    const a = Float64Array.of(1, 2, 3);
    const hist = firstDigitHistogram([a.subarray(1)]);
    expect(() => selectRanks([a], [0], hist)).toThrow(RangeError);
  });

  it("rejects ranks outside the data", () => {
    expect(() => selectRanks([Float64Array.of(1, 2)], [2])).toThrow(RangeError);
  });
});
