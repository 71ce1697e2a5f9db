import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paretoFront } from "./pareto.js";

describe("paretoFront", () => {
  it("keeps the runs no other run beats on both latency and throughput", () => {
    const points = [
      { latency: 100, throughput: 10 }, // c=1
      { latency: 150, throughput: 35 }, // c=4
      { latency: 400, throughput: 30 }, // dominated by c=4
      { latency: 300, throughput: 80 }, // c=16
      { latency: 300, throughput: 60 }, // same latency, less throughput
      { latency: 900, throughput: 95 }, // c=64
    ];
    expect(paretoFront(points)).toEqual([0, 1, 3, 5]);
  });

  it("leaves out points with a missing coordinate; keeps exact duplicates of a front point", () => {
    const points = [
      { latency: 1, throughput: 1 },
      { latency: Number.NaN, throughput: 100 },
      { latency: 1, throughput: 1 },
    ];
    expect(paretoFront(points)).toEqual([0, 2]);
  });

  it("equals the brute-force definition", () => {
    const pt = fc.record({ latency: fc.integer({ min: 0, max: 20 }), throughput: fc.integer({ min: 0, max: 20 }) });
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 30 }), (points) => {
        const dominated = (p: (typeof points)[number]) =>
          points.some(
            (q) =>
              q.latency <= p.latency &&
              q.throughput >= p.throughput &&
              (q.latency < p.latency || q.throughput > p.throughput),
          );
        const expected = points.map((p, i) => ({ p, i })).filter(({ p }) => !dominated(p));
        expect(new Set(paretoFront(points))).toEqual(new Set(expected.map((e) => e.i)));
      }),
    );
  });
});
