// finish(): replays the stored columns in completion order through the
// version's engine and assembles the Summary (facts F9, F12-F15).
import type { ErrorSummaryEntry, MetricSummary, Summary } from "../model.js";
import { GrowableFloat64Array } from "../stats/growable-array.js";
import { computeDerived } from "./derived.js";
import type { RunColumn } from "../stats/run-column.js";
import type { DistStats, EngineInput, RunEngineInput, RunOrderStats } from "./engines.js";
import {
  columnStoreStats,
  metricArrayRunStats,
  metricArrayStats,
  plainNumpyStats,
  runOrderStats,
  tdigestListStats,
} from "./engines.js";
import { isExported, metricInfo } from "./metric-defs.js";
import type { MetricInfo } from "./metric-defs.js";
import { percentileKey } from "./options.js";
import type { ResolvedOptions } from "./options.js";
import type { Column, RecordStore, Rows } from "./record-store.js";
import { windowFromTimes } from "./window.js";

/** Record indices in aggregation order: by completion key, ties in input order (facts F9). */
function completionOrder(store: RecordStore): Uint32Array {
  const hi = store.keyHi.view();
  const lo = store.keyLo.view();
  const perm = new Uint32Array(store.count);
  for (let i = 0; i < perm.length; i++) perm[i] = i;
  perm.sort((a, b) => (hi[a] as number) - (hi[b] as number) || (lo[a] as number) - (lo[b] as number) || a - b);
  return perm;
}

/**
 * A column's entries in completion order (facts F9): `perm` restricted to the records the column has,
 * as entry indices. O(entries log entries) for a short or sparse column, never O(records) per column
 * unless the column holds at least an eighth of the records (issue 9, class 7).
 */
export class EntryOrders {
  private rank: Uint32Array | undefined;
  /** Smallest record index in `perm` (a subset's perm need not start at record 0). */
  private base = 0;

  constructor(readonly perm: Uint32Array) {}

  of(rows: Rows): Uint32Array {
    const { perm } = this;
    if (rows.idx === undefined) {
      // Dense columns exist in whole stores only, whose perm is a permutation of 0..count-1.
      if (rows.n === perm.length) return perm;
      if (rows.n * 8 >= perm.length) return perm.filter((i) => i < rows.n);
    }
    const rank = this.ranks();
    const idx = rows.idx?.view();
    const out = new Uint32Array(rows.n);
    const keys = new Float64Array(rows.n);
    for (let e = 0; e < out.length; e++) {
      out[e] = e;
      keys[e] = rank[(idx === undefined ? e : (idx[e] as number)) - this.base] as number;
    }
    return out.sort((a, b) => (keys[a] as number) - (keys[b] as number));
  }

  /** Position of each record in `perm`. */
  private ranks(): Uint32Array {
    if (this.rank === undefined) {
      let lo = Number.POSITIVE_INFINITY;
      let hi = -1;
      for (const i of this.perm) {
        if (i < lo) lo = i;
        if (i > hi) hi = i;
      }
      this.base = hi < 0 ? 0 : lo;
      this.rank = new Uint32Array(hi + 1 - this.base);
      for (let j = 0; j < this.perm.length; j++) this.rank[(this.perm[j] as number) - this.base] = j;
    }
    return this.rank;
  }
}

/** A column's values in the given entry order (NaN dropped), with list-record ends. */
function ordered(col: Column, order: Uint32Array): { values: Float64Array; recordEnds?: Float64Array } {
  if (!col.list) return { values: orderedValues(col.values, order) };
  const out = new GrowableFloat64Array(Math.max(16, col.runs.total));
  const recordEnds = new GrowableFloat64Array();
  col.runs.forEachRun(order, (a, start, end) => {
    out.pushAll(a, start, end);
    recordEnds.push(out.length);
  });
  return { values: out.toFloat64Array(), recordEnds: recordEnds.toFloat64Array() };
}

