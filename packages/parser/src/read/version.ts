// Records-file version from the union of metadata keys (facts F5). Null
// fields are omitted per line from L on, so a single line is not enough.
import type { RecordsVersion } from "../model.js";

const PHASE_KEYS_0_12 = [
  "phase_index",
  "profiling_index",
  "phase_name",
  "phase_kind",
  "root_correlation_id",
  "context_overflow_skip",
] as const;
const MARKER_KEYS = ["timestamp_ns", ...PHASE_KEYS_0_12, "agent_depth", "credit_issued_ns"] as const;

export function detectRecordsVersion(metadataKeys: Iterable<string>): RecordsVersion {
  const keys = metadataKeys instanceof Set ? (metadataKeys as Set<string>) : new Set(metadataKeys);
  if (keys.has("timestamp_ns")) return "R";
  if (PHASE_KEYS_0_12.some((k) => keys.has(k))) return "0.12";
  if (keys.has("agent_depth")) return "0.10";
  if (keys.has("credit_issued_ns")) return "L";
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
