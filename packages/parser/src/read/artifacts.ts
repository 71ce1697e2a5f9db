// Where the files of an AIPerf run are: a path is either a file or an
// artifacts directory holding profile_export.jsonl (or .jsonl.gz) and, where
// present, the summary files.
import { readdirSync, readFileSync, statSync } from "node:fs";
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

/** One phase of a multi-phase run (spec §13.6.3): `phases/<name>/` and its manifest entry. */
export interface PhaseArtifacts {
  name: string;
  /** "warmup" or "profiling" per phase_manifest.json; null without a manifest entry. */
  kind: string | null;
  dir: string;
  summaryJson: string | null;
}

/**
 * The phases of an artifacts directory, in manifest order (then the other `phases/` subdirectories by name);
 * [] when there is no `phases/` directory. A manifest that is not JSON is ignored: the directories still list.
 */
export function listPhases(dir: string): PhaseArtifacts[] {
  const root = join(resolve(dir), "phases");
  let names: string[];
  try {
    names = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
  const kinds = new Map<string, string | null>();
  try {
    const manifest = JSON.parse(readFileSync(join(resolve(dir), "phase_manifest.json"), "utf8")) as {
      phases?: { phase_name?: unknown; phase_kind?: unknown }[];
    };
    for (const p of manifest.phases ?? [])
      if (typeof p.phase_name === "string")
        kinds.set(p.phase_name, typeof p.phase_kind === "string" ? p.phase_kind : null);
  } catch {
    // No manifest (Rust writes one only for > 2 phases or custom names).
  }
  const ordered = [...[...kinds.keys()].filter((n) => names.includes(n)), ...names.filter((n) => !kinds.has(n))];
  return ordered.map((name) => ({
    name,
    kind: kinds.get(name) ?? null,
    dir: join(root, name),
    summaryJson: existingFile(join(root, name, SUMMARY_JSON_FILE)),
  }));
}
