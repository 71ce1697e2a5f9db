// Splits a byte stream into lines on 0x0A, without readline (which is slow):
// one native indexOf per line, one UTF-8 decode per line, and a copy only for the
// single line that spans two chunks. The \r of CRLF endings is dropped; a BOM
// survives decoding as U+FEFF and is the reader's business.

const LF = 0x0a;
const CR = 0x0d;

function decodeLine(buf: Buffer, start: number, end: number): string {
  if (end > start && buf[end - 1] === CR) end--;
  return buf.toString("utf8", start, end);
}

export class LineSplitter {
  /** Bytes of the line that is not finished yet (from earlier chunks). */
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  /** Append the complete lines of `chunk` to `out`. */
  push(chunk: Buffer, out: string[]): void {
    let pos = 0;
    let nl = chunk.indexOf(LF, pos);
    if (nl < 0) {
      this.keep(chunk.subarray(pos));
      return;
    }
    if (this.pendingBytes > 0) {
      this.pending.push(chunk.subarray(pos, nl));
      const joined = Buffer.concat(this.pending, this.pendingBytes + nl - pos);
      out.push(decodeLine(joined, 0, joined.length));
      this.pending = [];
      this.pendingBytes = 0;
      pos = nl + 1;
      nl = chunk.indexOf(LF, pos);
    }
    while (nl >= 0) {
      out.push(decodeLine(chunk, pos, nl));
      pos = nl + 1;
      nl = chunk.indexOf(LF, pos);
    }
    if (pos < chunk.length) this.keep(chunk.subarray(pos));
  }

  /** The last line when the input does not end with a newline, else undefined. */
  end(): string | undefined {
    if (this.pendingBytes === 0) return undefined;
    const joined = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return decodeLine(joined, 0, joined.length);
  }

  private keep(part: Buffer): void {
    if (part.length === 0) return;
    // Copy: the caller may reuse the chunk's memory (fs.readSync into one buffer).
    this.pending.push(Buffer.from(part));
    this.pendingBytes += part.length;
  }
}
