// Where the files of an AIPerf run are: a path is either a file or an
// artifacts directory holding profile_export.jsonl (or .jsonl.gz) and, where
// present, the summary files.
import { statSync } from "node:fs";
import type { Stats } from "node:fs";
import { join, resolve } from "node:path";
import { NoRecordsError, SourceNotFoundError, SourceReadError } from "../errors.js";

export const RECORDS_FILE = "profile_export.jsonl";
export const SUMMARY_JSON_FILE = "profile_export_aiperf.json";
export const SUMMARY_CSV_FILE = "profile_export_aiperf.csv";

export interface ArtifactPaths {
  /** The artifacts directory, or null when a file was given. */
  dir: string | null;
  records: string | null;
  summaryJson: string | null;
  summaryCsv: string | null;
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new SourceNotFoundError(path);
    throw new SourceReadError(path, `cannot access: ${(e as Error).message}`, { cause: e });
  }
}

function existingFile(path: string): string | null {
  try {
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * Resolve a path without requiring the records file (readSummary uses this).
 * Synchronous: a handful of stat calls.
 */
export function locateArtifacts(path: string): ArtifactPaths {
  const abs = resolve(path);
  if (!statOrThrow(abs).isDirectory()) return { dir: null, records: abs, summaryJson: null, summaryCsv: null };
  return {
    dir: abs,
    records: existingFile(join(abs, RECORDS_FILE)) ?? existingFile(join(abs, `${RECORDS_FILE}.gz`)),
    summaryJson: existingFile(join(abs, SUMMARY_JSON_FILE)),
    summaryCsv: existingFile(join(abs, SUMMARY_CSV_FILE)),
  };
}

/** Like resolveArtifacts, synchronously. */
export function resolveArtifactsSync(path: string): ArtifactPaths & { records: string } {
  const found = locateArtifacts(path);
  if (found.records === null) throw new NoRecordsError(found.dir ?? resolve(path));
  return { ...found, records: found.records };
}

/**
 * A file resolves to itself; an artifacts directory to its profile_export.jsonl
 * (or .jsonl.gz) and its summary files where present. Throws
 * SourceNotFoundError for a missing path, NoRecordsError for a directory
 * without records.
 */
export async function resolveArtifacts(path: string): Promise<ArtifactPaths> {
  return resolveArtifactsSync(path);
}
