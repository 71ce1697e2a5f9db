// A number literal beyond a double (`1e400`) parses to Infinity: the schema refuses it by type ("must be
// number") or, in free-form parts, not at all. Both readers say what the file holds instead (issue 9, class 15).
import { findNearestValueOffset } from "./json-text.js";
import { numberTokenAt } from "./raw-numbers.js";

/** "out of double range: 1e400 (...)" when the value at `pointer` is such a literal, else undefined. */
export function outOfDoubleRange(text: string, pointer: string): string | undefined {
  const token = numberTokenAt(text, findNearestValueOffset(text, pointer));
  if (token === "" || Number.isFinite(Number(token))) return undefined;
  return `out of double range: ${token} (a double holds at most ±1.8e308)`;
}

/** JSON pointer of the first number in `v` that is not finite (depth first), if any. */
export function nonFinitePointer(v: unknown, pointer = ""): string | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? undefined : pointer;
  if (v === null || typeof v !== "object") return undefined;
  for (const [k, x] of Object.entries(v)) {
    const p = nonFinitePointer(x, `${pointer}/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`);
    if (p !== undefined) return p;
  }
  return undefined;
}
