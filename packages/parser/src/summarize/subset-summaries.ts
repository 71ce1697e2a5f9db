// Many summaries from one read (analyze's window, time slices and steady state): every record is
// stored once, and summary(indices) gives exactly what a SummaryAccumulator fed only those records,
// in the same order, would give, without a second read and without copying values. The store's
// per-run state (aggregates, notes) is kept per record so that a subset gets its own; the list
// columns are read in place (the subset's runs as views of the stored chunks).
import type { RecordsVersion, Summary } from "../model.js";
import { GrowableFloat64Array } from "../stats/growable-array.js";
import type { RunColumn } from "../stats/run-column.js";
import { Aggregates } from "./aggregates.js";
import { EntryOrders, buildSummary, runColumns } from "./build-summary.js";
import { runSelectionRanks } from "./engines.js";
import { resolveOptions } from "./options.js";
import type { SummarizeOptions } from "./options.js";
import { RecordStore } from "./record-store.js";
import type { Column, IngestRecord } from "./record-store.js";

const TWO32N = 4294967296n;
/** Up to this many list values in a subset, quickselect on a copy; beyond, radix selection in place. */
const SELECT_MAX = 1 << 18;

/** A column of per-record numbers padded with NaN (= the record did not touch it). */
class Sparse {
  readonly values = new GrowableFloat64Array();
  set(i: number, v: number): void {
    this.values.fill(Number.NaN, i - this.values.length);
    this.values.push(v);
  }
  at(i: number): number {
    return i < this.values.length ? this.values.get(i) : Number.NaN;
  }
}

/** A timestamp column as two exact doubles (NaN = none). */
class Stamps {
  readonly hi = new GrowableFloat64Array();
  readonly lo = new GrowableFloat64Array();
  push(v: bigint | undefined): void {
    this.hi.push(v === undefined ? Number.NaN : Number(v / TWO32N));
    this.lo.push(v === undefined ? Number.NaN : Number(v % TWO32N));
  }
  /** The smallest (sign 1) or largest (sign -1) stamp of `rows`. */
  extreme(rows: ArrayLike<number>, sign: 1 | -1): bigint | undefined {
    const hi = this.hi.view();
    const lo = this.lo.view();
    let best = -1;
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j] as number;
      const h = hi[i] as number;
      if (Number.isNaN(h)) continue;
      if (best < 0) best = i;
      else {
        const d = (h - (hi[best] as number) || (lo[i] as number) - (lo[best] as number)) * sign;
        if (d < 0) best = i;
      }
    }
    return best < 0 ? undefined : BigInt(hi[best] as number) * TWO32N + BigInt(lo[best] as number);
  }
}

/** `runs` restricted to the records `rows` (ascending): total and parts of those runs only, same storage. */
function runsOf(runs: RunColumn, rows: Uint32Array): RunColumn {
  const parts: Float64Array[] = [];
  let total = 0;
  let cur: Float64Array | undefined;
  let from = 0;
  let to = 0;
  runs.forEachRun(rows, (a, start, end) => {
    total += end - start;
    // Records stored one after another are one part (a window of a run is a few parts).
    if (a === cur && start === to) to = end;
    else {
      if (cur !== undefined) parts.push(cur.subarray(from, to));
      cur = a;
      from = start;
      to = end;
    }
  });
  if (cur !== undefined) parts.push(cur.subarray(from, to));
  return Object.create(runs, { total: { value: total }, parts: { value: () => parts } }) as RunColumn;
}

/**
 * `col` restricted to the records `rows` (ascending), as a sparse column (Rows.idx = the store's record
 * indices) of the entries those records have, so that build-summary's completion order applies as is.
 * A list column keeps its runs in place: entry e of the subset is entry `from[e]` of the store's column.
 */
function columnOf(col: Column, rows: Uint32Array): Column {
  const r = col.rows;
  const idx = new GrowableFloat64Array(16);
  const from: number[] = [];
  if (r.idx === undefined) {
    for (const i of rows) {
      if (i >= r.n) continue;
      idx.push(i);
      from.push(i);
    }
  } else {
    // Both ascend: merge from the first entry at or after rows[0].
    const at = r.idx.view();
    let lo = 0;
    let hi = r.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((at[mid] as number) < (rows[0] ?? 0)) lo = mid + 1;
      else hi = mid;
    }
    for (let e = lo, j = 0; e < r.n && j < rows.length; ) {
      const a = at[e] as number;
      const b = rows[j] as number;
      if (a === b) {
        idx.push(a);
        from.push(e);
        e++;
        j++;
      } else if (a < b) e++;
      else j++;
    }
  }
  const n = from.length;
  const sub = { idx, n, written: n };
  if (!col.list) {
    const values = new GrowableFloat64Array(Math.max(16, n));
    const src = col.values.view();
    for (const e of from) values.push(src[e] as number);
    return { list: false, rows: sub, values, fileUnit: col.fileUnit };
  }
  const store = Uint32Array.from(from);
  const mapped = (order: ArrayLike<number>): Uint32Array => {
    const out = new Uint32Array(order.length);
    for (let j = 0; j < order.length; j++) out[j] = store[order[j] as number] as number;
    return out;
  };
  const runs = runsOf(col.runs, store);
  const view = Object.create(runs, {
    forEachRun: {
      value: (order: ArrayLike<number>, f: Parameters<RunColumn["forEachRun"]>[1]) =>
        col.runs.forEachRun(mapped(order), f),
    },
    stream: { value: (order: ArrayLike<number>) => col.runs.stream(mapped(order)) },
  }) as RunColumn;
  return { list: true, rows: sub, runs: view, fileUnit: col.fileUnit };
}

