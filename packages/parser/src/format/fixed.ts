// Python's f"{x:.Nf}" / f"{x:,.Nf}": rounds the exact binary value of the
// double, ties to even. Number.prototype.toFixed rounds ties away from zero
// and switches to exponent form at 1e21, so neither is usable here.

export interface FormatFixedOptions {
  /** Group the integer part with commas, like Python's `,` option. */
  thousands?: boolean;
}

const view = new DataView(new ArrayBuffer(8));

/** Exact decomposition of a finite double: |x| = mant × 2^exp. */
function decompose(x: number): { negative: boolean; mant: bigint; exp: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const negative = hi >>> 31 === 1;
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { negative, mant, exp: -1074 };
  mant |= 1n << 52n;
  return { negative, mant, exp: biased - 1075 };
}

function groupThousands(intPart: string): string {
  let out = "";
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += ",";
    out += intPart[i];
  }
  return out;
}

/**
 * `formatFixed(0.125, 2)` → `"0.12"`, `formatFixed(2.675, 2)` → `"2.67"`,
 * `formatFixed(-0, 2)` → `"-0.00"`, `formatFixed(1234.5, 2, { thousands: true })` → `"1,234.50"`.
 * NaN/±Infinity print as Python does: `nan`, `inf`, `-inf`.
 */
export function formatFixed(x: number, digits: number, options: FormatFixedOptions = {}): string {
  if (!Number.isInteger(digits) || digits < 0)
    throw new RangeError(`digits must be a non-negative integer, got ${digits}`);
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x < 0 ? "-inf" : "inf";
  const { negative, mant, exp } = decompose(x);
  const scaled = mant * 10n ** BigInt(digits);
  let q: bigint;
  if (exp >= 0) {
    q = scaled << BigInt(exp);
  } else {
    const den = 1n << BigInt(-exp);
    q = scaled / den;
    const twiceRem = (scaled % den) * 2n;
    if (twiceRem > den || (twiceRem === den && (q & 1n) === 1n)) q += 1n;
  }
  const s = q.toString().padStart(digits + 1, "0");
  const intRaw = s.slice(0, s.length - digits);
  const intPart = options.thousands === true ? groupThousands(intRaw) : intRaw;
  const frac = digits > 0 ? `.${s.slice(s.length - digits)}` : "";
  return `${negative ? "-" : ""}${intPart}${frac}`;
}
