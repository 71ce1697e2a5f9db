// ParsedRecord -> one compact JSON line (no newline). Bigints are written as
// their digits, numbers in JS shortest round-trip form (not AIPerf's ryu layout;
// run1's lines happen to come out byte-identical). Key order: metadata, metrics, other top-level keys, error.
// `"error": null` is written for R/O-era records (which always carry it: they
// have `timestamp_ns` or write nulls) and omitted for L and later (spec §1.6).
import type { ParsedRecord } from "../model.js";

function write(v: unknown): string {
  switch (typeof v) {
    case "bigint":
      return v.toString();
    case "number":
      if (!Number.isFinite(v)) return "null";
      // A double beyond 2^53 that happens to be integral keeps a float spelling,
      // so reading it back gives a number again, not a bigint.
      return Number.isSafeInteger(v) || !Number.isInteger(v) ? String(v) : v.toExponential();
    case "string":
    case "boolean":
      return JSON.stringify(v);
    case "object": {
      if (v === null) return "null";
      if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? "null" : write(x))).join(",")}]`;
      const parts: string[] = [];
      for (const [k, x] of Object.entries(v)) if (x !== undefined) parts.push(`${JSON.stringify(k)}:${write(x)}`);
      return `{${parts.join(",")}}`;
    }
    default:
      return "null";
  }
}

function writesNulls(r: ParsedRecord): boolean {
  if ("timestamp_ns" in r.metadata) return true;
  for (const k in r.metadata) if (r.metadata[k] === null) return true;
  return false;
}

export function serializeRecord(record: ParsedRecord): string {
  let out = `{"metadata":${write(record.metadata)},"metrics":${write(record.metrics)}`;
  if (record.extra !== undefined)
    for (const [k, v] of Object.entries(record.extra)) if (v !== undefined) out += `,${JSON.stringify(k)}:${write(v)}`;
  if (record.error !== null) out += `,"error":${write(record.error)}`;
  else if (writesNulls(record)) out += `,"error":null`;
  return `${out}}`;
}
