// Worker hand-off: a store filled by a worker over one byte range crosses the
// thread boundary as plain data (structured clone; list chunks transferred) and
// is appended to the main store, with the result add() would have given record by record.
import { RunColumn } from "../stats/run-column.js";
import type { RunColumnData } from "../stats/run-column.js";
import { GrowableFloat64Array } from "../stats/growable-array.js";
import type { ErrorGroup, RecordStore } from "./record-store.js";

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

/** Everything `store` ingested, for another thread's absorbStore(); the store is unusable afterwards. */
export function exportStore(store: RecordStore): { data: StoreData; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const columns: StoreData["columns"] = [];
  for (const [tag, col] of store.columns) {
    if (col.list) {
      const runs = col.runs.export();
      // Shared chunks are shared by postMessage anyway (and cannot be transferred).
      for (const c of runs.chunks) if (c.buffer instanceof ArrayBuffer) transfer.push(c.buffer);
      columns.push({ tag, fileUnit: col.fileUnit, runs });
    } else columns.push({ tag, fileUnit: col.fileUnit, values: col.values.toFloat64Array() });
  }
  const agg = store.aggregates;
  const data: StoreData = {
    columns,
    counters: [...agg.counters],
    counterInexact: agg.counterInexact,
    minStart: agg.minStart,
    maxEnd: agg.maxEnd,
    versions: store.versions.export(),
    perRecord: store.perRecord().map((g) => g.toFloat64Array()),
    signatures: store.signatures,
    errorGroups: store.errorGroups,
    count: store.count,
    excludedByPhase: [...store.excludedByPhase],
    withoutPhase: store.withoutPhase,
    inexact: [...store.units.inexact],
    unitMismatch: [...store.units.unitMismatch],
    oslUnrecoverable: agg.oslUnrecoverable,
  };
  return { data, transfer };
}

/**
 * Appends to `store` the records of a store that read the next part of the file, with the
 * result add() would have given record by record. False (and nothing
 * reliable) when that cannot be guaranteed: the caller then reads sequentially.
 */
export function absorbStore(store: RecordStore, d: StoreData): boolean {
  const agg = store.aggregates;
  if (d.counterInexact || agg.counterInexact) return false;
  const n0 = store.count;
  const incoming = new Map(d.columns.map((c) => [c.tag, c]));
  for (const c of d.columns) {
    const mine = store.columns.get(c.tag);
    if (mine !== undefined && mine.list !== (c.runs !== undefined)) return false; // a tag both scalar and list
  }
  for (const [tag, col] of store.columns) {
    if (incoming.has(tag)) continue;
    if (col.list) col.runs.skipMany(d.count);
    else col.values.fill(Number.NaN, d.count);
  }
  for (const c of d.columns) {
    let col = store.columns.get(c.tag);
    if (col === undefined) {
      if (c.runs !== undefined) {
        const runs = new RunColumn();
        runs.skipMany(n0);
        col = { list: true, runs, fileUnit: c.fileUnit };
      } else {
        const values = new GrowableFloat64Array(n0 + d.count);
        values.fill(Number.NaN, n0);
        col = { list: false, values, fileUnit: c.fileUnit };
      }
      store.columns.set(c.tag, col);
    }
    if (col.list) col.runs.append(c.runs as RunColumnData);
    else col.values.pushAll(c.values as Float64Array);
  }
  for (const [tag, v] of d.counters) agg.counters.set(tag, (agg.counters.get(tag) ?? 0) + v);
  if (d.minStart !== undefined) agg.observeStart(d.minStart);
  if (d.maxEnd !== undefined) agg.observeEnd(d.maxEnd);
  store.versions.merge(d.versions);
  const sigMap = d.signatures.map((tags) => store.signatureId(tags));
  const errMap = d.errorGroups.map((g) => store.errorGroup(g.details, g.key));
  const [hi, lo, sig, err, credit, eff] = d.perRecord as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  store.keyHi.pushAll(hi);
  store.keyLo.pushAll(lo);
  for (const s of sig) store.sig.push(sigMap[s] as number);
  for (const g of err) store.errGroup.push(g < 0 ? g : (errMap[g] as number));
  store.creditToStart.pushAll(credit);
  store.effective.pushAll(eff);
  store.count += d.count;
  for (const [phase, k] of d.excludedByPhase)
    store.excludedByPhase.set(phase, (store.excludedByPhase.get(phase) ?? 0) + k);
  store.withoutPhase += d.withoutPhase;
  for (const [tag, k] of d.inexact) store.units.inexact.set(tag, (store.units.inexact.get(tag) ?? 0) + k);
  for (const [tag, unit] of d.unitMismatch) store.units.unitMismatch.set(tag, unit);
  agg.oslUnrecoverable += d.oslUnrecoverable;
  return true;
}
