// Where the files of an AIPerf run are: a path is either a file or an
// artifacts directory holding profile_export.jsonl (or .jsonl.gz) and, where
// present, the summary files.
import { readdirSync, readFileSync, statSync } from "node:fs";
import type { Stats } from "node:fs";
import { join, resolve } from "node:path";
import type { RecordMetadata } from "../model.js";
import { recordPhase } from "./record-fields.js";
import { NoRecordsError, SourceNotFoundError, SourceReadError, UsageError } from "../errors.js";

export const RECORDS_FILE = "profile_export.jsonl";
export const SUMMARY_JSON_FILE = "profile_export_aiperf.json";
export const SUMMARY_CSV_FILE = "profile_export_aiperf.csv";

export interface ArtifactPaths {
  /** The artifacts directory, or null when a file was given. */
  dir: string | null;
  records: string | null;
  summaryJson: string | null;
  summaryCsv: string | null;
  /**
   * In a multi-phase directory (spec §13.6.3), the phase the summary paths are for: the one asked for, else the
   * only profiling phase. Absent without `phases/`, or when several profiling phases leave the root aggregate.
   */
  phase?: PhaseArtifacts;
}

export interface LocateOptions {
  /** A phase of a multi-phase directory, by name (case-insensitive, as AIPerf's names are unique so). */
  phase?: string;
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
 * Synchronous: a handful of stat calls. An unknown `phase` is a UsageError that lists the phases.
 */
export function locateArtifacts(path: string, options: LocateOptions = {}): ArtifactPaths {
  const abs = resolve(path);
  if (!statOrThrow(abs).isDirectory()) {
    if (options.phase !== undefined)
      throw new UsageError(
        `phase "${options.phase}" asked for, but ${abs} is a file`,
        "pass the artifacts directory that holds phases/",
      );
    return { dir: null, records: abs, summaryJson: null, summaryCsv: null };
  }
  const root: ArtifactPaths = {
    dir: abs,
    records: recordsIn(abs),
    summaryJson: existingFile(join(abs, SUMMARY_JSON_FILE)),
    summaryCsv: existingFile(join(abs, SUMMARY_CSV_FILE)),
  };
  const phase = selectPhase(abs, options.phase);
  if (phase === undefined) return root;
  // Phase directories hold summaries; the records stay at the root unless the phase has its own.
  return {
    dir: abs,
    records: recordsIn(phase.dir) ?? root.records,
    summaryJson: phase.summaryJson ?? (options.phase === undefined ? root.summaryJson : null),
    summaryCsv:
      existingFile(join(phase.dir, SUMMARY_CSV_FILE)) ?? (options.phase === undefined ? root.summaryCsv : null),
    phase,
  };
}

function recordsIn(dir: string): string | null {
  return existingFile(join(dir, RECORDS_FILE)) ?? existingFile(join(dir, `${RECORDS_FILE}.gz`));
}

/** The asked-for phase (UsageError listing the phases when unknown), else the only profiling phase. */
function selectPhase(dir: string, name: string | undefined): PhaseArtifacts | undefined {
  const phases = listPhases(dir);
  if (name === undefined) {
    const profiling = phases.filter((p) => p.kind === "profiling");
    return profiling.length === 1 ? profiling[0] : undefined;
  }
  const found = phases.find((p) => p.name === name) ?? phases.find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (found !== undefined) return found;
  if (phases.length === 0)
    throw new UsageError(`no phase "${name}": ${dir} has no phases/ directory`, "drop --phase for a single-phase run");
  throw new UsageError(
    `no phase "${name}" in ${dir}; its phases: ${phases.map(describePhase).join(", ")}`,
    "pass one of the listed names",
  );
}

/** `name (kind)`, or the name alone when the kind is unknown. */
export function describePhase(p: PhaseArtifacts): string {
  return p.kind === null ? p.name : `${p.name} (${p.kind})`;
}

/** A record belongs to a phase by its phase_name (0.12+ Python), else by its benchmark_phase (Rust: no names). */
export function inPhase(record: { metadata: RecordMetadata }, phase: PhaseArtifacts): boolean {
  const name = record.metadata.phase_name;
  if (typeof name === "string") return name === phase.name;
  return phase.kind !== null && recordPhase(record) === phase.kind;
}

/** Like resolveArtifacts, synchronously. */
export function resolveArtifactsSync(path: string, options: LocateOptions = {}): ArtifactPaths & { records: string } {
  const found = locateArtifacts(path, options);
  if (found.records === null) throw new NoRecordsError(found.dir ?? resolve(path));
  return { ...found, records: found.records };
}

/**
 * A file resolves to itself; an artifacts directory to its profile_export.jsonl
 * (or .jsonl.gz) and its summary files where present. Throws
 * SourceNotFoundError for a missing path, NoRecordsError for a directory
 * without records. In a multi-phase directory the summary paths are the phase's (see ArtifactPaths.phase).
 */
export async function resolveArtifacts(path: string, options: LocateOptions = {}): Promise<ArtifactPaths> {
  return resolveArtifactsSync(path, options);
}

/** One phase of a multi-phase run (spec §13.6.3): `phases/<name>/` and its manifest entry. */
export interface PhaseArtifacts {
  name: string;
  /** "warmup" or "profiling" per phase_manifest.json (or the canonical name); null when unknown. */
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
    // Without a manifest entry the canonical names still tell the kind.
    kind: kinds.get(name) ?? (name === "warmup" || name === "profiling" ? name : null),
    dir: join(root, name),
    summaryJson: existingFile(join(root, name, SUMMARY_JSON_FILE)),
  }));
}
