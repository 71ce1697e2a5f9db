// Ingestion: each record's base values go into per-metric Float64 columns
// (dense, NaN = absent; list metrics as one flat column plus record ends), so
// they can be replayed in completion order at the end without keeping records.
import type { ErrorDetails, ParsedRecord, RecordMetricValue } from "../model.js";
import { recordPhase, recordStartNs } from "../read/record-fields.js";
import { VersionTracker } from "../read/version.js";
import { GrowableFloat64Array } from "../stats/growable-array.js";
import { interTokenLatencyNs, isOslMismatch, recoverBase, recoverRequestedOsl, usageDiscrepancy } from "./base-values.js";
import { metricInfo } from "./metric-defs.js";

export interface ScalarColumn {
  list: false;
  values: GrowableFloat64Array;
  /** Unit of the stored values when the tag is not catalogued (as in the file). */
  fileUnit: string;
}
export interface ListColumn {
  list: true;
  values: GrowableFloat64Array;
  /** ends[i] = values.length after record i. */
  ends: GrowableFloat64Array;
  fileUnit: string;
}
export type Column = ScalarColumn | ListColumn;

export interface ErrorGroup {
  details: ErrorDetails;
  /** Completion key of the record `details` came from (earliest wins). */
  key: bigint;
}

const TWO32 = 4294967296;
const MIN_TS = "min_request_timestamp";
const MAX_TS = "max_response_timestamp";

function num(v: number | bigint): number {
  return typeof v === "bigint" ? Number(v) : v;
}

function big(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(Math.round(v));
}

export class RecordStore {
  readonly columns = new Map<string, Column>();
  /** Counter aggregates (request_count, error_request_count, ...): order-free integer sums. */
  readonly counters = new Map<string, number>();
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

  constructor(private readonly phases: ReadonlySet<string>) {}

  /** Returns false when the record's phase is not counted. */
  add(record: ParsedRecord): boolean {
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
    const base = this.baseValues(record);
    const tags = Object.keys(record.metrics);

    for (const tag of tags) {
      const mv = record.metrics[tag] as RecordMetricValue;
      const info = metricInfo(tag, "L");
      if (info?.kind === "aggregate") this.aggregate(tag, mv.value);
      else this.pushValue(tag, mv.unit, base.get(tag) ?? 0, i);
    }
    this.synthesize(record, valid, start, base, tags);
    const latency = base.get("request_latency");
    const end = record.metadata.request_end_ns;
    let key: bigint;
    if (valid && start !== undefined && typeof latency === "number") key = start + BigInt(Math.round(latency));
    else key = end ?? start ?? 0n;
    this.keyHi.push(Number(key / BigInt(TWO32)));
    this.keyLo.push(Number(key % BigInt(TWO32)));
    this.sig.push(this.signatureId(tags));
    this.errGroup.push(valid ? -1 : this.errorGroup(record.error as ErrorDetails, key));
    this.derivedLatencies(record, start);
    this.count++;
    for (const col of this.columns.values()) {
      if (col.list) {
        if (col.ends.length === i) col.ends.push(col.values.length);
      } else if (col.values.length === i) col.values.push(Number.NaN);
    }
    return true;
  }

  /** Base-unit value of every metric of the record (spec §12.1). */
  private baseValues(record: ParsedRecord): Map<string, number | number[]> {
    const out = new Map<string, number | number[]>();
    let itlFile: RecordMetricValue | undefined;
    for (const [tag, mv] of Object.entries(record.metrics)) {
      const v = mv.value;
      if (tag === "inter_token_latency" && typeof v === "number") itlFile = mv;
      else if (Array.isArray(v)) out.set(tag, this.toBaseAll(tag, mv.unit, v));
      else if (metricInfo(tag, "L")?.kind === "aggregate") out.set(tag, num(v));
      else out.set(tag, this.toBase(tag, mv.unit, num(v)));
    }
    if (itlFile !== undefined) out.set("inter_token_latency", this.interTokenLatency(out, itlFile));
    return out;
  }

