// Python/pydantic/orjson float layout (facts F17): shortest round-trip digits
// placed by ryu's rules. JSON.stringify differs (1759522419154569000 vs
// 1.759522419154569e18, 550 vs 550.0), so byte parity needs this.

/** Shortest round-trip decimal digits of a finite, non-zero |x| and its exponent kk (value = 0.d × 10^kk). */
export function shortestDigits(x: number): { digits: string; pointPos: number } {
  // toExponential() without an argument yields the shortest digits that
  // round-trip, picking the closest when several exist (ECMA-262 Number::toString).
  const s = Math.abs(x).toExponential();
  const e = s.indexOf("e");
  const mantissa = s.slice(0, e);
  const exp = Number(s.slice(e + 1));
  const digits = mantissa.replace(".", "");
  return { digits, pointPos: exp + 1 };
}

/**
 * Formats a double the way pydantic <= 2.11 and orjson write floats:
 * `550.0`, `9.317788951`, `0.00001`, `1.759522419154569e18`, `1e-7`, `-0.0`.
 * NaN and ±Infinity become `null` (what both write into JSON).
 */
export function formatPyFloat(x: number): string {
  if (!Number.isFinite(x)) return "null";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const sign = x < 0 ? "-" : "";
  const { digits: d, pointPos: kk } = shortestDigits(x);
  const len = d.length;
  const k = kk - len;
  if (k >= 0 && kk <= 16) return `${sign}${d}${"0".repeat(k)}.0`;
  if (kk > 0 && kk <= 16) return `${sign}${d.slice(0, kk)}.${d.slice(kk)}`;
  if (kk > -5 && kk <= 0) return `${sign}0.${"0".repeat(-kk)}${d}`;
  const exp = kk - 1;
  return len === 1 ? `${sign}${d}e${exp}` : `${sign}${d[0]}.${d.slice(1)}e${exp}`;
}
