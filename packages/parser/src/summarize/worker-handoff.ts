// Worker hand-off: a store filled by a worker over one byte range crosses the
// thread boundary as plain data (structured clone; list chunks transferred) and
// is appended to the main store, with the result add() would have given record by record.
import type { RunColumnData } from "../stats/run-column.js";
import { newColumn, placeAt, sparseIndex } from "./record-store.js";
import type { ErrorGroup, RecordStore } from "./record-store.js";

/** A store as it crosses a worker boundary (structured clone; list chunks transferred). */
export interface StoreData {
  /** `idx`: a sparse column's record indices (Rows); `written`: Rows.written. */
  columns: {
    tag: string;
    fileUnit: string;
    written: number;
    idx?: Float64Array;
    values?: Float64Array;
    runs?: RunColumnData;
  }[];
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
    const c: StoreData["columns"][number] = { tag, fileUnit: col.fileUnit, written: col.rows.written };
    if (col.rows.idx !== undefined) c.idx = col.rows.idx.toFloat64Array();
    if (col.list) {
      c.runs = col.runs.export();
      // Shared chunks are shared by postMessage anyway (and cannot be transferred).
      for (const k of c.runs.chunks) if (k.buffer instanceof ArrayBuffer) transfer.push(k.buffer);
    } else c.values = col.values.toFloat64Array();
    columns.push(c);
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
  for (const c of d.columns) {
    const mine = store.columns.get(c.tag);
    if (mine !== undefined && mine.list !== (c.runs !== undefined)) return false; // a tag both scalar and list
  }
  // Records without a column's tag cost nothing here: placeAt pads or goes sparse (Rows).
  for (const c of d.columns) {
    let col = store.columns.get(c.tag);
    if (col === undefined) {
      col = newColumn(c.runs !== undefined, c.fileUnit);
      store.columns.set(c.tag, col);
    }
    const m = c.runs !== undefined ? c.runs.len.length : (c.values as Float64Array).length;
    if (c.idx !== undefined || !placeAt(col, n0, m, c.written)) {
      const idx = sparseIndex(col.rows);
      for (let k = 0; k < m; k++) idx.push(n0 + (c.idx === undefined ? k : (c.idx[k] as number)));
    }
    col.rows.n += m;
    col.rows.written += c.written;
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
