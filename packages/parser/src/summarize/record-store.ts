// Ingestion: each record's base values go into per-metric Float64 columns
// (dense, NaN = absent; list metrics as one run per record in chunked storage),
// so they can be replayed in completion order at the end without keeping records.
// List values are converted straight into their column: no per-value allocation.
import type { ErrorDetails, RecordMetadata, RecordMetricValue } from "../model.js";
import { recordPhase, recordStartNs } from "../read/record-fields.js";
import { VersionTracker } from "../read/version.js";
import { GrowableFloat64Array } from "../stats/growable-array.js";
import { RunColumn } from "../stats/run-column.js";
import type { RunColumnData } from "../stats/run-column.js";
import {
  interTokenLatencyNs,
  isOslMismatch,
  recoverBase,
  recoverRequestedOsl,
  usageDiscrepancy,
} from "./base-values.js";
import { metricInfo } from "./metric-defs.js";
import type { MetricInfo } from "./metric-defs.js";

/** A metric value as ingested: a parsed record's, or a list the fast scanner left in a Float64Array. */
export interface IngestValue {
  value: number | bigint | readonly number[] | Float64Array;
  unit: string;
}

/** What the store reads of a record (a ParsedRecord, or the fast scanner's lighter object). */
export interface IngestRecord {
  metadata: RecordMetadata;
  metrics: Record<string, IngestValue | RecordMetricValue>;
  error: ErrorDetails | null;
}

export interface ScalarColumn {
  list: false;
  values: GrowableFloat64Array;
  /** Unit of the stored values when the tag is not catalogued (as in the file). */
  fileUnit: string;
}
export interface ListColumn {
  list: true;
  /** One run of base values per record (length 0 when the record has none). */
  runs: RunColumn;
  fileUnit: string;
}
export type Column = ScalarColumn | ListColumn;

export interface ErrorGroup {
  details: ErrorDetails;
  /** Completion key of the record `details` came from (earliest wins). */
  key: bigint;
}

const TWO32N = 4294967296n;
/** Base-value marker of a list metric (already written to its column). */
const LIST = Symbol("list");
type Base = Map<string, number | typeof LIST>;

function isList(v: unknown): v is ArrayLike<number> {
  return Array.isArray(v) || v instanceof Float64Array;
}
const MIN_TS = "min_request_timestamp";
const MAX_TS = "max_response_timestamp";

function num(v: number | bigint): number {
  return typeof v === "bigint" ? Number(v) : v;
}

function big(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(Math.round(v));
}

/** A store as it crosses a worker boundary (structured clone; list chunks transferred). */
export interface StoreData {
  columns: { tag: string; fileUnit: string; values?: Float64Array; runs?: RunColumnData }[];
  counters: [string, number][];
  counterInexact: boolean;
  minStart: bigint | undefined;
  maxEnd: bigint | undefined;
  versions: { seen: string[]; records: number };
  perRecord: Float64Array[];
  signatures: string[][];
  errorGroups: ErrorGroup[];
  count: number;
  excludedByPhase: [string, number][];
  withoutPhase: number;
  inexact: [string, number][];
  unitMismatch: [string, string][];
  oslUnrecoverable: number;
}

export class RecordStore {
  readonly columns = new Map<string, Column>();
  /** Counter aggregates (request_count, error_request_count, ...): order-free integer sums. */
  readonly counters = new Map<string, number>();
  /** A counter value was not a safe integer: its sum then depends on the order of addition. */
  counterInexact = false;
  minStart: bigint | undefined;
  maxEnd: bigint | undefined;
  readonly versions = new VersionTracker();
  /** Per record: completion key split in two exact doubles, signature id, error group (-1 = valid). */
  readonly keyHi = new GrowableFloat64Array();
  readonly keyLo = new GrowableFloat64Array();
  readonly sig = new GrowableFloat64Array();
  readonly errGroup = new GrowableFloat64Array();
  /** 0.12 summary-time latencies (ms), NaN without credit_issued_ns (§12.8). */
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
  /** Tag -> number of values whose base value could not be recovered exactly. */
  readonly inexact = new Map<string, number>();
  /** Tag -> unit found in the file that the catalog cannot convert from. */
  readonly unitMismatch = new Map<string, string>();
  oslUnrecoverable = 0;
  /** metricInfo(tag, "L") without building its cache key per lookup. */
  private readonly infos = new Map<string, MetricInfo | null>();
  private readonly base: Base = new Map();
  private scratch = new Float64Array(256);
  private lastTags: string[] = [];
  private lastSig = -1;

