// 0.12's throughputs divide by the profiling phase's observation window (facts
// F15), a run-time value absent from the JSONL. An AIPerf summary's naive
// local start_time/end_time give it to the microsecond.

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

/**
 * Microseconds since the epoch of a timezone-less ISO time, read as UTC (only differences are used).
 * @internal Exported for its tests only.
 */
export function naiveIsoToMicros(s: string): bigint | undefined {
  const m = ISO.exec(s);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, sec, frac] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec));
  if (Number.isNaN(ms)) return undefined;
  return BigInt(ms) * 1000n + BigInt((frac ?? "").padEnd(6, "0"));
}

/** Window in ns from start/end times, or undefined when either is missing or unreadable, or end <= start. */
export function windowFromTimes(start: string | null | undefined, end: string | null | undefined): bigint | undefined {
  if (typeof start !== "string" || typeof end !== "string") return undefined;
  const a = naiveIsoToMicros(start);
  const b = naiveIsoToMicros(end);
  if (a === undefined || b === undefined || b <= a) return undefined;
  return (b - a) * 1000n;
}
