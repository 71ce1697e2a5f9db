import { describe, expect, it } from "vitest";
import { moreLine, topRows } from "./row-limit.js";

describe("topRows", () => {
  it("keeps a short list as it is", () => {
    expect(topRows([3, 1, 2], (n) => n, 3)).toEqual({ shown: [3, 1, 2], more: 0 });
  });

  it("keeps the heaviest, ties by position, in their original order", () => {
    // weights 1,5,5,2,9,5: the three heaviest are 9 (index 4), then 5s at indices 1 and 2.
    expect(topRows([1, 5, 5, 2, 9, 5], (n) => n, 3)).toEqual({ shown: [5, 5, 9], more: 3 });
  });

  it("cuts 200k items to the 20 heaviest", () => {
    const items = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 1000);
    const { shown, more } = topRows(items, (n) => n);
    expect(shown).toHaveLength(20);
    expect(shown.every((n) => n === 999)).toBe(true);
    expect(more).toBe(199_980);
  });

  it("says how many more, or nothing", () => {
    expect(moreLine(0, "errors", "--json")).toBe("");
    expect(moreLine(5, "errors", "--json")).toBe("... and 5 more errors (all of them: --json)\n");
  });
});
