// A per-record JSONL whose first record fits no version we know (facts F5) is not bad data but a layout we
// cannot read: the caller says so (exit 2, like a wrong kind of file) instead of listing every line as invalid.
// A record that merely lacks a required field (no field we do not know) stays a validation error.
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { recordMetadataFields, validateMetricRecordMetadata } from "@aiperf/core";
import { AiperfError } from "../errors.js";
import { isGzipMagic } from "./source-chunks.js";

export class UnknownRecordsVersionError extends AiperfError {
  /** Required metadata fields the record lacks. */
  readonly missing: readonly string[];
  /** Metadata fields no known version writes. */
  readonly unknown: readonly string[];

  constructor(file: string, line: number, missing: readonly string[], unknown: readonly string[]) {
    super(
      "wrong-file-kind",
      `per-record JSONL (profile_export.jsonl) of an unknown version: the metadata lacks ${missing.join(", ")}, which every known version writes, and has ${unknown.join(", ")}, which none writes`,
      { file, line, column: 1, pointer: "/metadata" },
      "a newer AIPerf may have written it; see docs/aiperf-facts.md F5 for the versions read",
    );
    this.missing = missing;
    this.unknown = unknown;
  }
}

const KNOWN = new Set(recordMetadataFields.map((f) => f.key));

/**
 * The metadata fields that do not match when a record line fits no known version: the required ones it lacks
 * and the ones no version writes; null when it fits one, or only lacks fields (a damaged record), or is no record.
 */
export function unknownVersionFields(line: unknown): { missing: string[]; unknown: string[] } | null {
  if (typeof line !== "object" || line === null) return null;
  const metadata = (line as Record<string, unknown>).metadata;
  if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) return null;
  const unknown = Object.keys(metadata).filter((k) => !KNOWN.has(k));
  const missing = validateMetricRecordMetadata(metadata)
    .filter((i) => i.message === "is required" && i.pointer.lastIndexOf("/") === 0)
    .map((i) => i.pointer.slice(1));
  return missing.length > 0 && unknown.length > 0 ? { missing, unknown } : null;
}

/** Largest first line looked at: a record's metadata comes first, so a longer line is cut and not judged. */
const PEEK_BYTES = 1 << 20;

/** The first non-blank line of a file (.gz too) and its 1-based number, within PEEK_BYTES; null if none. */
async function firstLine(file: string): Promise<{ text: string; line: number } | null> {
  const head = Buffer.alloc(2);
  const fd = await open(file, "r");
  try {
    await fd.read(head, 0, 2, 0);
  } finally {
    await fd.close();
  }
  const raw = createReadStream(file, { end: isGzipMagic(head) ? undefined : PEEK_BYTES - 1 });
  const stream = isGzipMagic(head) ? raw.pipe(createGunzip()) : raw;
  let text = "";
  let line = 1;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      text += chunk.toString("utf8");
      for (;;) {
        const nl = text.indexOf("\n");
        if (nl < 0) break;
        const candidate = text.slice(0, nl).trim();
        if (candidate !== "") return { text: candidate, line };
        text = text.slice(nl + 1);
        line++;
      }
      if (text.length >= PEEK_BYTES) return null;
    }
  } catch {
    // Unreadable or damaged: the read proper reports it with its location.
    return null;
  } finally {
    raw.destroy();
  }
  return text.trim() !== "" ? { text: text.trim(), line } : null;
}

/** Throws UnknownRecordsVersionError when the file's first record fits no known version; else does nothing. */
export async function assertKnownRecordsVersion(file: string): Promise<void> {
  const first = await firstLine(file);
  if (first === null) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(first.text);
  } catch {
    return; // not JSON: the read proper reports it with its location
  }
  const fields = unknownVersionFields(parsed);
  if (fields !== null) throw new UnknownRecordsVersionError(file, first.line, fields.missing, fields.unknown);
}