  /** `sharedLists`: list values in SharedArrayBuffers (a worker's store, read in place by the selection thread). */
  constructor(
    private readonly phases: ReadonlySet<string>,
    private readonly sharedLists = false,
  ) {}

  private info(tag: string): MetricInfo | undefined {
    let info = this.infos.get(tag);
    if (info === undefined) {
      info = metricInfo(tag, "L") ?? null;
      this.infos.set(tag, info);
    }
    return info ?? undefined;
  }

  private perRecord(): GrowableFloat64Array[] {
    return [this.keyHi, this.keyLo, this.sig, this.errGroup, this.creditToStart, this.effective];
  }

  /** Everything ingested, for another thread's absorb(); this store is unusable afterwards. */
  export(): { data: StoreData; transfer: ArrayBuffer[] } {
    const transfer: ArrayBuffer[] = [];
    const columns: StoreData["columns"] = [];
    for (const [tag, col] of this.columns) {
      if (col.list) {
        const runs = col.runs.export();
        // Shared chunks are shared by postMessage anyway (and cannot be transferred).
        for (const c of runs.chunks) if (c.buffer instanceof ArrayBuffer) transfer.push(c.buffer);
        columns.push({ tag, fileUnit: col.fileUnit, runs });
      } else columns.push({ tag, fileUnit: col.fileUnit, values: col.values.toFloat64Array() });
    }
    const data: StoreData = {
      columns,
      counters: [...this.counters],
      counterInexact: this.counterInexact,
      minStart: this.minStart,
      maxEnd: this.maxEnd,
      versions: this.versions.export(),
      perRecord: this.perRecord().map((g) => g.toFloat64Array()),
      signatures: this.signatures,
      errorGroups: this.errorGroups,
      count: this.count,
      excludedByPhase: [...this.excludedByPhase],
      withoutPhase: this.withoutPhase,
      inexact: [...this.inexact],
      unitMismatch: [...this.unitMismatch],
      oslUnrecoverable: this.oslUnrecoverable,
    };
    return { data, transfer };
  }

