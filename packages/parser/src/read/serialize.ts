// ParsedRecord -> one compact JSON line (no newline), through @aiperf/core's
// toJsonText: bigints as their digits, numbers in JS shortest round-trip form (not
// AIPerf's ryu layout; run1's lines happen to come out byte-identical), integral
// doubles beyond 2^53 in exponent form so they read back as numbers.
// Key order: metadata, metrics, other top-level keys, error.
// `"error": null` is written for R/O-era records (which always carry it: they
// have `timestamp_ns` or write nulls) and omitted for L and later (facts F1).
import { toJsonText } from "@aiperf/core";
import type { ParsedRecord } from "../model.js";

function writesNulls(r: ParsedRecord): boolean {
  if ("timestamp_ns" in r.metadata) return true;
  for (const k in r.metadata) if (r.metadata[k] === null) return true;
  return false;
}

export function serializeRecord(record: ParsedRecord): string {
  let out = `{"metadata":${toJsonText(record.metadata)},"metrics":${toJsonText(record.metrics)}`;
  if (record.extra !== undefined)
    for (const [k, v] of Object.entries(record.extra))
      if (v !== undefined) out += `,${JSON.stringify(k)}:${toJsonText(v)}`;
  if (record.error !== null) out += `,"error":${toJsonText(record.error)}`;
  else if (writesNulls(record)) out += `,"error":null`;
  return `${out}}`;
}
