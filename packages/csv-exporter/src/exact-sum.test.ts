import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compensatedSum, exactSum, shewchukSum } from "./exact-sum.js";

describe("exactSum (Python's math.fsum)", () => {
  // Expected values from Python 3.11: math.fsum(...) of the same lists.
  it.each([
    [[], 0],
    [Array<number>(10).fill(0.1), 1.0],
    [[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], 1e-100],
    [[2 ** 53, 1.0, 2 ** -52], 9007199254740994],
    [[1.0, 1e-16, 1e-16], 1.0000000000000002],
  ])("fsum(%j) = %d", (values, expected) => {
    expect(exactSum(values)).toBe(expected);
  });

  it("does not depend on the order of the values", () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 40 }), fc.nat(), (values, seed) => {
        const rotated = values.map((_, i) => values[(i + seed) % values.length] as number);
        expect(exactSum(rotated)).toBe(exactSum([...values].reverse()));
      }),
    );
  });

  it("is exact for integers whose running sums exceed 2^53", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), { maxLength: 60 }), (ints) => {
        const exact = ints.reduce((a, b) => a + BigInt(b), 0n);
        expect(exactSum(ints)).toBe(Number(exact));
      }),
    );
  });
});

describe("exactSum against exact rational arithmetic", () => {
  // Values are k / 2^60 with |k| < 2^62, so every partial sum is an exact bigint at scale 2^60;
  // Number(bigint) rounds to nearest, ties to even, and dividing by 2^60 is exact in this range.
  const SCALE = 2n ** 60n;
  const scaled = fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n });
  it("equals the correctly rounded exact sum", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(scaled, fc.integer({ min: 0, max: 60 })), { maxLength: 50 }), (parts) => {
        // Shift left then right keeps each value representable: k rounded to 53 bits first.
        const values = parts.map(([k, shift]) => Number(k >> BigInt(shift)) / 2 ** (60 - shift));
        const exact = values.reduce((acc, v) => acc + BigInt(v * 2 ** 60), 0n);
        expect(exactSum(values)).toBe(Number(exact) / Number(SCALE));
      }),
      { numRuns: 500 },
    );
  });
});

describe("exactSum's fast path", () => {
  // Shewchuk's algorithm is the reference (itself checked against Python above); the fast path must
  // give the same double on every input, near ties included (it defers to the exact algorithm there).
  it("equals the exact algorithm on random doubles, ms-like latency lists and near-tie sums", () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });
    const ms = fc.integer({ min: 1, max: 5_000_000_000 }).map((ns) => ns * 1e-6);
    const tie = fc
      .tuple(fc.integer({ min: -60, max: 60 }), fc.integer({ min: 1, max: 2 ** 20 }), fc.boolean())
      .map(([e, m, up]) => [2 ** 53 * 2 ** e, 2 ** e * (up ? 1 : -1), m * 2 ** (e - 60)]);
    fc.assert(
      fc.property(fc.oneof(fc.array(finite, { maxLength: 40 }), fc.array(ms, { maxLength: 300 }), tie), (values) => {
        expect(Object.is(exactSum(values), shewchukSum(values))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("proves most latency lists (so it is a fast path), and equals the exact algorithm whenever it does", () => {
    // ns integers as ms doubles (AIPerf's conversion), 50-400 per list, as in generated runs.
    const ms = fc.integer({ min: 1, max: 5_000_000_000 }).map((ns) => ns * 1e-6);
    let proven = 0;
    fc.assert(
      fc.property(fc.array(ms, { minLength: 50, maxLength: 400 }), (values) => {
        const fast = compensatedSum(values);
        if (fast !== undefined) {
          proven++;
          expect(fast).toBe(shewchukSum(values));
        }
      }),
      { numRuns: 500 },
    );
    expect(proven).toBeGreaterThan(450);
  });

  it("hands over cancellation to zero, ties and an overflowing running sum (both give the same)", () => {
    for (const values of [[1e308, 1e308, -1e308], [2 ** 53, 1], [2 ** 53, 1, 2 ** -52], [0.1, -0.1], [-0, -0], []])
      expect(Object.is(exactSum(values), shewchukSum(values)), JSON.stringify(values)).toBe(true);
    expect(exactSum([2 ** 53, 1])).toBe(2 ** 53);
  });
});
