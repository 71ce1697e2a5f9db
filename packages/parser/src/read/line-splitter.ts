// Splits a byte stream into lines on 0x0A, without readline (which is slow):
// one native indexOf per line, one UTF-8 decode per line, and a copy only for the
// single line that spans two chunks. The \r of CRLF endings is dropped; a BOM
// survives decoding as U+FEFF and is the reader's business.
//
// A line longer than `maxLineBytes` is never held: the splitter stops at it
// (`overflow`), so a source without newlines (/dev/zero, a gzip bomb) costs at
// most the limit plus one chunk of memory, and V8's string length limit
// (~2^29 UTF-16 units) cannot be reached.

import { UsageError } from "../errors.js";

const LF = 0x0a;
const CR = 0x0d;

/** Default line limit of the readers: 256 MiB. */
export const DEFAULT_MAX_LINE_BYTES = 256 * 1024 * 1024;
/** Largest allowed limit: a longer line could not become one JS string (V8's 0x1fffffe8). */
export const MAX_LINE_BYTES_CAP = 0x1fffffe8;

/** The reader's line limit: the default, or the caller's whole number within [1, MAX_LINE_BYTES_CAP]. */
export function resolveMaxLineBytes(value: number | undefined): number {
  if (value === undefined) return DEFAULT_MAX_LINE_BYTES;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_LINE_BYTES_CAP)
    throw new UsageError(`maxLineBytes must be a whole number from 1 to ${MAX_LINE_BYTES_CAP}, got ${String(value)}`);
  return value;
}

function decodeLine(buf: Buffer, start: number, end: number): string {
  if (end > start && buf[end - 1] === CR) end--;
  return buf.toString("utf8", start, end);
}

export class LineSplitter {
  /** Bytes of the line that is not finished yet (from earlier chunks). */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Set once a line exceeded the limit: its index among the lines pushed so far (0-based). */
  private overflowAt: number | undefined;
  private lines = 0;

  constructor(private readonly maxLineBytes = DEFAULT_MAX_LINE_BYTES) {}

  /**
   * The 0-based index (lines pushed before it) of the first line longer than the limit,
   * or undefined. Once set, push() ignores further input.
   */
  get overflow(): number | undefined {
    return this.overflowAt;
  }

  /** Append the complete lines of `chunk` to `out`. */
  push(chunk: Buffer, out: string[]): void {
    if (this.overflowAt !== undefined) return;
    let pos = 0;
    let nl = chunk.indexOf(LF, pos);
    if (nl < 0) {
      this.keep(chunk.subarray(pos));
      return;
    }
    if (this.pendingBytes > 0) {
      if (this.tooLong(this.pendingBytes + nl - pos)) return;
      this.pending.push(chunk.subarray(pos, nl));
      const joined = Buffer.concat(this.pending, this.pendingBytes + nl - pos);
      out.push(decodeLine(joined, 0, joined.length));
      this.lines++;
      this.pending = [];
      this.pendingBytes = 0;
      pos = nl + 1;
      nl = chunk.indexOf(LF, pos);
    }
    while (nl >= 0) {
      if (this.tooLong(nl - pos)) return;
      out.push(decodeLine(chunk, pos, nl));
      this.lines++;
      pos = nl + 1;
      nl = chunk.indexOf(LF, pos);
    }
    if (pos < chunk.length) this.keep(chunk.subarray(pos));
  }

  /** The last line when the input does not end with a newline, else undefined. */
  end(): string | undefined {
    if (this.pendingBytes === 0 || this.overflowAt !== undefined) return undefined;
    const joined = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return decodeLine(joined, 0, joined.length);
  }

  /** Marks the overflow (and drops the partial line) when a line of `bytes` exceeds the limit. */
  private tooLong(bytes: number): boolean {
    if (bytes <= this.maxLineBytes) return false;
    this.overflowAt = this.lines;
    this.pending = [];
    this.pendingBytes = 0;
    return true;
  }

  private keep(part: Buffer): void {
    if (part.length === 0 || this.tooLong(this.pendingBytes + part.length)) return;
    // Copy: the caller may reuse the chunk's memory (fs.readSync into one buffer).
    this.pending.push(Buffer.from(part));
    this.pendingBytes += part.length;
  }
}
