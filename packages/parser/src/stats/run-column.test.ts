import { describe, expect, it } from "vitest";
import { firstDigitHistogram } from "./order-stats.js";
import { RunColumn } from "./run-column.js";

function fill(col: RunColumn, records: number, seed: number): void {
  for (let r = 0; r < records; r++) {
    const n = r % 5 === 0 ? 0 : 1 + ((r * seed) % 300);
    const off = col.reserve(n);
    for (let k = 0; k < n; k++) col.target[off + k] = k % 97 === 0 ? -0 : 4e6 + ((r * 7919 + k * seed) % 2.6e8);
  }
}

describe("RunColumn", () => {
  it("keeps shared chunks in SharedArrayBuffers and hands over their first-digit histogram", () => {
    const a = new RunColumn(true);
    const b = new RunColumn(true);
    fill(a, 3000, 13);
    fill(b, 2000, 31);
    expect(a.parts().every((p) => p.buffer instanceof SharedArrayBuffer)).toBe(true);
    expect(a.firstDigits()).toEqual(firstDigitHistogram(a.parts()));
    const joined = new RunColumn();
    joined.append(a.export());
    joined.append(b.export());
    expect(joined.firstDigits()).toEqual(firstDigitHistogram(joined.parts()));
    expect(joined.total).toBe(joined.parts().reduce((s, p) => s + p.length, 0));
  });

  it("has no first-digit histogram once values were written or a column without one was appended", () => {
    const own = new RunColumn();
    fill(own, 10, 3);
    expect(own.firstDigits()).toBeUndefined();
    const plain = new RunColumn();
    fill(plain, 10, 5);
    const joined = new RunColumn();
    joined.append(plain.export());
    expect(joined.firstDigits()).toBeUndefined();
  });
});
