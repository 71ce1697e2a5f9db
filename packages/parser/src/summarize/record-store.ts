// Ingestion: each record's base values go into per-metric Float64 columns
// (dense or sparse, see Rows; list metrics as one run per record in chunked storage),
// so they can be replayed in completion order at the end without keeping records.
// List values are converted straight into their column: no per-value allocation.
// Unit recovery (unit-recovery.ts), aggregates (aggregates.ts) and the worker
// hand-off (worker-handoff.ts) live beside it.
import { toJsonText } from "@aiperf/core";
import type { RecordErrorDetails, RecordMetadata, RecordMetricValue } from "../model.js";
import { recordPhase, recordStartNs } from "../read/record-fields.js";
import { VersionTracker } from "../read/version.js";
import { GrowableFloat64Array } from "../stats/growable-array.js";
import { RunColumn } from "../stats/run-column.js";
import { Aggregates, isList, num } from "./aggregates.js";
import { LIST, UnitRecovery } from "./unit-recovery.js";
import type { Base } from "./unit-recovery.js";

/** A metric value as ingested: a parsed record's, or a list the fast scanner left in a Float64Array. */
interface IngestValue {
  value: number | bigint | readonly number[] | Float64Array;
  unit: string;
}

/** What the store reads of a record (a ParsedRecord, or the fast scanner's lighter object). */
export interface IngestRecord {
  metadata: RecordMetadata;
  metrics: Record<string, IngestValue | RecordMetricValue>;
  error: RecordErrorDetails | null;
}

/**
 * Which records a column's entries belong to (issue 9, class 7). A column stays dense (entry k is record
 * k, records without the tag padded with absent entries) while that costs at most twice its written
 * entries plus SLACK; past that it turns sparse (each entry keeps its record index). Either way a column
 * costs O(its values), so many distinct sparse tags stay linear in records + values.
 */
export interface Rows {
  /** Record index of each entry; undefined while dense. */
  idx: GrowableFloat64Array | undefined;
  /** Entries stored (padding included). */
  n: number;
  /** Entries written (padding excluded). */
  written: number;
}

interface ScalarColumn {
  list: false;
  rows: Rows;
  /** One entry per row, NaN = absent. */
  values: GrowableFloat64Array;
  /** Unit of the stored values when the tag is not catalogued (as in the file). */
  fileUnit: string;
}
interface ListColumn {
  list: true;
  rows: Rows;
  /** One run of base values per row (length 0 when absent). */
  runs: RunColumn;
  fileUnit: string;
}
export type Column = ScalarColumn | ListColumn;

export interface ErrorGroup {
  details: RecordErrorDetails;
  /** Completion key of the record `details` came from (earliest wins). */
  key: bigint;
}

const TWO32N = 4294967296n;
/** Padding a dense column may take beyond its written entries (so short columns never go sparse). */
const SLACK = 64;

export function newColumn(list: boolean, fileUnit: string, sharedLists = false): Column {
  const rows: Rows = { idx: undefined, n: 0, written: 0 };
  return list
    ? { list: true, rows, runs: new RunColumn(sharedLists), fileUnit }
    : { list: false, rows, values: new GrowableFloat64Array(), fileUnit };
}

/**
 * Makes room for `add` entries (holding `written` values) of records from `i` on. True: the column is
 * dense and padded to `i`, the entries are records i, i+1, ...; false: sparse, the caller pushes each
 * entry's record index to `rows.idx`. Either way the caller stores the entries and bumps n and written.
 */
export function placeAt(col: Column, i: number, add: number, written: number): boolean {
  const r = col.rows;
  if (r.idx !== undefined) return false;
  const gap = i - r.n;
  if (gap === 0 || (gap > 0 && i + add <= 2 * (r.written + written) + SLACK)) {
    if (col.list) col.runs.skipMany(gap);
    else col.values.fill(Number.NaN, gap);
    r.n = i;
    return true;
  }
  sparseIndex(r);
  return false;
}

