// Python's print() of a metric value, for `inspect` (it mirrors AIPerf's
// example script): ints in full, floats as repr() (shortest round-trip digits,
// exponent form below 1e-4 and from 1e16, e.g. 1e-05, 1.7595e+18), lists as [a, b].
import { shortestDigits } from "@aiperf/parser";

export function pyFloatRepr(x: number): string {
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
 * `asFloat`: whether Python held a float. JSON `550` and `550.0` both parse
 * to 550, so the caller decides from the metric (converted units are floats).
 */
export function pyValueRepr(value: number | bigint | readonly number[], asFloat: boolean): string {
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return asFloat ? pyFloatRepr(value) : Number.isInteger(value) ? String(value) : pyFloatRepr(value);
  return `[${value.map((v) => pyValueRepr(v, asFloat)).join(", ")}]`;
}
