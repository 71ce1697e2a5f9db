// Byte chunks of a record source: a file (1 MiB reads), stdin or a caller's
// stream; gzip is recognised by extension or magic bytes and inflated on the
// fly. Counts the bytes consumed from the source for progress and the report.
import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { AiperfError, CorruptGzipError, SourceNotFoundError, SourceReadError } from "../errors.js";

export const CHUNK_SIZE = 1 << 20;

export type ByteSource =
  | { kind: "path"; path: string }
  | { kind: "stream"; stream: NodeJS.ReadableStream; name: string }
  /** Bytes [start, end) of a plain (not gzip) file: one worker's share. */
  | { kind: "range"; path: string; start: number; end: number };

export interface ChunkOptions {
  signal?: AbortSignal | undefined;
  onBytes: (bytesRead: number, totalBytes: number | undefined) => void;
  onGzip: () => void;
  /** The gzip stream ended early: the decompressed data so far has been yielded. */
  onCutOff: () => void;
}

export function isGzipMagic(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

function toBuffer(c: unknown): Buffer {
  return Buffer.isBuffer(c) ? c : typeof c === "string" ? Buffer.from(c, "utf8") : Buffer.from(c as Uint8Array);
}

/** Map a low-level failure to the typed errors; abort reasons pass through unchanged. */
export function toReadError(e: unknown, file: string, signal: AbortSignal | undefined): unknown {
  if (e instanceof AiperfError) return e;
  if (signal?.aborted && e === signal.reason) return e;
  const err = e as NodeJS.ErrnoException;
  if (err?.code === "ENOENT") return new SourceNotFoundError(file);
  if (typeof err?.code === "string" && err.code.startsWith("Z_"))
    return new CorruptGzipError(file, `corrupt gzip data: ${err.message}`, { cause: e });
  return new SourceReadError(file, `read failed: ${err?.message ?? String(e)}`, { cause: e });
}

async function* counted(
  raw: AsyncIterable<unknown>,
  opts: ChunkOptions,
  total: number | undefined,
): AsyncGenerator<Buffer> {
  let read = 0;
  for await (const c of raw) {
    const buf = toBuffer(c);
    read += buf.length;
    opts.onBytes(read, total);
    yield buf;
  }
}

async function* inflate(first: Buffer, rest: AsyncIterator<Buffer>, opts: ChunkOptions): AsyncGenerator<Buffer> {
  async function* all(): AsyncGenerator<Buffer> {
    yield first;
    for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
  }
  const input = Readable.from(all());
  const gunzip = createGunzip({ chunkSize: 1 << 16 });
  input.on("error", (e) => gunzip.destroy(e));
  input.pipe(gunzip);
  try {
    for await (const c of gunzip) yield c as Buffer;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "Z_BUF_ERROR") throw e;
    opts.onCutOff();
  } finally {
    input.destroy();
  }
}

export async function* sourceChunks(source: ByteSource, opts: ChunkOptions): AsyncGenerator<Buffer> {
  const { signal } = opts;
  signal?.throwIfAborted();
  let raw: NodeJS.ReadableStream;
  let total: number | undefined;
  let gzipByName = false;
  if (source.kind === "path") {
    total = statSync(source.path).size;
    gzipByName = source.path.endsWith(".gz");
    raw = createReadStream(source.path, { highWaterMark: CHUNK_SIZE });
  } else if (source.kind === "range") {
    total = source.end - source.start;
    if (total === 0) return;
    raw = createReadStream(source.path, { highWaterMark: CHUNK_SIZE, start: source.start, end: source.end - 1 });
  } else {
    raw = source.stream;
  }
  const onAbort = (): void => {
    (raw as Readable).destroy?.(signal?.reason as Error);
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  const it = counted(raw, opts, total);
  try {
    // Enough bytes to see the gzip magic (stdin may deliver tiny first chunks).
    let head: Buffer = Buffer.alloc(0);
    while (head.length < 2) {
      const r = await it.next();
      if (r.done) break;
      head = head.length === 0 ? r.value : Buffer.concat([head, r.value]);
    }
    if (head.length === 0) return;
    if (source.kind !== "range" && (gzipByName || isGzipMagic(head))) {
      opts.onGzip();
      yield* inflate(head, it, opts);
      return;
    }
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    // Not awaited: a gunzip pump may still hold a pending read on it.
    it.return(undefined).catch(() => undefined);
    if (source.kind !== "stream") (raw as Readable).destroy();
  }
}