  /**
   * Appends the records of a store that read the next part of the file, with the
   * result add() would have given record by record. False (and nothing
   * reliable) when that cannot be guaranteed: the caller then reads sequentially.
   */
  absorb(d: StoreData): boolean {
    if (d.counterInexact || this.counterInexact) return false;
    const n0 = this.count;
    const incoming = new Map(d.columns.map((c) => [c.tag, c]));
    for (const c of d.columns) {
      const mine = this.columns.get(c.tag);
      if (mine !== undefined && mine.list !== (c.runs !== undefined)) return false; // a tag both scalar and list
    }
    for (const [tag, col] of this.columns) {
      if (incoming.has(tag)) continue;
      if (col.list) for (let k = 0; k < d.count; k++) col.runs.skip();
      else for (let k = 0; k < d.count; k++) col.values.push(Number.NaN);
    }
    for (const c of d.columns) {
      let col = this.columns.get(c.tag);
      if (col === undefined) {
        if (c.runs !== undefined) {
          const runs = new RunColumn();
          for (let k = 0; k < n0; k++) runs.skip();
          col = { list: true, runs, fileUnit: c.fileUnit };
        } else {
          const values = new GrowableFloat64Array(n0 + d.count);
          for (let k = 0; k < n0; k++) values.push(Number.NaN);
          col = { list: false, values, fileUnit: c.fileUnit };
        }
        this.columns.set(c.tag, col);
      }
      if (col.list) col.runs.append(c.runs as RunColumnData);
      else col.values.pushAll(c.values as Float64Array);
    }
    for (const [tag, v] of d.counters) this.counters.set(tag, (this.counters.get(tag) ?? 0) + v);
    if (d.minStart !== undefined) this.observeStart(d.minStart);
    if (d.maxEnd !== undefined) this.observeEnd(d.maxEnd);
    this.versions.merge(d.versions);
    const sigMap = d.signatures.map((tags) => this.signatureId(tags));
    const errMap = d.errorGroups.map((g) => this.errorGroup(g.details, g.key));
    const [hi, lo, sig, err, credit, eff] = d.perRecord as [
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
      Float64Array,
    ];
    this.keyHi.pushAll(hi);
    this.keyLo.pushAll(lo);
    for (const s of sig) this.sig.push(sigMap[s] as number);
    for (const g of err) this.errGroup.push(g < 0 ? g : (errMap[g] as number));
    this.creditToStart.pushAll(credit);
    this.effective.pushAll(eff);
    this.count += d.count;
    for (const [phase, k] of d.excludedByPhase)
      this.excludedByPhase.set(phase, (this.excludedByPhase.get(phase) ?? 0) + k);
    this.withoutPhase += d.withoutPhase;
    for (const [tag, k] of d.inexact) this.inexact.set(tag, (this.inexact.get(tag) ?? 0) + k);
    for (const [tag, unit] of d.unitMismatch) this.unitMismatch.set(tag, unit);
    this.oslUnrecoverable += d.oslUnrecoverable;
    return true;
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
      if (this.info(tag)?.kind === "aggregate") this.aggregate(tag, mv.value);
      else this.pushValue(tag, mv.unit, base.get(tag) ?? 0, i);
    }
    this.synthesize(record, valid, start, base, tags);
    const latency = base.get("request_latency");
    const end = record.metadata.request_end_ns;
    let key: bigint;
    if (valid && start !== undefined && typeof latency === "number") key = start + BigInt(Math.round(latency));
    else key = end ?? start ?? 0n;
    this.keyHi.push(Number(key / TWO32N));
    this.keyLo.push(Number(key % TWO32N));
    this.sig.push(this.signatureId(tags));
    this.errGroup.push(valid ? -1 : this.errorGroup(record.error as ErrorDetails, key));
    this.derivedLatencies(record, start);
    this.count++;
    for (const col of this.columns.values()) {
      if (col.list) {
        if (col.runs.records === i) col.runs.skip();
      } else if (col.values.length === i) col.values.push(Number.NaN);
    }
    return true;
  }

  /**
   * Base-unit value of every scalar metric of the record (spec §12.1); list
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
      } else if (this.info(tag)?.kind === "aggregate") out.set(tag, num(v));
      else out.set(tag, this.toBase(tag, mv.unit, num(v)));
    }
    if (itlFile !== undefined) out.set("inter_token_latency", this.interTokenLatency(out, itlFile));
    return out;
  }

  /** ITL is a float: recomputed from the integer latencies when that reproduces the file's value. */
  private interTokenLatency(base: Base, file: IngestValue): number {
    const ttft = base.get("time_to_first_token") ?? base.get("ttft");
    const lat = base.get("request_latency");
    const osl = base.get("output_sequence_length");
    const display = file.value as number;
    if (typeof ttft === "number" && typeof lat === "number" && typeof osl === "number" && file.unit === "ms") {
      const itl = interTokenLatencyNs(lat, ttft, osl);
      if (itl !== undefined && itl * (this.info("inter_token_latency")?.ratio ?? 1e-6) === display) return itl;
    }
    return this.toBase("inter_token_latency", file.unit, display);
  }

  /** convert() of one value, without the array and scratch round trip (once per scalar metric per record). */
  private toBase(tag: string, fileUnit: string, v: number): number {
    const info = this.converting(tag, fileUnit);
    if (info === undefined) return v;
    const r = recoverBase(v, info.ratio, info.numberType);
    if (!r.exact) this.inexact.set(tag, (this.inexact.get(tag) ?? 0) + 1);
    return r.value;
  }

  /** The catalogue entry when values in `fileUnit` convert to base units; else undefined (used as written). */
  private converting(tag: string, fileUnit: string): MetricInfo | undefined {
    const info = this.info(tag);
    if (info === undefined || fileUnit === info.unit || fileUnit !== info.displayUnit) {
      if (info !== undefined && fileUnit !== info.unit) this.unitMismatch.set(tag, fileUnit);
      return undefined;
    }
    return info;
  }

  /** A list value: into the tag's list column, or (a scalar column or an aggregate) converted for the notes only. */
  private listValues(tag: string, unit: string, vs: ArrayLike<number>, i: number): void {
    let col = this.info(tag)?.kind === "aggregate" ? undefined : this.columns.get(tag);
    if (col === undefined && this.info(tag)?.kind !== "aggregate") {
      const runs = new RunColumn(this.sharedLists);
      for (let k = 0; k < i; k++) runs.skip();
      col = { list: true, runs, fileUnit: unit };
      this.columns.set(tag, col);
    }
    if (col?.list === true) {
      const off = col.runs.reserve(vs.length);
      this.convert(tag, unit, vs, col.runs.target, off);
      return;
    }
    if (this.scratch.length < vs.length) this.scratch = new Float64Array(vs.length * 2);
    this.convert(tag, unit, vs, this.scratch, 0);
  }

  /** Base values of one metric's display values into out[off...] (one catalogue lookup per record, not per value). */
  private convert(tag: string, fileUnit: string, vs: ArrayLike<number>, out: Float64Array, off: number): void {
    const n = vs.length;
    const info = this.converting(tag, fileUnit);
    if (info === undefined) {
      for (let k = 0; k < n; k++) out[off + k] = vs[k] as number;
      return;
    }
    const { ratio, numberType } = info;
    let inexact = 0;
    if (numberType === "int" && ratio !== 1) {
      // recoverBase's integer rule, inlined for the long lists.
      for (let k = 0; k < n; k++) {
        const v = vs[k] as number;
        const q = v / ratio;
        const r = Math.round(q);
        if (r * ratio === v) out[off + k] = r;
        else {
          out[off + k] = q;
          inexact++;
        }
      }
    } else {
      for (let k = 0; k < n; k++) {
        const r = recoverBase(vs[k] as number, ratio, numberType);
        out[off + k] = r.value;
        if (!r.exact) inexact++;
      }
    }
    if (inexact > 0) this.inexact.set(tag, (this.inexact.get(tag) ?? 0) + inexact);
  }

  private pushValue(tag: string, fileUnit: string, v: number | typeof LIST, i: number): void {
    let col = this.columns.get(tag);
    if (col === undefined) {
      // A list column was created by listValues; this is a scalar.
      const values = new GrowableFloat64Array();
      for (let k = 0; k < i; k++) values.push(Number.NaN);
      col = { list: false, values, fileUnit };
      this.columns.set(tag, col);
    }
    if (col.list) {
      if (v !== LIST) {
        const off = col.runs.reserve(1);
        col.runs.target[off] = v;
      }
    } else {
      col.values.push(v === LIST ? Number.NaN : v);
    }
  }

  private aggregate(tag: string, value: IngestValue["value"]): void {
    if (isList(value)) return;
    if (tag === MIN_TS) this.observeStart(big(value));
    else if (tag === MAX_TS) this.observeEnd(big(value));
    else this.bumpCounter(tag, num(value));
  }

  private bumpCounter(tag: string, by: number): void {
    if (!Number.isSafeInteger(by)) this.counterInexact = true;
    this.counters.set(tag, (this.counters.get(tag) ?? 0) + by);
  }

  private observeStart(v: bigint): void {
    if (this.minStart === undefined || v < this.minStart) this.minStart = v;
  }

  private observeEnd(v: bigint): void {
    if (this.maxEnd === undefined || v > this.maxEnd) this.maxEnd = v;
  }

  /** Aggregates that O and later no longer write per record (NO_INDIVIDUAL_RECORDS) are rebuilt from metadata. */
  private synthesize(
    record: IngestRecord,
    valid: boolean,
    start: bigint | undefined,
    base: Base,
    tags: string[],
  ): void {
    const has = (t: string): boolean => t in record.metrics;
    const bump = (t: string, by: number): void => {
      this.bumpCounter(t, by);
      if (!has(t)) tags.push(t);
    };
    if (!valid) {
      if (!has("error_request_count")) bump("error_request_count", 1);
      return;
    }
    if (!has("request_count")) bump("request_count", 1);
    if (start !== undefined && !has(MIN_TS)) {
      this.observeStart(start);
      tags.push(MIN_TS);
    }
    const latency = base.get("request_latency");
    if (start !== undefined && typeof latency === "number" && !has(MAX_TS)) {
      this.observeEnd(start + BigInt(Math.round(latency)));
      tags.push(MAX_TS);
    }
    const pct = base.get("osl_mismatch_diff_pct");
    const osl = base.get("output_sequence_length");
    if (typeof pct === "number" && typeof osl === "number" && !has("osl_mismatch_count")) {
      const req = recoverRequestedOsl(osl, pct);
      if (req === undefined) this.oslUnrecoverable++;
      bump("osl_mismatch_count", req !== undefined && isOslMismatch(osl, req) ? 1 : 0);
    }
    const scalar = (t: string): number | undefined => {
      const v = base.get(t);
      return typeof v === "number" ? v : undefined;
    };
    const usage = usageDiscrepancy(
      scalar("usage_prompt_tokens_diff_pct"),
      scalar("usage_completion_tokens_diff_pct"),
      scalar("usage_reasoning_tokens_diff_pct"),
    );
    if (usage !== undefined && !has("usage_discrepancy_count")) bump("usage_discrepancy_count", usage);
  }

  private signatureId(tags: string[]): number {
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

  private errorGroup(details: ErrorDetails, key: bigint): number {
    // Equality of ErrorDetails is (code, type, message) only (spec §1.4).
    const k = JSON.stringify([details.code ?? null, details.type ?? null, details.message]);
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
