// A list metric's values, one contiguous run per record, stored in fixed-size
// Float64 chunks: growing never copies (so the column costs its 8 bytes a value
// plus at most one partly filled chunk), and columns built by different workers
// are joined by handing over their chunks.
import { GrowableFloat64Array } from "./growable-array.js";
import type { ValueStream } from "./numpy.js";
import { countFirstDigits } from "./order-stats.js";

/** Values a chunk holds (8 MiB). A longer run gets a chunk of its own. */
const RUN_CHUNK = 1 << 20;
/** The first chunk's size, doubling up to RUN_CHUNK: a column of a few values costs a few KiB (issue 9, class 7). */
const FIRST_CHUNK = 1 << 10;
/** Values from which a shared column counts its first-digit histogram (selectRanks' COLLECT_MAX). */
const DIGITS_FROM = 1 << 15;
const LOC = 4294967296;

/** What crosses a worker boundary (the chunk buffers are transferred, not copied). */
export interface RunColumnData {
  chunks: Float64Array[];
  used: number[];
  loc: Float64Array;
  len: Float64Array;
  total: number;
  /** firstDigitHistogram of the values (shared columns only: for the selection thread). */
  firstDigits?: Uint32Array;
}

export class RunColumn {
  private readonly chunks: Float64Array[] = [];
  private readonly used: number[] = [];
  /** Per record: chunk index * 2^32 + start of its run, and the run's length (0 = no values). */
  private readonly loc = new GrowableFloat64Array();
  private readonly len = new GrowableFloat64Array();
  /** Values stored over all records. */
  total = 0;
  /** Set after append(): the last chunk belongs to another column's layout. */
  private sealed = false;
  /**
   * firstDigitHistogram of the values: counted as they are written into a shared
   * column; otherwise kept while every value came from append()ed columns that had one.
   */
  private digits: Uint32Array | null | undefined = null; // null: not counted yet (a small column, see countPending)
  /** Array written by the last reserve(), and its 32-bit words. */
  target: Float64Array = new Float64Array(0);
  private targetWords: Uint32Array = new Uint32Array(0);
  /** The last run reserved in a shared column, counted into `digits` once written (at the next reserve). */
  private pendingStart = 0;
  private pendingEnd = 0;

  /** `shared`: chunks in SharedArrayBuffers, so other threads can read them where they are (percentile selection). */
  constructor(private readonly shared = false) {}

  get records(): number {
    return this.len.length;
  }

  /** Starts the next record's run of `k` values; returns its offset in `target`. */
  reserve(k: number): number {
    this.countPending();
    let c = this.chunks.length - 1;
    if (c < 0 || this.sealed || (this.used[c] as number) + k > (this.chunks[c] as Float64Array).length) {
      this.sealed = false;
      const size = Math.max(Math.min(RUN_CHUNK, FIRST_CHUNK * 2 ** Math.min(this.chunks.length, 10)), k);
      this.chunks.push(this.shared ? new Float64Array(new SharedArrayBuffer(size * 8)) : new Float64Array(size));
      this.used.push(0);
      c++;
    }
    const off = this.used[c] as number;
    this.used[c] = off + k;
    if (!this.shared) {
      if (k > 0) this.digits = undefined; // only shared columns count the values written into them
    } else {
      this.pendingStart = off;
      this.pendingEnd = off + k;
    }
    const target = this.chunks[c] as Float64Array;
    if (target !== this.target) this.targetWords = new Uint32Array(target.buffer, target.byteOffset, target.length * 2);
    this.target = target;
    this.loc.push(c * LOC + off);
    this.len.push(k);
    this.total += k;
    return off;
  }

  /** A record without values. */
  skip(): void {
    this.loc.push(0);
    this.len.push(0);
  }

  /** `n` records without values. */
  skipMany(n: number): void {
    this.loc.fill(0, n);
    this.len.fill(0, n);
  }

