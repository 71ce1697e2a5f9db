// A small Parquet column writer for our fixed schema: values go straight into
// typed arrays (no per-value objects, no generic Dremel walk) and each row group
// is encoded, compressed and handed to the sink before the next one fills.
// hyparquet-writer supplies the Thrift page headers, footer, Snappy and the
// integer bit-packing; the levels of the one LIST layout we write are built here
// from list lengths.
import type { ColumnChunk, Encoding, FileMetaData, KeyValue, ParquetType, RowGroup, SchemaElement } from "hyparquet";
import type { ByteWriter } from "hyparquet-writer";
import { writePageHeader } from "hyparquet-writer/src/datapage.js";
import { deltaBinaryPack } from "hyparquet-writer/src/delta.js";
import { writeRleBitPackedHybrid } from "hyparquet-writer/src/encoding.js";
import { writeMetadata } from "hyparquet-writer/src/metadata.js";
import { snappyCompress } from "hyparquet-writer/src/snappy.js";

/** What a column chunk writes into: hyparquet-writer's ByteWriter, drained by `flush` after each row group. */
export interface ChunkSink extends ByteWriter {
  flush(): Promise<void>;
}

/** Growable scratch buffer for page bodies and levels (one per file, reused). */
class Scratch {
  bytes = new Uint8Array(1 << 16);
  length = 0;
  reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
  byte(v: number): void {
    this.reserve(1);
    this.bytes[this.length++] = v;
  }
  varint(v: number): void {
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.byte(v);
  }
  take(): Uint8Array {
    const out = this.bytes.slice(0, this.length);
    this.length = 0;
    return out;
  }
}

/** The minimal Writer surface hyparquet-writer's encoders use, over a Scratch. */
function scratchWriter(s: Scratch): ByteWriter {
  const w = {
    get offset() {
      return s.length;
    },
    appendUint8: (v: number) => s.byte(v),
    appendUint32: (v: number) => {
      s.reserve(4);
      new DataView(s.bytes.buffer).setUint32(s.length, v, true);
      s.length += 4;
    },
    appendBytes: (b: Uint8Array) => {
      s.reserve(b.length);
      s.bytes.set(b, s.length);
      s.length += b.length;
    },
    appendVarInt: (v: number) => s.varint(v),
    appendZigZag: (v: number | bigint) => {
      if (typeof v === "number") {
        // Exact for |v| < 2^52 (zigzag in doubles, not 32-bit ops).
        s.varint(v >= 0 ? v * 2 : -v * 2 - 1);
        return;
      }
      let z = BigInt.asUintN(64, (v << 1n) ^ (v >> 63n));
      while (z >= 0x80n) {
        s.byte(Number(z & 0x7fn) | 0x80);
        z >>= 7n;
      }
      s.byte(Number(z));
    },
  };
  return w as unknown as ByteWriter;
}

/** Run-length levels (RLE runs only): lists give long runs of equal levels. */
class LevelRuns {
  private value = -1;
  private count = 0;
  constructor(private readonly out: Scratch) {}
  add(value: number, count: number): void {
    if (count === 0) return;
    if (value === this.value) this.count += count;
    else {
      this.end();
      this.value = value;
      this.count = count;
    }
  }
  end(): void {
    if (this.count > 0) {
      this.out.varint(this.count * 2);
      this.out.byte(this.value);
    }
    this.count = 0;
    this.value = -1;
  }
}

export type Codec = "SNAPPY" | "UNCOMPRESSED";

interface PageParts {
  levels: Uint8Array;
  repLength: number;
  defLength: number;
  body: Uint8Array;
  encoding: Encoding;
  values: number;
  nulls: number;
  rows: number;
}

interface Statistics {
  null_count: bigint;
  min_value?: bigint | number;
  max_value?: bigint | number;
}

/** One leaf column's buffer for the current row group. */
export abstract class ColumnBuffer {
  protected rows = 0;
  protected nulls = 0;
  private incompressible = false;
  constructor(
    readonly path: readonly string[],
    readonly type: ParquetType,
  ) {}