function orderedValues(values: GrowableFloat64Array, order: Uint32Array): Float64Array {
  const out = new GrowableFloat64Array(Math.max(16, Math.min(values.length, 4096)));
  const src = values.view();
  for (const i of order) {
    const v = src[i] as number;
    if (!Number.isNaN(v)) out.push(v);
  }
  return out.toFloat64Array();
}

function engineFor(opts: ResolvedOptions, list: boolean): (input: EngineInput) => DistStats {
  if (opts.version === "0.12") return columnStoreStats;
  if (opts.version === "0.10" && list) return (input) => tdigestListStats(input);
  return metricArrayStats;
}

/** Display-unit stats: every stat but count multiplied by the base -> display ratio (facts F7). */
function displayStats(d: DistStats, ratio: number, opts: ResolvedOptions): MetricSummary["stats"] {
  const c = (v: number): number => (ratio === 1 ? v : v * ratio);
  const stats: MetricSummary["stats"] = { avg: c(d.avg), min: c(d.min), max: c(d.max) };
  if (d.sum !== undefined) stats.sum = c(d.sum);
  for (const p of opts.percentiles) stats[percentileKey(p)] = c(d.percentiles.get(p) as number);
  stats.std = c(d.std);
  stats.count = d.count;
  return stats;
}

function scalarStats(value: number, ratio: number, opts: ResolvedOptions): MetricSummary["stats"] {
  const stats: MetricSummary["stats"] = { avg: ratio === 1 ? value : value * ratio };
  // R's MetricResult writes count 1 for scalars; later layouts have no count for them.
  if (opts.version === "R") stats.count = 1;
  return stats;
}

function metricSummary(
  tag: string,
  info: MetricInfo | undefined,
  fileUnit: string,
  stats: MetricSummary["stats"],
): MetricSummary {
  return {
    tag,
    header: info?.header ?? tag,
    unit: info?.displayUnit ?? fileUnit,
    kind: info?.kind ?? "unknown",
    stats,
  };
}

