// Durations as AIPerf's --slice-duration takes them (`30`, `"30s"`, `"5m"`) plus ms/us/ns/h,
// as exact integer nanoseconds; and the trimming window of analyze (facts F41).
import { AnalysisError } from "./errors.js";

const DURATION = /^(\d+(?:\.\d*)?|\.\d+)\s*(ns|us|µs|ms|s|sec|m|min|h)?$/;
const NS_PER: Readonly<Record<string, bigint>> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  sec: 1_000_000_000n,
  m: 60_000_000_000n,
  min: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** `30s` -> 30_000_000_000n. A bare number is seconds (AIPerf's --slice-duration). Decimals are exact. */
export function parseDuration(text: string, option: string, { allowZero = false } = {}): bigint {
  const m = DURATION.exec(text.trim());
  if (m === null)
    throw new AnalysisError(
      "usage",
      `${option} '${text}': expected a duration such as 10s, 500ms, 5m (a bare number is seconds)`,
    );
  const [, number = "", unit = "s"] = m;
  const per = NS_PER[unit] as bigint;
  const [whole = "", frac = ""] = number.split(".");
  const scale = 10n ** BigInt(frac.length);
  const scaled = BigInt(whole === "" ? "0" : whole) * scale + BigInt(frac === "" ? "0" : frac);
  const ns = (scaled * per) / scale;
  if (ns * scale !== scaled * per) throw new AnalysisError("usage", `${option} '${text}': finer than a nanosecond`);
  if (ns === 0n && !allowZero) throw new AnalysisError("usage", `${option} '${text}': must be greater than 0`);
  return ns;
}

export interface TrimOptions {
  /** Leave out records that start before the first start + this. */
  trimStartNs?: bigint;
  /** Leave out records that end after the last end - this. */
  trimEndNs?: bigint;
  /** Leave out the first N requests by start time. */
  skipFirst?: number;
}

export function trims(o: TrimOptions): boolean {
  return (o.trimStartNs ?? 0n) > 0n || (o.trimEndNs ?? 0n) > 0n || (o.skipFirst ?? 0) > 0;
}