  /** Encodes the buffered rows as one column chunk, then empties the buffer. */
  writeChunk(sink: ByteWriter, scratch: Scratch, fileCodec: Codec): ColumnChunk {
    const codec = this.incompressible ? "UNCOMPRESSED" : this.codecFor(fileCodec);
    const start = sink.offset;
    const encodings: Encoding[] = [];
    let uncompressed = 0;
    let dictionaryOffset: bigint | undefined;
    const dict = this.dictionaryPage(scratch);
    if (dict !== undefined) {
      dictionaryOffset = BigInt(sink.offset);
      const packed = compress(dict.body, codec);
      const headerStart = sink.offset;
      writePageHeader(sink, {
        type: "DICTIONARY_PAGE",
        uncompressed_page_size: dict.body.length,
        compressed_page_size: packed.length,
        dictionary_page_header: { num_values: dict.count, encoding: "PLAIN" },
      });
      uncompressed += sink.offset - headerStart + dict.body.length;
      sink.appendBytes(packed);
      encodings.push("PLAIN");
    }
    const dataOffset = sink.offset;
    const page = this.dataPage(scratch);
    const packed = compress(page.body, codec);
    // Random ids and mantissas do not shrink under Snappy: after one such chunk, stop paying for it.
    if (codec !== "UNCOMPRESSED" && dict === undefined && page.body.length >= 4096)
      this.incompressible = packed.length > 0.9 * page.body.length;
    writePageHeader(sink, {
      type: "DATA_PAGE_V2",
      uncompressed_page_size: page.levels.length + page.body.length,
      compressed_page_size: page.levels.length + packed.length,
      data_page_header_v2: {
        num_values: page.values,
        num_nulls: page.nulls,
        num_rows: page.rows,
        encoding: page.encoding,
        definition_levels_byte_length: page.defLength,
        repetition_levels_byte_length: page.repLength,
        is_compressed: codec !== "UNCOMPRESSED",
      },
    });
    const header = sink.offset - dataOffset;
    sink.appendBytes(page.levels);
    sink.appendBytes(packed);
    uncompressed += header + page.levels.length + page.body.length;
    encodings.push("RLE", page.encoding);
    const statistics = this.statistics();
    this.reset();
    return {
      file_offset: BigInt(start),
      meta_data: {
        type: this.type,
        encodings: [...new Set(encodings)],
        path_in_schema: [...this.path],
        codec,
        num_values: BigInt(page.values),
        total_uncompressed_size: BigInt(uncompressed),
        total_compressed_size: BigInt(sink.offset - start),
        data_page_offset: BigInt(dataOffset),
        ...(dictionaryOffset === undefined ? {} : { dictionary_page_offset: dictionaryOffset }),
        statistics,
      },
    };
  }

  /** The codec of this column's chunks (the file's unless compressing cannot pay). */
  protected codecFor(codec: Codec): Codec {
    return codec;
  }
  protected dictionaryPage(_scratch: Scratch): { body: Uint8Array; count: number } | undefined {
    return undefined;
  }
  protected abstract dataPage(scratch: Scratch): PageParts;
  protected abstract statistics(): Statistics;
  protected reset(): void {
    this.rows = 0;
    this.nulls = 0;
  }
}

function compress(body: Uint8Array, codec: Codec): Uint8Array {
  return codec === "SNAPPY" ? snappyCompress(body) : body;
}

/** A flat OPTIONAL column: one definition level (0 null, 1 set) per row. */
abstract class FlatColumn extends ColumnBuffer {
  protected defs: Uint8Array;
  constructor(name: string, type: ParquetType, capacity: number) {
    super([name], type);
    this.defs = new Uint8Array(capacity);
  }
  protected defined(isSet: boolean): void {
    this.defs[this.rows++] = isSet ? 1 : 0;
    if (!isSet) this.nulls++;
  }
  protected page(scratch: Scratch, encoding: Encoding, body: Uint8Array): PageParts {
    const before = scratch.length;
    writeRleBitPackedHybrid(scratchWriter(scratch), this.defs.subarray(0, this.rows), 1);
    const defLength = scratch.length - before;
    return {
      levels: scratch.take(),
      repLength: 0,
      defLength,
      body,
      encoding,
      values: this.rows,
      nulls: this.nulls,
      rows: this.rows,
    };
  }
}

