// Synchronous gzip inflation in bounded steps (loadRecordsSync): node:zlib has
// no synchronous streaming API, so pako's port of zlib is driven directly. Same
// members, padding and error messages as node's gunzip stream (issue 9, class 3).
import {
  ZStream,
  Z_BUF_ERROR,
  Z_NO_FLUSH,
  Z_OK,
  Z_STREAM_END,
  zlibInflate,
  zlibInflateInit2,
  zlibInflateReset,
} from "pako";
import { CorruptGzipError } from "../errors.js";

/** Inflated bytes per step: what the caller is handed at a time. */
const OUT = 1 << 16;

export class GunzipSync {
  private readonly strm = new ZStream();
  /** The current member ended (zlib's Z_STREAM_END); more bytes start a new member or are padding. */
  private memberEnded = false;
  private padding = false;

  constructor(
    private readonly file: string,
    private onData: (chunk: Buffer) => void,
  ) {
    zlibInflateInit2(this.strm, 16 + 15); // gzip wrapper, 32 KiB window
  }

  /** Inflates `input`, handing the output to onData in pieces of at most 64 KiB. */
  push(input: Uint8Array): void {
    const s = this.strm;
    s.input = input;
    s.next_in = 0;
    s.avail_in = input.length;
    this.run();
  }

  /** After onData threw: from now on the output is dropped, and the rest of the last input inflated. */
  discard(): void {
    this.onData = () => undefined;
    this.run();
  }

  private run(): void {
    const s = this.strm;
    while (s.avail_in > 0 && !this.padding) {
      if (this.memberEnded) {
        // As node's zlib: a NUL after a member is padding (ignored); anything else is the next member.
        if (s.input[s.next_in] === 0) {
          this.padding = true;
          return;
        }
        zlibInflateReset(s);
        this.memberEnded = false;
      }
      s.output = new Uint8Array(OUT);
      s.next_out = 0;
      s.avail_out = OUT;
      const status = zlibInflate(s, Z_NO_FLUSH);
      if (status === Z_STREAM_END) this.memberEnded = true;
      else if (status !== Z_OK && status !== Z_BUF_ERROR)
        throw new CorruptGzipError(this.file, `corrupt gzip data: ${s.msg}`);
      if (s.next_out > 0) this.onData(Buffer.from(s.output.buffer, 0, s.next_out));
      if (status === Z_BUF_ERROR && s.avail_out > 0) return;
    }
  }

  /** True when the input ended inside a member (a truncated file): what it held has been handed over. */
  get cutOff(): boolean {
    return !this.memberEnded && !this.padding;
  }
}