  /** ITL is a float: recomputed from the integer latencies when that reproduces the file's value. */
  private interTokenLatency(base: Map<string, number | number[]>, file: RecordMetricValue): number {
    const ttft = base.get("time_to_first_token") ?? base.get("ttft");
    const lat = base.get("request_latency");
    const osl = base.get("output_sequence_length");
    const display = file.value as number;
    if (typeof ttft === "number" && typeof lat === "number" && typeof osl === "number" && file.unit === "ms") {
      const itl = interTokenLatencyNs(lat, ttft, osl);
      if (itl !== undefined && itl * (metricInfo("inter_token_latency", "L")?.ratio ?? 1e-6) === display) return itl;
    }
    return this.toBase("inter_token_latency", file.unit, display);
  }

  private toBase(tag: string, fileUnit: string, v: number): number {
    return this.toBaseAll(tag, fileUnit, [v])[0] as number;
  }

  /** Base values of one metric's display values (one catalogue lookup per record, not per value). */
  private toBaseAll(tag: string, fileUnit: string, vs: readonly number[]): number[] {
    const info = metricInfo(tag, "L");
    if (info === undefined || fileUnit === info.unit) return vs.slice();
    if (fileUnit !== info.displayUnit) {
      this.unitMismatch.set(tag, fileUnit);
      return vs.slice();
    }
    let inexact = 0;
    const out = vs.map((v) => {
      const r = recoverBase(v, info.ratio, info.numberType);
      if (!r.exact) inexact++;
      return r.value;
    });
    if (inexact > 0) this.inexact.set(tag, (this.inexact.get(tag) ?? 0) + inexact);
    return out;
  }

  private pushValue(tag: string, fileUnit: string, v: number | number[], i: number): void {
    let col = this.columns.get(tag);
    if (col === undefined) {
      if (Array.isArray(v)) {
        const ends = new GrowableFloat64Array();
        for (let k = 0; k < i; k++) ends.push(0);
        col = { list: true, values: new GrowableFloat64Array(), ends, fileUnit };
      } else {
        const values = new GrowableFloat64Array();
        for (let k = 0; k < i; k++) values.push(Number.NaN);
        col = { list: false, values, fileUnit };
      }
      this.columns.set(tag, col);
    }
    if (col.list) {
      if (Array.isArray(v)) col.values.pushAll(v);
      else col.values.push(v);
      col.ends.push(col.values.length);
    } else {
      col.values.push(Array.isArray(v) ? Number.NaN : v);
    }
  }

  private aggregate(tag: string, value: RecordMetricValue["value"]): void {
    if (Array.isArray(value)) return;
    if (tag === MIN_TS) this.observeStart(big(value));
    else if (tag === MAX_TS) this.observeEnd(big(value));
    else this.counters.set(tag, (this.counters.get(tag) ?? 0) + num(value));
  }

  private observeStart(v: bigint): void {
    if (this.minStart === undefined || v < this.minStart) this.minStart = v;
  }

  private observeEnd(v: bigint): void {
    if (this.maxEnd === undefined || v > this.maxEnd) this.maxEnd = v;
  }

  /** Aggregates that O and later no longer write per record (NO_INDIVIDUAL_RECORDS) are rebuilt from metadata. */
  private synthesize(record: ParsedRecord, valid: boolean, start: bigint | undefined, base: Map<string, number | number[]>, tags: string[]): void {
    const has = (t: string): boolean => t in record.metrics;
    const bump = (t: string, by: number): void => {
      this.counters.set(t, (this.counters.get(t) ?? 0) + by);
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
    const usage = usageDiscrepancy(scalar("usage_prompt_tokens_diff_pct"), scalar("usage_completion_tokens_diff_pct"), scalar("usage_reasoning_tokens_diff_pct"));
    if (usage !== undefined && !has("usage_discrepancy_count")) bump("usage_discrepancy_count", usage);
  }

  private signatureId(tags: string[]): number {
    const k = tags.join("\u0000");
    let id = this.sigIds.get(k);
    if (id === undefined) {
      id = this.signatures.length;
      this.signatures.push(tags);
      this.sigIds.set(k, id);
    }
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

  private derivedLatencies(record: ParsedRecord, start: bigint | undefined): void {
    const credit = record.metadata.credit_issued_ns;
    const end = record.metadata.request_end_ns;
    // Each timestamp rounded to a double first, then a double difference, / 1e6 (a division).
    const lat = (t: bigint | undefined): number =>
      credit === undefined || t === undefined ? Number.NaN : Math.max(Number(t) - Number(credit), 0) / 1000000.0;
    this.creditToStart.push(lat(start));
    this.effective.push(lat(end));
  }
}