/** The rows' record indices, made explicit if the column was dense. */
export function sparseIndex(r: Rows): GrowableFloat64Array {
  if (r.idx === undefined) {
    r.idx = new GrowableFloat64Array(r.n + 16);
    for (let k = 0; k < r.n; k++) r.idx.push(k);
  }
  return r.idx;
}

/** Room for one entry of record `i`; the caller writes it right after. */
function entryAt(col: Column, i: number): void {
  if (!placeAt(col, i, 1, 1)) col.rows.idx?.push(i);
  col.rows.n++;
  col.rows.written++;
}

export class RecordStore {
  /** Per tag; a record costs its own tags only (Rows). */
  readonly columns = new Map<string, Column>();
  readonly aggregates = new Aggregates();
  readonly units = new UnitRecovery();
  readonly versions = new VersionTracker();
  /** Per record: completion key split in two exact doubles, signature id, error group (-1 = valid). */
  readonly keyHi = new GrowableFloat64Array();
  readonly keyLo = new GrowableFloat64Array();
  readonly sig = new GrowableFloat64Array();
  readonly errGroup = new GrowableFloat64Array();
  /** 0.12 summary-time latencies (ms), NaN without credit_issued_ns (facts F13). */
  readonly creditToStart = new GrowableFloat64Array();
  readonly effective = new GrowableFloat64Array();
  /** Distinct per-record tag sequences (file order, then synthesized aggregates). */
  readonly signatures: string[][] = [];
  private readonly sigIds = new Map<string, number>();
  readonly errorGroups: ErrorGroup[] = [];
  private readonly errorIds = new Map<string, number>();
  count = 0;
  readonly excludedByPhase = new Map<string, number>();
  withoutPhase = 0;
  private readonly base: Base = new Map();
  private scratch = new Float64Array(256);
  private lastTags: string[] = [];
  private lastSig = -1;

  /** `sharedLists`: list values in SharedArrayBuffers (a worker's store, read in place by the selection thread). */
  constructor(
    private readonly phases: ReadonlySet<string>,
    private readonly sharedLists = false,
  ) {}

  /** The per-record columns, in StoreData.perRecord order. */
  perRecord(): GrowableFloat64Array[] {
    return [this.keyHi, this.keyLo, this.sig, this.errGroup, this.creditToStart, this.effective];
  }

  /** Returns false when the record's phase is not counted. */
  add(record: IngestRecord): boolean {
    const phase = recordPhase(record);
    if (phase === undefined) this.withoutPhase++;
    else if (!this.phases.has(phase)) {
      this.excludedByPhase.set(phase, (this.excludedByPhase.get(phase) ?? 0) + 1);
      return false;
    }
    this.versions.observe(record.metadata);
    const i = this.count;
    const valid = record.error === null;
    const start = recordStartNs(record);
    const base = this.baseValues(record, i);
    const tags = Object.keys(record.metrics);

    for (const tag of tags) {
      const mv = record.metrics[tag] as IngestValue;
      if (this.units.info(tag)?.kind === "aggregate") this.aggregates.aggregate(tag, mv.value);
      else this.pushValue(tag, mv.unit, base.get(tag) ?? 0, i);
    }
    this.aggregates.synthesize(record, valid, start, base, tags);
    const latency = base.get("request_latency");
    const end = record.metadata.request_end_ns;
    let key: bigint;
    if (valid && start !== undefined && typeof latency === "number") key = start + BigInt(Math.round(latency));
    else key = end ?? start ?? 0n;
    this.keyHi.push(Number(key / TWO32N));
    this.keyLo.push(Number(key % TWO32N));
    this.sig.push(this.signatureId(tags));
    this.errGroup.push(valid ? -1 : this.errorGroup(record.error as RecordErrorDetails, key));
    this.derivedLatencies(record, start);
    this.count++;
    return true;
  }