/** INT64, DELTA_BINARY_PACKED (timestamps and counters delta well). */
export class Int64Column extends FlatColumn {
  private values: BigInt64Array;
  private count = 0;
  private min = 0n;
  private max = 0n;
  constructor(name: string, capacity: number) {
    super(name, "INT64", capacity);
    this.values = new BigInt64Array(capacity);
  }
  push(v: bigint | null): void {
    this.defined(v !== null);
    if (v === null) return;
    if (this.count === 0 || v < this.min) this.min = v;
    if (this.count === 0 || v > this.max) this.max = v;
    this.values[this.count++] = v;
  }
  protected dataPage(scratch: Scratch): PageParts {
    deltaBinaryPack(scratchWriter(scratch), this.values.subarray(0, this.count), "INT64");
    return this.page(scratch, "DELTA_BINARY_PACKED", scratch.take());
  }
  protected statistics(): Statistics {
    const s: Statistics = { null_count: BigInt(this.nulls) };
    return this.count === 0 ? s : { ...s, min_value: this.min, max_value: this.max };
  }
  protected override reset(): void {
    super.reset();
    this.count = 0;
  }
}

/** DOUBLE, BYTE_STREAM_SPLIT (sign/exponent bytes compress; mantissa bytes mostly do not). */
export class DoubleColumn extends FlatColumn {
  private values: Float64Array;
  private count = 0;
  constructor(name: string, capacity: number) {
    super(name, "DOUBLE", capacity);
    this.values = new Float64Array(capacity);
  }
  push(v: number | null): void {
    this.defined(v !== null);
    if (v !== null) this.values[this.count++] = v;
  }
  protected dataPage(scratch: Scratch): PageParts {
    return this.page(scratch, "BYTE_STREAM_SPLIT", byteStreamSplit(this.values.subarray(0, this.count)));
  }
  protected statistics(): Statistics {
    return doubleStatistics(this.values.subarray(0, this.count), this.nulls);
  }
  protected override reset(): void {
    super.reset();
    this.count = 0;
  }
}

function doubleStatistics(values: Float64Array, nulls: number): Statistics {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const s: Statistics = { null_count: BigInt(nulls) };
  // Parquet: NaN is never a bound; -0 is the min and +0 the max of a zero.
  if (min > max) return s;
  return { ...s, min_value: min === 0 ? -0 : min, max_value: max === 0 ? 0 : max };
}

function byteStreamSplit(values: Float64Array): Uint8Array {
  const n = values.length;
  const src = new Uint8Array(values.buffer, values.byteOffset, n * 8);
  const out = new Uint8Array(n * 8);
  for (let b = 0; b < 8; b++) {
    const base = b * n;
    for (let i = 0; i < n; i++) out[base + i] = src[i * 8 + b] as number;
  }
  return out;
}

/** BOOLEAN, PLAIN (one bit per value). */
export class BoolColumn extends FlatColumn {
  private values: Uint8Array;
  private count = 0;
  constructor(name: string, capacity: number) {
    super(name, "BOOLEAN", capacity);
    this.values = new Uint8Array(capacity);
  }
  push(v: boolean | null): void {
    this.defined(v !== null);
    if (v !== null) this.values[this.count++] = v ? 1 : 0;
  }
  protected dataPage(scratch: Scratch): PageParts {
    const body = new Uint8Array(Math.ceil(this.count / 8));
    for (let i = 0; i < this.count; i++) if (this.values[i]) body[i >> 3] = (body[i >> 3] as number) | (1 << (i & 7));
    return this.page(scratch, "PLAIN", body);
  }
  protected statistics(): Statistics {
    return { null_count: BigInt(this.nulls) };
  }
  protected override reset(): void {
    super.reset();
    this.count = 0;
  }
}

/**
 * UTF8 strings: dictionary-encoded when values repeat (worker ids, phases, error
 * types), PLAIN when they do not (request ids).
 */