  /** Calls `f(array, start, end)` for each record's non-empty run, in the given record order. */
  forEachRun(order: ArrayLike<number>, f: (a: Float64Array, start: number, end: number) => void): void {
    const loc = this.loc.view();
    const len = this.len.view();
    for (let j = 0; j < order.length; j++) {
      const i = order[j] as number;
      const k = len[i] as number;
      if (k === 0) continue;
      const l = loc[i] as number;
      const start = l % LOC;
      f(this.chunks[(l - start) / LOC] as Float64Array, start, start + k);
    }
  }

  /** The values of the records' runs in the given record order, read as a stream (never copied whole). */
  stream(order: ArrayLike<number>): ValueStream {
    const loc = this.loc.view();
    const len = this.len.view();
    let j = 0;
    let a: Float64Array = new Float64Array(0);
    let pos = 0;
    let end = 0;
    return (out, k) => {
      let o = 0;
      while (o < k) {
        while (pos === end) {
          if (j >= order.length) throw new RangeError("RunColumn.stream: read past the end");
          const i = order[j++] as number;
          const n = len[i] as number;
          if (n === 0) continue;
          const l = loc[i] as number;
          pos = l % LOC;
          end = pos + n;
          a = this.chunks[(l - pos) / LOC] as Float64Array;
        }
        const m = Math.min(k - o, end - pos);
        if (m > 32) out.set(a.subarray(pos, pos + m), o);
        else for (let t = 0; t < m; t++) out[o + t] = a[pos + t] as number;
        o += m;
        pos += m;
      }
    };
  }

  /** The stored values (record order irrelevant), as views of the filled parts. */
  parts(): Float64Array[] {
    return this.chunks.map((c, i) => c.subarray(0, this.used[i])).filter((p) => p.length > 0);
  }

  /** firstDigitHistogram(this.parts()) when known without a pass over the values. */
  firstDigits(): Uint32Array | undefined {
    this.countPending();
    return this.digits ?? undefined;
  }

  /**
   * Counted while the values just written are still in cache (cheaper than a pass at the end). A column
   * below DIGITS_FROM values gets no histogram (selectRanks needs none there): 256 KiB each would make
   * many small columns cost far more than their values (issue 9, class 7); it is counted once it grows.
   */
  private countPending(): void {
    const start = this.pendingStart;
    const end = this.pendingEnd;
    this.pendingStart = this.pendingEnd = 0;
    if (end <= start || this.digits === undefined) return;
    if (this.digits === null) {
      if (this.total < DIGITS_FROM) return;
      const digits = new Uint32Array(65536);
      for (const [c, chunk] of this.chunks.entries())
        countFirstDigits(
          new Uint32Array(chunk.buffer, chunk.byteOffset, chunk.length * 2),
          0,
          this.used[c] as number,
          digits,
        );
      this.digits = digits;
      return;
    }
    countFirstDigits(this.targetWords, start, end, this.digits);
  }

  /** Hands the column over (to another thread); this column must not be used afterwards. */
  export(): RunColumnData {
    const data: RunColumnData = {
      chunks: this.chunks,
      used: this.used,
      loc: this.loc.toFloat64Array(),
      len: this.len.toFloat64Array(),
      total: this.total,
    };
    // Counted by the worker that wrote the values, so the selection thread skips a pass.
    const digits = this.firstDigits();
    if (this.shared && digits !== undefined) data.firstDigits = digits;
    return data;
  }

  /** Appends the records of another column (its chunks are adopted, not copied). */
  append(d: RunColumnData): void {
    const base = this.chunks.length * LOC;
    for (let i = 0; i < d.len.length; i++) {
      const k = d.len[i] as number;
      this.loc.push(k === 0 ? 0 : base + (d.loc[i] as number));
      this.len.push(k);
    }
    if (d.firstDigits === undefined) this.digits = undefined;
    else {
      // Not counted yet: only an empty column can adopt the histogram.
      if (this.digits === null) this.digits = this.total === 0 ? new Uint32Array(65536) : undefined;
      const digits = this.digits;
      if (digits !== undefined)
        for (let k = 0; k < 65536; k++) digits[k] = (digits[k] as number) + (d.firstDigits[k] as number);
    }
    this.chunks.push(...d.chunks);
    this.used.push(...d.used);
    this.total += d.total;
    this.sealed = true;
  }
}
