// Records hold display-unit values (ttft in ms = ns * 1e-6). AIPerf computed its
// statistics on the base values, so they are recovered exactly first (facts
// F8): integer ns = round(ms / 1e-6), accepted only if it converts back
// to the very same double.

const view = new DataView(new ArrayBuffer(8));

/** The adjacent double towards +Infinity (dir 1) or -Infinity (dir -1), for finite non-zero x. */
function nextDouble(x: number, dir: 1 | -1): number {
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 === dir > 0 ? bits + 1n : bits - 1n);
  return view.getFloat64(0);
}

export interface Recovered {
  value: number;
  /** False when no base value converts back to the file's value; `value` is then display / ratio. */
  exact: boolean;
}

/**
 * Base value whose AIPerf conversion (`base * ratio`) gives `display`.
 * Integer metrics round to an integer; float metrics try the quotient and its neighbours.
 */
export function recoverBase(display: number, ratio: number, numberType: "int" | "float" | null): Recovered {
  if (ratio === 1) return { value: display, exact: true };
  const q = display / ratio;
  if (numberType === "int") {
    // + 0: AIPerf holds integer ns, which have no sign of zero; Math.round(-0) is -0 (facts F21).
    const n = Math.round(q) + 0;
    return n * ratio === display ? { value: n, exact: true } : { value: q, exact: false };
  }
  if (q * ratio === display) return { value: q, exact: true };
  if (q !== 0 && Number.isFinite(q)) {
    for (const dir of [1, -1] as const) {
      const c = nextDouble(q, dir);
      if (c * ratio === display) return { value: c, exact: true };
    }
  }
  return { value: q, exact: false };
}

/**
 * AIPerf's inter_token_latency in ns: (request_latency - ttft) / (osl - 1) on
 * integers (Python true division, correctly rounded like the double division
 * of two exact integers). Undefined when OSL < 2.
 */
export function interTokenLatencyNs(latencyNs: number, ttftNs: number, osl: number): number | undefined {
  if (!(osl >= 2)) return undefined;
  return (latencyNs - ttftNs) / (osl - 1);
}

/**
 * Python's round(): to the nearest integer, ties to even.
 * @internal Exported for its tests only.
 */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * requested_osl recovered from the exported `osl_mismatch_diff_pct` (facts F15):
 * p = ((osl - req) / req) * 100.0, inverted and verified by exact equality.
 */
export function recoverRequestedOsl(osl: number, pct: number): number | undefined {
  if (pct === -100) return undefined;
  const req = roundHalfEven((osl * 100) / (100 + pct));
  return req !== 0 && ((osl - req) / req) * 100.0 === pct ? req : undefined;
}

/** AIPerf's osl_mismatch test with the default thresholds (5 %, 50 tokens). */
export function isOslMismatch(osl: number, req: number): boolean {
  return Math.abs(osl - req) > Math.min(req * (5.0 / 100), 50);
}

/** usage_discrepancy_count's per-record rule (facts F15); undefined when the record yields no value. */
export function usageDiscrepancy(
  prompt: number | undefined,
  completion: number | undefined,
  reasoning: number | undefined,
): 0 | 1 | undefined {
  // A record without the usage diffs yields nothing. One that carries them adds 0 when it does not count:
  // get_or_raise treats a prompt diff of 0 as missing and stops there, but the counter is still written
  // (real 0.8 output: {"avg": 0.0} with every prompt diff 0; facts F22).
  if (prompt === undefined) return undefined;
  if (prompt === 0 || completion === undefined) return 0;
  if (prompt > 10.0 || completion > 10.0) return 1;
  return reasoning !== undefined && reasoning > 10.0 ? 1 : 0;
}