export class StringColumn extends FlatColumn {
  private values: string[] = [];
  private dictionary: Map<string, number> | undefined;
  constructor(name: string, capacity: number) {
    super(name, "BYTE_ARRAY", capacity);
  }
  push(v: string | null): void {
    this.defined(v !== null);
    if (v !== null) this.values.push(v);
  }
  protected override dictionaryPage(): { body: Uint8Array; count: number } | undefined {
    const dict = new Map<string, number>();
    const limit = Math.max(1, this.values.length >> 1);
    for (const v of this.values) {
      if (!dict.has(v)) dict.set(v, dict.size);
      if (dict.size > limit) return undefined;
    }
    if (dict.size === 0) return undefined;
    this.dictionary = dict;
    return { body: plainStrings([...dict.keys()]), count: dict.size };
  }
  protected dataPage(scratch: Scratch): PageParts {
    const dict = this.dictionary;
    if (dict === undefined) return this.page(scratch, "PLAIN", plainStrings(this.values));
    const indexes = new Int32Array(this.values.length);
    this.values.forEach((v, i) => {
      indexes[i] = dict.get(v) as number;
    });
    const width = Math.max(1, Math.ceil(Math.log2(dict.size)));
    const body = new Scratch();
    body.byte(width);
    writeRleBitPackedHybrid(scratchWriter(body), indexes, width);
    return this.page(scratch, "RLE_DICTIONARY", body.take());
  }
  protected statistics(): Statistics {
    return { null_count: BigInt(this.nulls) };
  }
  protected override reset(): void {
    super.reset();
    this.values = [];
    this.dictionary = undefined;
  }
}

function plainStrings(values: readonly string[]): Uint8Array {
  let bound = 0;
  for (const v of values) bound += 4 + v.length * 3;
  const out = Buffer.allocUnsafe(bound);
  let at = 0;
  for (const v of values) {
    const n = out.write(v, at + 4, "utf8");
    out.writeUInt32LE(n, at);
    at += 4 + n;
  }
  return out.subarray(0, at);
}

/**
 * A LIST of numbers (three-level: optional list, repeated `list`, optional
 * `element`; elements are never null). `ns`: INT64 integers, DELTA_BINARY_PACKED;
 * otherwise DOUBLE, BYTE_STREAM_SPLIT.
 */
export class ListColumn extends ColumnBuffer {
  private lengths: Int32Array;
  private values = new Float64Array(1 << 16);
  private count = 0;
  constructor(
    name: string,
    private readonly ints: boolean,
    capacity: number,
  ) {
    super([name, "list", "element"], ints ? "INT64" : "DOUBLE");
    this.lengths = new Int32Array(capacity);
  }
  /** Bit-packed ns deltas are random bits: Snappy only adds framing and time. */
  protected override codecFor(codec: Codec): Codec {
    return this.ints ? "UNCOMPRESSED" : codec;
  }

  /** `values` null for a null list. For `ints` lists, `stage` the values first. */
  push(values: ArrayLike<number> | null): void {
    if (values === null) {
      this.lengths[this.rows++] = -1;
      return;
    }
    const n = values.length;
    this.lengths[this.rows++] = n;
    if (!this.ints) {
      this.reserve(n);
      for (let i = 0; i < n; i++) this.values[this.count + i] = values[i] as number;
    }
    this.count += n;
  }

  /**
   * `ints` lists: converts ms values to ns behind the buffered ones and says
   * whether each was exactly `ns * 1e-6`; `push` then keeps them.
   */
  stage(values: ArrayLike<number>): boolean {
    const n = values.length;
    this.reserve(n);
    const at = this.count;
    for (let i = 0; i < n; i++) {
      const ns = msToNs(values[i] as number);
      if (ns === undefined) return false;
      this.values[at + i] = ns;
    }
    return true;
  }

  private reserve(n: number): void {
    if (this.count + n <= this.values.length) return;
    const next = new Float64Array(Math.max(this.values.length * 2, this.count + n));
    next.set(this.values.subarray(0, this.count));
    this.values = next;
  }