function errorSummary(store: RecordStore, perm: Uint32Array): ErrorSummaryEntry[] {
  const groups = store.errGroup.view();
  const counts = new Map<number, number>();
  for (const i of perm) {
    const g = groups[i] as number;
    if (g >= 0) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return [...counts].map(([g, count]) => ({ error_details: store.errorGroups[g]?.details ?? { message: "" }, count }));
}

function notesFor(store: RecordStore): string[] {
  const notes: string[] = [];
  for (const [phase, n] of store.excludedByPhase)
    notes.push(`${n} record(s) of phase "${phase}" excluded (phases option)`);
  if (store.withoutPhase > 0)
    notes.push(`${store.withoutPhase} record(s) without a benchmark phase counted as profiling`);
  for (const [tag, n] of store.units.inexact)
    notes.push(
      `${tag}: ${n} value(s) have no exact base-unit value; statistics of this metric may differ from AIPerf's in the last bits`,
    );
  for (const [tag, unit] of store.units.unitMismatch)
    notes.push(`${tag}: unit "${unit}" differs from the catalogue; values used as written`);
  if (store.aggregates.oslUnrecoverable > 0)
    notes.push(
      `osl_mismatch_count: requested_osl not recoverable for ${store.aggregates.oslUnrecoverable} record(s); counted as no mismatch`,
    );
  return notes;
}

/** The list columns aggregated straight from their runs (metricArrayRunStats), by tag; empty ones left out. */
export function runColumns(store: RecordStore, opts: ResolvedOptions): Map<string, RunColumn> {
  const out = new Map<string, RunColumn>();
  if (engineFor(opts, true) !== metricArrayStats) return out;
  for (const [tag, col] of store.columns) if (col.list && col.runs.total > 0) out.set(tag, col.runs);
  return out;
}

/** A column's stats through the version's engine (undefined: no values). */
function columnStats(
  tag: string,
  col: Column,
  orders: EntryOrders,
  opts: ResolvedOptions,
  prepared?: PreparedSummary,
): DistStats | undefined {
  // R/O engines had no sum; a caller writing the N layout (count/sum) from such records asks for it.
  const withSum = (opts.version !== "R" && opts.version !== "O") || opts.variant === "N";
  const engine = engineFor(opts, col.list);
  if (col.list && engine === metricArrayStats) {
    // The large columns: summed in completion order straight from storage.
    if (col.runs.total === 0) return undefined;
    const input: RunEngineInput = { percentiles: opts.percentiles, chunked: opts.chunked, withSum };
    const orderStats = prepared?.ordered.get(tag);
    const selected = prepared?.selected.get(tag);
    if (orderStats !== undefined) input.ordered = orderStats;
    if (selected !== undefined) input.selected = selected;
    return metricArrayRunStats(col.runs, orders.of(col.rows), input);
  }
  const { values, recordEnds } = ordered(col, orders.of(col.rows));
  if (values.length === 0) return undefined;
  const input: EngineInput = { values, percentiles: opts.percentiles, chunked: opts.chunked, withSum };
  if (recordEnds !== undefined) input.recordEnds = recordEnds;
  return engine(input);
}

/**
 * The heavy parts of buildSummary, done ahead (summarizeFile overlaps them with
 * the percentile selection in another thread): completion order, the
 * order-dependent stats of the run columns, and the values at their percentile
 * ranks (percentileRanks(total, percentiles)) when already selected.
 */
export interface PreparedSummary {
  orders: EntryOrders;
  ordered: Map<string, RunOrderStats>;
  selected: Map<string, readonly number[]>;
  /** Stats of the other columns (undefined: no values). */
  stats: Map<string, DistStats | undefined>;
}

/** Everything but the run columns' percentile selections. */
export function prepareSummary(store: RecordStore, opts: ResolvedOptions): PreparedSummary {
  const orders = new EntryOrders(completionOrder(store));
  const ordered = new Map<string, RunOrderStats>();
  const fromRuns = engineFor(opts, true) === metricArrayStats;
  const stats = new Map<string, DistStats | undefined>();
  for (const [tag, col] of store.columns) {
    if (!(col.list && fromRuns)) stats.set(tag, columnStats(tag, col, orders, opts));
    else if (col.runs.total > 0) ordered.set(tag, runOrderStats(col.runs, orders.of(col.rows), opts.chunked));
  }
  return { orders, ordered, selected: new Map(), stats };
}

export function buildSummary(store: RecordStore, opts: ResolvedOptions, prepared?: PreparedSummary): Summary {
  const { version, reference } = opts;
  const orders = prepared?.orders ?? new EntryOrders(completionOrder(store));
  const { perm } = orders;
  const sig = store.sig.view();
  const order = new Set<string>();
  for (const i of perm) for (const t of store.signatures[sig[i] as number] ?? []) order.add(t);

  const computed = new Map<string, MetricSummary>();
  const sums = new Map<string, number>();
  for (const tag of order) {
    const info = metricInfo(tag, version);
    const col = store.columns.get(tag);
    if (col !== undefined) {
      const d =
        prepared?.stats.has(tag) === true ? prepared.stats.get(tag) : columnStats(tag, col, orders, opts, prepared);
      if (d === undefined) continue;
      sums.set(tag, d.derivedSum);
      computed.set(tag, metricSummary(tag, info, col.fileUnit, displayStats(d, info?.ratio ?? 1, opts)));
      continue;
    }
    let value = store.aggregates.counters.get(tag);
    const ts =
      tag === "min_request_timestamp"
        ? store.aggregates.minStart
        : tag === "max_response_timestamp"
          ? store.aggregates.maxEnd
          : undefined;
    if (ts !== undefined) value = Number(ts);
    if (value !== undefined)
      computed.set(tag, metricSummary(tag, info, info?.unit ?? "", scalarStats(value, info?.ratio ?? 1, opts)));
  }

  const windowNs = version === "0.12" ? windowFromTimes(reference?.startTime, reference?.endTime) : undefined;
  const derived = computeDerived({
    version,
    counters: store.aggregates.counters,
    minStart: store.aggregates.minStart,
    maxEnd: store.aggregates.maxEnd,
    sums,
    windowNs,
  });
  for (const [tag, value] of derived.values) {
    const info = metricInfo(tag, version);
    computed.set(tag, metricSummary(tag, info, info?.unit ?? "", scalarStats(value, info?.ratio ?? 1, opts)));
  }
  const notes = notesFor(store);
  if (derived.missingWindow.length > 0) {
    notes.push(
      `${derived.missingWindow.join(", ")}: left out; AIPerf 0.12 divides by the run's observation window, which the JSONL does not hold (pass a reference summary with start_time/end_time)`,
    );
  } else if (windowNs !== undefined) {
    notes.push("throughputs use the observation window from the reference summary's start_time/end_time (±2 µs)");
  }
  if (version === "0.12") addDerivedLatencies(store, perm, opts, computed);

  const metrics = [...computed.values()].filter((m) => isExported(metricInfo(m.tag, version)));
  const summary: Summary = { variant: opts.variant, metrics, errorSummary: errorSummary(store, perm), notes };
  if (reference !== undefined) carryOver(summary, reference, (tag) => isExported(metricInfo(tag, version)));
  if (version === "0.12" && !(reference?.metrics ?? []).some((m) => SWEEP_LINE.test(m.tag))) {
    summary.notes.push(
      "0.12 sweep-line metrics (effective_*, active_*, tokens_in_flight) are not derivable from the JSONL and are left out",
    );
  }
  return summary;
}

/** credit_to_start_latency and effective_latency of 0.12 (facts F13): plain numpy, arrival order, errors included. */
function addDerivedLatencies(
  store: RecordStore,
  perm: Uint32Array,
  opts: ResolvedOptions,
  out: Map<string, MetricSummary>,
): void {
  for (const [tag, column] of [
    ["credit_to_start_latency", store.creditToStart],
    ["effective_latency", store.effective],
  ] as const) {
    const values = orderedValues(column, perm);
    if (values.length === 0) continue;
    const d = plainNumpyStats({ values, percentiles: opts.percentiles, chunked: opts.chunked, withSum: true });
    out.set(tag, metricSummary(tag, metricInfo(tag, opts.version), "ms", displayStats(d, 1, opts)));
  }
}

const SWEEP_LINE =
  /^(effective_(concurrency|decode_concurrency|prefill_concurrency|decode_throughput|prefill_throughput|total_throughput|decode_throughput_per_user|prefill_throughput_per_user)|active_(decode|prefill|total)_throughput(_per_user)?|tokens_in_flight)$/;

/** Run-time facts and non-derivable metrics come from an existing AIPerf summary. */
function carryOver(summary: Summary, ref: Summary, exported: (tag: string) => boolean): void {
  if (ref.inputConfig !== undefined) summary.inputConfig = ref.inputConfig;
  if (ref.wasCancelled !== undefined) summary.wasCancelled = ref.wasCancelled;
  if (ref.startTime !== undefined) summary.startTime = ref.startTime;
  if (ref.endTime !== undefined) summary.endTime = ref.endTime;
  if (ref.aiperfVersion !== undefined) summary.aiperfVersion = ref.aiperfVersion;
  if (ref.schemaVersion !== undefined) summary.schemaVersion = ref.schemaVersion;
  if (ref.benchmarkId !== undefined) summary.benchmarkId = ref.benchmarkId;
  if (ref.extra !== undefined) summary.extra = ref.extra;
  const have = new Set(summary.metrics.map((m) => m.tag));
  const carried: string[] = [];
  for (const m of ref.metrics) {
    if (have.has(m.tag) || !exported(m.tag)) continue;
    summary.metrics.push({ ...m, stats: { ...m.stats }, carriedOver: true });
    carried.push(m.tag);
  }
  if (carried.length > 0)
    summary.notes.push(`carried over from the reference summary (not recomputed): ${carried.join(", ")}`);
}
