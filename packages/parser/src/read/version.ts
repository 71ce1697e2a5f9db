// Records-file version from the union of metadata keys (facts F5). Null
// fields are omitted per line from L on, so a single line is not enough.
// The marker keys and their versions are the schemas' (x-version-marker, x-since).
import { recordMetadataFields } from "@aiperf/core";
import type { RecordsVersion } from "../model.js";

/** Newest first: the newest marker present decides; R's timestamp_ns outranks everything. */
const NEWEST_FIRST: readonly RecordsVersion[] = ["R", "0.12", "0.10", "L"];
const MARKERS = recordMetadataFields.filter((f) => f.versionMarker === true);
const MARKER_KEYS: readonly string[] = MARKERS.map((f) => f.key);
const markersOf = (version: RecordsVersion): readonly string[] =>
  MARKERS.filter((f) => f.since === version).map((f) => f.key);
const MARKERS_BY_VERSION = NEWEST_FIRST.map((version) => ({ version, keys: markersOf(version) }));

export function detectRecordsVersion(metadataKeys: Iterable<string>): RecordsVersion {
  const keys = metadataKeys instanceof Set ? (metadataKeys as Set<string>) : new Set(metadataKeys);
  for (const { version, keys: markers } of MARKERS_BY_VERSION) if (markers.some((k) => keys.has(k))) return version;
  return "O";
}

/** Collects the few marker keys while streaming, so the whole key union is never kept. */
export class VersionTracker {
  private readonly seen = new Set<string>();
  private records = 0;

  observe(metadata: Record<string, unknown>): void {
    this.records++;
    // Rule 1 (timestamp_ns -> R) outranks every other marker: once seen, nothing can change.
    if (this.seen.has("timestamp_ns")) return;
    for (const k of MARKER_KEYS) if (!this.seen.has(k) && k in metadata) this.seen.add(k);
  }

  /** What a tracker of another part of the file needs to merge this one. */
  export(): { seen: string[]; records: number } {
    return { seen: [...this.seen], records: this.records };
  }

  /** Adds what another tracker saw (the union of keys is order-free). */
  merge(other: { seen: string[]; records: number }): void {
    for (const k of other.seen) this.seen.add(k);
    this.records += other.records;
  }

  /** Null until a record has been seen. */
  get version(): RecordsVersion | null {
    return this.records === 0 ? null : detectRecordsVersion(this.seen);
  }
}