  protected dataPage(scratch: Scratch): PageParts {
    // Levels: rep 0 starts a row, 1 continues it; def 0 null list, 1 empty, 3 a value.
    const rep = new LevelRuns(scratch);
    let entries = 0;
    let nulls = 0;
    for (let r = 0; r < this.rows; r++) {
      const n = this.lengths[r] as number;
      rep.add(0, 1);
      rep.add(1, Math.max(0, n - 1));
      entries += Math.max(1, n);
      if (n <= 0) nulls++;
    }
    rep.end();
    const repLength = scratch.length;
    const def = new LevelRuns(scratch);
    for (let r = 0; r < this.rows; r++) {
      const n = this.lengths[r] as number;
      if (n < 0) def.add(0, 1);
      else if (n === 0) def.add(1, 1);
      else def.add(3, n);
    }
    def.end();
    const defLength = scratch.length - repLength;
    const levels = scratch.take();
    const values = this.values.subarray(0, this.count);
    let body: Uint8Array;
    if (this.ints) {
      deltaPack(scratch, values);
      body = scratch.take();
    } else body = byteStreamSplit(values);
    this.nulls = nulls;
    return {
      levels,
      repLength,
      defLength,
      body,
      encoding: this.ints ? "DELTA_BINARY_PACKED" : "BYTE_STREAM_SPLIT",
      values: entries,
      nulls,
      rows: this.rows,
    };
  }
  protected statistics(): Statistics {
    const s = doubleStatistics(this.values.subarray(0, this.count), this.nulls);
    if (!this.ints || s.min_value === undefined || s.max_value === undefined) return s;
    return { ...s, min_value: BigInt(s.min_value), max_value: BigInt(s.max_value) };
  }
  protected override reset(): void {
    super.reset();
    this.count = 0;
  }
}

/**
 * The integer ns whose `ns * 1e-6` (AIPerf's ns -> ms) is exactly `ms`, or
 * undefined. Not -0 (it would read back as +0); not beyond 2^51 ns, where the
 * delta arithmetic of `deltaPack` would stop being exact.
 */
export function msToNs(ms: number): number | undefined {
  const ns = Math.round(ms * 1e6);
  return ns * 1e-6 === ms && !Object.is(ms, -0) && Math.abs(ns) <= 2 ** 51 ? ns : undefined;
}

/**
 * DELTA_BINARY_PACKED of integers held in doubles (|v| <= 2^51, so deltas and
 * their zigzag stay exact), without BigInt: blocks of 128, 4 miniblocks of 32.
 */
function deltaPack(out: Scratch, values: Float64Array): void {
  const count = values.length;
  out.varint(128);
  out.varint(4);
  out.varint(count);
  if (count === 0) {
    out.varint(0);
    return;
  }
  const zigzag = (v: number): number => (v >= 0 ? v * 2 : -v * 2 - 1);
  out.varint(zigzag(values[0] as number));
  const deltas = new Float64Array(128);
  for (let index = 1; index < count; index += 128) {
    const size = Math.min(128, count - index);
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < size; i++) {
      const d = (values[index + i] as number) - (values[index + i - 1] as number);
      deltas[i] = d;
      if (d < min) min = d;
    }
    out.varint(zigzag(min));
    const widthsAt = out.length;
    out.reserve(4 + 4 * 8 * 32);
    out.length += 4;
    for (let mb = 0; mb < 4; mb++) {
      const start = mb * 32;
      const end = Math.min(start + 32, size);
      let max = 0;
      for (let i = start; i < end; i++) {
        const a = (deltas[i] as number) - min;
        deltas[i] = a;
        if (a > max) max = a;
      }
      const width = max < 2 ** 32 ? 32 - Math.clz32(max) : 64 - Math.clz32(Math.floor(max / 2 ** 32));
      out.bytes[widthsAt + mb] = width;
      if (width === 0) continue;
      // 32 values (padded with 0) of `width` bits, little-endian bit order: exactly `width` 32-bit words.
      const bytes = out.bytes;
      const base = out.length;
      if (width <= 32) {
        // a < 2^32: `<<` keeps the low bits that fit the word, `>>>` carries the rest into the next.
        let word = 0;
        let used = 0;
        let at = base;
        for (let i = start; i < start + 32; i++) {
          const a = i < end ? (deltas[i] as number) : 0;
          word |= a << used;
          used += width;
          if (used >= 32) {
            bytes[at] = word & 0xff;
            bytes[at + 1] = (word >>> 8) & 0xff;
            bytes[at + 2] = (word >>> 16) & 0xff;
            bytes[at + 3] = word >>> 24;
            at += 4;
            used -= 32;
            word = used > 0 ? a >>> (width - used) : 0;
          }
        }
      } else {
        bytes.fill(0, base, base + width * 4);
        let bit = 0;
        for (let i = start; i < start + 32; i++) {
          const a = i < end ? (deltas[i] as number) : 0;
          const shift = bit & 7;
          let at = base + (bit >> 3);
          // Exact below 2^53. The first byte may hold the previous value's last bits; later ones are fresh.
          bytes[at] = (bytes[at] as number) | ((a % 2 ** (8 - shift)) * 2 ** shift);
          for (let v = Math.floor(a / 2 ** (8 - shift)); v > 0; v = Math.floor(v / 256)) bytes[++at] = v % 256;
          bit += width;
        }
      }
      out.length = base + width * 4;
    }
  }
}