  /**
   * Base-unit value of every scalar metric of the record (facts F8); list
   * metrics are converted into their column here and marked LIST.
   */
  private baseValues(record: IngestRecord, i: number): Base {
    const out = this.base;
    out.clear();
    let itlFile: IngestValue | undefined;
    for (const tag in record.metrics) {
      const mv = record.metrics[tag] as IngestValue;
      const v = mv.value;
      if (tag === "inter_token_latency" && typeof v === "number") itlFile = mv;
      else if (isList(v)) {
        this.listValues(tag, mv.unit, v, i);
        out.set(tag, LIST);
      } else if (this.units.info(tag)?.kind === "aggregate") out.set(tag, num(v));
      else out.set(tag, this.units.toBase(tag, mv.unit, num(v)));
    }
    if (itlFile !== undefined) out.set("inter_token_latency", this.units.interTokenLatency(out, itlFile));
    return out;
  }

  /** A list value: into the tag's list column, or (a scalar column or an aggregate) converted for the notes only. */
  private listValues(tag: string, unit: string, vs: ArrayLike<number>, i: number): void {
    const aggregate = this.units.info(tag)?.kind === "aggregate";
    let col = aggregate ? undefined : this.columns.get(tag);
    if (col === undefined && !aggregate) {
      col = newColumn(true, unit, this.sharedLists);
      this.columns.set(tag, col);
    }
    if (col?.list === true) {
      entryAt(col, i);
      const off = col.runs.reserve(vs.length);
      this.units.convert(tag, unit, vs, col.runs.target, off);
      return;
    }
    if (this.scratch.length < vs.length) this.scratch = new Float64Array(vs.length * 2);
    this.units.convert(tag, unit, vs, this.scratch, 0);
  }

  private pushValue(tag: string, fileUnit: string, v: number | typeof LIST, i: number): void {
    let col = this.columns.get(tag);
    if (col === undefined) {
      // A list column was created by listValues; this is a scalar.
      col = newColumn(false, fileUnit);
      this.columns.set(tag, col);
    }
    if (col.list) {
      if (v !== LIST) {
        entryAt(col, i);
        const off = col.runs.reserve(1);
        col.runs.target[off] = v;
      }
    } else {
      entryAt(col, i);
      col.values.push(v === LIST ? Number.NaN : v);
    }
  }

  /** Id of a record's tag sequence (absorbStore maps a worker's ids through it). */
  signatureId(tags: string[]): number {
    // Consecutive records nearly always share their tag sequence.
    const last = this.lastTags;
    if (this.lastSig >= 0 && last.length === tags.length && last.every((t, k) => t === tags[k])) return this.lastSig;
    const k = tags.join("\u0000");
    let id = this.sigIds.get(k);
    if (id === undefined) {
      id = this.signatures.length;
      this.signatures.push(tags);
      this.sigIds.set(k, id);
    }
    this.lastTags = tags;
    this.lastSig = id;
    return id;
  }

  /** Id of an error group; the earliest completion key keeps the details. */
  errorGroup(details: RecordErrorDetails, key: bigint): number {
    // Equality of ErrorDetails is (code, type, message) only (facts F4); a code beyond 2^53 is a bigint.
    const k = toJsonText([details.code ?? null, details.type ?? null, details.message]);
    let id = this.errorIds.get(k);
    if (id === undefined) {
      id = this.errorGroups.length;
      this.errorGroups.push({ details, key });
      this.errorIds.set(k, id);
    } else {
      const g = this.errorGroups[id] as ErrorGroup;
      if (key < g.key) this.errorGroups[id] = { details, key };
    }
    return id;
  }

  private derivedLatencies(record: IngestRecord, start: bigint | undefined): void {
    const credit = record.metadata.credit_issued_ns;
    const end = record.metadata.request_end_ns;
    // Each timestamp rounded to a double first, then a double difference, / 1e6 (a division).
    const lat = (t: bigint | undefined): number =>
      credit === undefined || t === undefined ? Number.NaN : Math.max(Number(t) - Number(credit), 0) / 1000000.0;
    this.creditToStart.push(lat(start));
    this.effective.push(lat(end));
  }
}
