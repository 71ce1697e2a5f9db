// How Python's print() shows a metric value (AIPerf's example script prints
// record values this way): ints in full, floats as repr() (shortest round-trip
// digits, exponent form below 1e-4 and from 1e16: 1e-05, 1.7595e+18), lists as [a, b].
import type { MetricDefinition } from "@aiperf/core";
import { shortestDigits } from "./py-float.js";

/** Python's `repr(float)`. */
export function formatPyRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const { digits: d, pointPos: kk } = shortestDigits(x);
  const exp = kk - 1;
  if (exp < -4 || exp >= 16) {
    const mantissa = d.length === 1 ? d : `${d[0]}.${d.slice(1)}`;
    return `${sign}${mantissa}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (kk <= 0) return `${sign}0.${"0".repeat(-kk)}${d}`;
  if (kk >= d.length) return `${sign}${d}${"0".repeat(kk - d.length)}.0`;
  return `${sign}${d.slice(0, kk)}.${d.slice(kk)}`;
}

/**
 * Whether Python held the metric's value as a float. JSON `550` and `550.0` both parse to 550,
 * so the catalog decides: float-typed, or converted to a display unit (ns -> ms gives floats).
 * Unknown tags: floats when not integral.
 */
function heldAsFloat(def: MetricDefinition | undefined, x: number): boolean {
  if (def === undefined) return !Number.isInteger(x);
  return def.numberType === "float" || (def.displayUnit !== null && def.displayUnit !== def.unit);
}

/** Python's `print()` of a record's metric value; bigints exact. */
export function formatPyValue(value: number | bigint | readonly number[], def: MetricDefinition | undefined): string {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return heldAsFloat(def, value) ? formatPyRepr(value) : String(value);
  return `[${value.map((v) => formatPyValue(v, def)).join(", ")}]`;
}