/** Quickselect of the sorted `rs[r0, r1)` ranks within a[lo..hi] (Hoare partitions; -0 and +0 compare equal here). */
function selectIn(
  a: Float64Array,
  lo: number,
  hi: number,
  rs: number[],
  r0: number,
  r1: number,
  at: Map<number, number>,
): void {
  while (r0 < r1) {
    if (hi - lo < 16) {
      for (let i = lo + 1; i <= hi; i++) {
        const v = a[i] as number;
        let j = i - 1;
        while (j >= lo && (a[j] as number) > v) {
          a[j + 1] = a[j] as number;
          j--;
        }
        a[j + 1] = v;
      }
      for (let k = r0; k < r1; k++) at.set(rs[k] as number, a[rs[k] as number] as number);
      return;
    }
    const x = a[lo] as number;
    const y = a[(lo + hi) >>> 1] as number;
    const z = a[hi] as number;
    const p = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z)); // median of three
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < p) i++;
      while ((a[j] as number) > p) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = t;
      }
    }
    // a[lo..j] <= p, a[j+1..i-1] == p, a[i..hi] >= p.
    let m0 = r0;
    while (m0 < r1 && (rs[m0] as number) <= j) m0++;
    let m1 = m0;
    while (m1 < r1 && (rs[m1] as number) < i) at.set(rs[m1++] as number, p);
    selectIn(a, lo, j, rs, r0, m0, at);
    lo = i;
    r0 = m1;
  }
}

/**
 * The values at `ranks` of `a` ascending, as sorting a Float64Array gives them (-0 before +0); `a` is
 * reordered. Multi-rank quickselect.
 * @internal Exported for its tests only.
 */
export function selectSmall(a: Float64Array, ranks: readonly number[]): number[] {
  const rs = [...new Set(ranks)].sort((x, y) => x - y);
  const at = new Map<number, number>();
  selectIn(a, 0, a.length - 1, rs, 0, rs.length, at);
  const out = ranks.map((r) => at.get(r) as number);
  if (out.some((v) => v === 0)) {
    // A zero's sign by its rank: the negatives, then every -0, then every +0.
    let below = 0;
    for (const v of a) if (v < 0 || Object.is(v, -0)) below++;
    return out.map((v, k) => (v === 0 ? ((ranks[k] as number) < below ? -0 : 0) : v));
  }
  return out;
}

export class SubsetSummarizer {
  private readonly store: RecordStore;
  /** Per record added: its row in the store, or -(phase id + 1) when its phase is not counted. */
  private readonly rowOf = new GrowableFloat64Array();
  private readonly excludedPhases: string[] = [];
  /** Per stored row: what add() contributed to the store's run-wide state. */
  private readonly counters = new Map<string, Sparse>();
  private readonly minStart = new Stamps();
  private readonly maxEnd = new Stamps();
  private readonly withoutPhase = new GrowableFloat64Array();
  private readonly oslUnrecoverable = new GrowableFloat64Array();
  /** Rare per-row notes: values without an exact base value, units the catalogue cannot convert. */
  private readonly inexact: { row: number; tag: string; n: number }[] = [];
  private readonly unitMismatch: { row: number; tag: string; unit: string }[] = [];

  /** `options` as SummaryAccumulator's; a summary's `reference` is given per summary() instead. */
  constructor(private readonly options: Omit<SummarizeOptions, "reference"> = {}) {
    this.store = new RecordStore(new Set(options.phases ?? ["profiling"]));
    resolveOptions(options, "R");
  }

  /** Records added (each one's index is the count before it). */
  get count(): number {
    return this.rowOf.length;
  }

  /** Engine version: the option, else detected from the metadata keys of every record added (R when none). */
  get version(): RecordsVersion {
    const v = this.options.version;
    return v !== undefined && v !== "auto" ? v : (this.store.versions.version ?? "R");
  }

