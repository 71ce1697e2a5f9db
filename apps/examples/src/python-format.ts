// How Python's print() shows a metric value: ints as ints, floats with repr()
// (JSON 550 and 550.0 both parse to 550 here, so the metric's type decides).
import type { MetricDefinition } from "@aiperf/core";
import { shortestDigits } from "@aiperf/parser";

function floatRepr(x: number): string {
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  const { digits, pointPos } = shortestDigits(x);
  const sign = x < 0 ? "-" : "";
  const e = pointPos - 1;
  if (e >= 16 || e < -4) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${e < 0 ? "-" : "+"}${Math.abs(e) < 10 ? "0" : ""}${Math.abs(e)}`;
  }
  if (pointPos <= 0) return `${sign}0.${"0".repeat(-pointPos)}${digits}`;
  return pointPos >= digits.length ? `${sign}${digits.padEnd(pointPos, "0")}.0` : `${sign}${digits.slice(0, pointPos)}.${digits.slice(pointPos)}`;
}

/** Float when the metric is float-typed or converted to a display unit (ns -> ms gives floats). */
function heldAsFloat(def: MetricDefinition | undefined, x: number): boolean {
  if (def === undefined) return !Number.isInteger(x);
  return def.numberType === "float" || (def.displayUnit !== null && def.displayUnit !== def.unit);
}

export function pythonValue(value: number | bigint | readonly number[], def: MetricDefinition | undefined): string {
  if (typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return `[${value.map((v: number) => pythonValue(v, def)).join(", ")}]`;
  const x = value as number;
  return heldAsFloat(def, x) ? floatRepr(x) : String(x);
}
