// Streaming front end: add() records one by one (any order), finish() once.
import type { RecordsVersion, Summary } from "../model.js";
import { buildSummary } from "./build-summary.js";
import { resolveOptions } from "./options.js";
import type { SummarizeOptions } from "./options.js";
import { RecordStore } from "./record-store.js";
import type { IngestRecord, StoreData } from "./record-store.js";

export class SummaryAccumulator {
  private readonly store: RecordStore;
  private finished = false;

  constructor(private readonly options: SummarizeOptions = {}) {
    this.store = new RecordStore(new Set(options.phases ?? ["profiling"]));
    // Validate percentiles up front rather than after a long read.
    resolveOptions(options, "R");
  }

  /** Adds one record; returns false when its phase is not counted. */
  add(record: IngestRecord): boolean {
    if (this.finished) throw new Error("SummaryAccumulator: add() after finish()");
    return this.store.add(record);
  }

  /**
   * Appends what an accumulator over the next part of the same file collected
   * (summarizeFile's workers). False when the merge cannot be exact.
   * @internal
   */
  absorb(data: StoreData): boolean {
    if (this.finished) throw new Error("SummaryAccumulator: absorb() after finish()");
    return this.store.absorb(data);
  }

  /** Records counted so far. */
  get count(): number {
    return this.store.count;
  }

  /** Engine version in effect: the option, else detected from the metadata keys seen (R when none). */
  get version(): RecordsVersion {
    const v = this.options.version;
    return v !== undefined && v !== "auto" ? v : (this.store.versions.version ?? "R");
  }

  finish(): Summary {
    if (this.finished) throw new Error("SummaryAccumulator: finish() called twice");
    this.finished = true;
    const summary = buildSummary(this.store, resolveOptions(this.options, this.version));
    if (this.store.count === 0) summary.notes.unshift("no records counted: the summary is empty");
    return summary;
  }
}