  add(record: IngestRecord): void {
    const s = this.store;
    const agg = s.aggregates;
    agg.counters.clear();
    agg.minStart = undefined;
    agg.maxEnd = undefined;
    agg.oslUnrecoverable = 0;
    s.excludedByPhase.clear();
    s.units.inexact.clear();
    s.units.unitMismatch.clear();
    const without = s.withoutPhase;
    const row = s.count;
    if (!s.add(record)) {
      const phase = [...s.excludedByPhase.keys()][0] as string;
      let id = this.excludedPhases.indexOf(phase);
      if (id < 0) id = this.excludedPhases.push(phase) - 1;
      this.rowOf.push(-(id + 1));
      return;
    }
    this.rowOf.push(row);
    for (const [tag, v] of agg.counters) {
      let col = this.counters.get(tag);
      if (col === undefined) {
        col = new Sparse();
        this.counters.set(tag, col);
      }
      col.set(row, v);
    }
    this.minStart.push(agg.minStart);
    this.maxEnd.push(agg.maxEnd);
    this.withoutPhase.push(s.withoutPhase - without);
    this.oslUnrecoverable.push(agg.oslUnrecoverable);
    for (const [tag, n] of s.units.inexact) this.inexact.push({ row, tag, n });
    for (const [tag, unit] of s.units.unitMismatch) this.unitMismatch.push({ row, tag, unit });
  }

  /**
   * The summary of the records at `indices` (ascending indices of add() calls), as a SummaryAccumulator
   * with the same options (and `reference`, `version` when given) fed just those records would give it.
   */
  summary(indices: ArrayLike<number>, at: { reference?: Summary; version?: RecordsVersion } = {}): Summary {
    const { reference } = at;
    const s = this.store;
    const rowOf = this.rowOf.view();
    const rowList: number[] = [];
    const excluded = new Map<string, number>();
    let last = -1;
    for (let j = 0; j < indices.length; j++) {
      const i = indices[j] as number;
      if (!(i > last && i < rowOf.length))
        throw new RangeError(`summary(): indices must ascend within [0, ${this.count})`);
      last = i;
      const r = rowOf[i] as number;
      if (r >= 0) rowList.push(r);
      else {
        const phase = this.excludedPhases[-r - 1] as string;
        excluded.set(phase, (excluded.get(phase) ?? 0) + 1);
      }
    }
    const rows = Uint32Array.from(rowList);

    const agg = new Aggregates();
    for (const [tag, col] of this.counters) {
      let sum: number | undefined;
      for (const r of rows) {
        const v = col.at(r);
        if (!Number.isNaN(v)) sum = (sum ?? 0) + v;
      }
      if (sum !== undefined) agg.counters.set(tag, sum);
    }
    agg.minStart = this.minStart.extreme(rows, 1);
    agg.maxEnd = this.maxEnd.extreme(rows, -1);
    let without = 0;
    const w = this.withoutPhase.view();
    const o = this.oslUnrecoverable.view();
    for (const r of rows) {
      without += w[r] as number;
      agg.oslUnrecoverable += o[r] as number;
    }
    const member = (row: number): boolean => {
      // rows ascend: binary search.
      let lo = 0;
      let hi = rows.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((rows[mid] as number) < row) lo = mid + 1;
        else hi = mid;
      }
      return lo < rows.length && rows[lo] === row;
    };
    const inexact = new Map<string, number>();
    for (const e of this.inexact) if (member(e.row)) inexact.set(e.tag, (inexact.get(e.tag) ?? 0) + e.n);
    const unitMismatch = new Map<string, string>();
    for (const e of this.unitMismatch) if (member(e.row)) unitMismatch.set(e.tag, e.unit);

    const columns = new Map<string, Column>();
    for (const [tag, col] of s.columns) columns.set(tag, columnOf(col, rows));
    const view = Object.create(s, {
      columns: { value: columns },
      aggregates: { value: agg },
      excludedByPhase: { value: excluded },
      withoutPhase: { value: without },
      count: { value: rows.length },
      units: { value: Object.create(s.units, { inexact: { value: inexact }, unitMismatch: { value: unitMismatch } }) },
    }) as RecordStore;

    // Completion order of the subset: the whole run's order restricted to it (key, then row).
    const hi = s.keyHi.view();
    const lo = s.keyLo.view();
    const perm = rows
      .slice()
      .sort((a, b) => (hi[a] as number) - (hi[b] as number) || (lo[a] as number) - (lo[b] as number) || a - b);
    const opts = resolveOptions(
      reference === undefined ? this.options : { ...this.options, reference },
      at.version ?? this.version,
    );
    // A small subset's list values are copied and selected from (quickselect): radix selection's
    // 64K-bucket passes, or a sort, would cost more than the values (a time slice).
    const selected = new Map<string, readonly number[]>();
    for (const [tag, runs] of runColumns(view, opts)) {
      if (runs.total > SELECT_MAX) continue;
      const all = new Float64Array(runs.total);
      let o = 0;
      for (const part of runs.parts()) {
        all.set(part, o);
        o += part.length;
      }
      selected.set(tag, selectSmall(all, runSelectionRanks(runs.total, opts.percentiles)));
    }
    const summary = buildSummary(view, opts, {
      orders: new EntryOrders(perm),
      ordered: new Map(),
      selected,
      stats: new Map(),
    });
    if (rows.length === 0) summary.notes.unshift("no records counted: the summary is empty");
    return summary;
  }
}