/** A Parquet file of `columns` (leaves in schema order), one `writeRowGroup` per filled group. */
export class ChunkFileWriter {
  private readonly rowGroups: RowGroup[] = [];
  private rows = 0n;
  private readonly scratch = new Scratch();

  /** `magic` false: no PAR1 head (a worker's row groups, appended to a file elsewhere). */
  constructor(
    private readonly sink: ChunkSink,
    private readonly schema: SchemaElement[],
    private readonly columns: readonly ColumnBuffer[],
    private readonly codec: Codec,
    magic = true,
  ) {
    if (magic) sink.appendUint32(0x31524150); // PAR1
  }

  /** Writes the buffered `rows` of every column as a row group and drains it to the sink. */
  async writeRowGroup(rows: number): Promise<void> {
    this.encodeRowGroup(rows);
    await this.sink.flush();
  }

  /** Encodes the buffered `rows` of every column into the sink as a row group (not drained); its metadata. */
  encodeRowGroup(rows: number): RowGroup | undefined {
    if (rows === 0) return undefined;
    const start = this.sink.offset;
    const chunks = this.columns.map((c) => c.writeChunk(this.sink, this.scratch, this.codec));
    let size = 0n;
    for (const c of chunks) size += c.meta_data?.total_uncompressed_size ?? 0n;
    const group: RowGroup = {
      columns: chunks,
      total_byte_size: size,
      num_rows: BigInt(rows),
      file_offset: BigInt(start),
      total_compressed_size: BigInt(this.sink.offset - start),
    };
    this.rowGroups.push(group);
    this.rows += BigInt(rows);
    return group;
  }

  /**
   * Appends a row group encoded elsewhere: `bytes` as they are, its metadata with the offsets (relative to
   * `bytes`) moved to where they land in this file.
   */
  async appendRowGroup(bytes: Uint8Array, group: RowGroup): Promise<void> {
    shiftRowGroup(group, BigInt(this.sink.offset));
    this.sink.appendBytes(bytes);
    this.rowGroups.push(group);
    this.rows += group.num_rows;
    await this.sink.flush();
  }

  /** Footer (schema, row groups, key-value metadata) and the closing magic. */
  async finish(kv: KeyValue[], createdBy: string): Promise<number> {
    const meta: Omit<FileMetaData, "metadata_length"> = {
      version: 2,
      schema: this.schema,
      num_rows: this.rows,
      row_groups: this.rowGroups,
      key_value_metadata: kv,
      created_by: createdBy,
    };
    writeMetadata(this.sink, meta as FileMetaData);
    this.sink.appendUint32(0x31524150);
    await this.sink.flush();
    return this.rowGroups.length;
  }
}

/** Moves every file offset of a row group's metadata by `by` bytes. */
export function shiftRowGroup(group: RowGroup, by: bigint): void {
  if (group.file_offset !== undefined) group.file_offset += by;
  for (const chunk of group.columns) {
    chunk.file_offset += by;
    const meta = chunk.meta_data;
    if (meta === undefined) continue;
    meta.data_page_offset += by;
    if (meta.dictionary_page_offset !== undefined) meta.dictionary_page_offset += by;
  }
}
