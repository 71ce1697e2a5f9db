// Streaming front end: add() records one by one (any order), finish() once.
import type { RecordsVersion, Summary } from "../model.js";
import { buildSummary, prepareSummary, runColumns } from "./build-summary.js";
import type { PreparedSummary } from "./build-summary.js";
import { runSelectionRanks } from "./engines.js";
import { resolveOptions } from "./options.js";
import type { ResolvedOptions, SummarizeOptions } from "./options.js";
import { RecordStore } from "./record-store.js";
import type { IngestRecord } from "./record-store.js";
import { absorbStore } from "./worker-handoff.js";
import type { StoreData } from "./worker-handoff.js";

/** Order statistics finish() needs of one list metric: the values at `ranks` of the sorted values in `parts`. */
export interface SelectionJob {
  tag: string;
  parts: Float64Array[];
  ranks: number[];
  /** firstDigitHistogram(parts), when the threads that read the values counted it. */
  firstDigits?: Uint32Array;
}

export class SummaryAccumulator {
  private readonly store: RecordStore;
  private finished = false;
  private prepared: PreparedSummary | undefined;

  constructor(private readonly options: SummarizeOptions = {}) {
    this.store = new RecordStore(new Set(options.phases ?? ["profiling"]));
    // Validate percentiles up front rather than after a long read.
    resolveOptions(options, "R");
  }

  /** Adds one record; returns false when its phase is not counted. */
  add(record: IngestRecord): boolean {
    if (this.finished || this.prepared) throw new Error("SummaryAccumulator: add() after finish()");
    return this.store.add(record);
  }

  /**
   * Appends what an accumulator over the next part of the same file collected
   * (summarizeFile's workers). False when the merge cannot be exact.
   * @internal
   */
  absorb(data: StoreData): boolean {
    if (this.finished || this.prepared) throw new Error("SummaryAccumulator: absorb() after finish()");
    return absorbStore(this.store, data);
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

  private resolved(): ResolvedOptions {
    return resolveOptions(this.options, this.version);
  }

  /**
   * The percentile selections finish() would run on the list metrics (order-free
   * work another thread can do while prepare() runs here).
   * @internal
   */
  selections(): SelectionJob[] {
    const opts = this.resolved();
    return [...runColumns(this.store, opts)].map(([tag, runs]) => {
      const job: SelectionJob = { tag, parts: runs.parts(), ranks: runSelectionRanks(runs.total, opts.percentiles) };
      const firstDigits = runs.firstDigits();
      if (firstDigits !== undefined) job.firstDigits = firstDigits;
      return job;
    });
  }

  /**
   * Does the order-dependent part of finish() now; no add()/absorb() afterwards.
   * @internal
   */
  prepare(): void {
    if (this.finished) throw new Error("SummaryAccumulator: prepare() after finish()");
    this.prepared = prepareSummary(this.store, this.resolved());
  }

  /** The summary of everything added. */
  finish(): Summary {
    return this.finishWith(new Map());
  }

  /**
   * finish() with the results of selections() computed elsewhere (tag -> values
   * at the job's ranks); jobs left out are computed here.
   * @internal
   */
  finishWith(selected: ReadonlyMap<string, readonly number[]>): Summary {
    if (this.finished) throw new Error("SummaryAccumulator: finish() called twice");
    this.finished = true;
    const opts = this.resolved();
    const prepared = this.prepared ?? prepareSummary(this.store, opts);
    for (const [tag, values] of selected) prepared.selected.set(tag, values);
    const summary = buildSummary(this.store, opts, prepared);
    if (this.store.count === 0) summary.notes.unshift("no records counted: the summary is empty");
    return summary;
  }
}
