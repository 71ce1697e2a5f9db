// Synchronous whole-file read (AIPerf's sync example mode). Same line handling
// as the streaming reader; gzip input is inflated in one piece.
import { closeSync, openSync, readSync } from "node:fs";
import { AiperfError } from "../errors.js";
import type { ParsedRecord, ReadReport } from "../model.js";
import { resolveArtifactsSync } from "./artifacts.js";
import { LineReader } from "./line-reader.js";
import { resolveMaxLineBytes } from "./line-splitter.js";
import type { ReadOptions } from "./read-records.js";
import { CHUNK_SIZE, gunzipWhole, isGzipMagic, toReadError } from "./source-chunks.js";

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** readSync that waits out EAGAIN (stdin can be a non-blocking pipe). */
function readChunk(fd: number, buf: Buffer): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
      Atomics.wait(PAUSE, 0, 0, 5);
    }
  }
}

function readAll(fd: number, first: Buffer, firstLength: number): Buffer {
  const parts = [first.subarray(0, firstLength)];
  for (;;) {
    const buf = Buffer.allocUnsafe(CHUNK_SIZE);
    const n = readChunk(fd, buf);
    if (n === 0) return Buffer.concat(parts);
    parts.push(buf.subarray(0, n));
  }
}

function drain(reader: LineReader, out: ParsedRecord[]): void {
  for (let r = reader.take(); r !== undefined; r = reader.take()) out.push(r);
}

/** Read every record of a file, artifacts directory or "-" (stdin) synchronously. */
export function loadRecordsSync(
  path: string,
  options: Omit<ReadOptions, "signal" | "onProgress"> = {},
): { records: ParsedRecord[]; report: ReadReport } {
  const stdin = path === "-";
  const file = stdin ? "<stdin>" : resolveArtifactsSync(path).records;
  const limit = resolveMaxLineBytes(options.maxLineBytes);
  const reader = new LineReader(file, options.mode ?? "strict", options.validate ?? true, false, limit);
  const records: ParsedRecord[] = [];
  let fd: number | undefined;
  try {
    fd = stdin ? 0 : openSync(file, "r");
    const buf = Buffer.allocUnsafe(CHUNK_SIZE);
    let n = readChunk(fd, buf);
    let cutOff = false;
    if (file.endsWith(".gz") || isGzipMagic(buf.subarray(0, n))) {
      const compressed = readAll(fd, buf, n);
      reader.report.gzip = true;
      reader.report.bytesRead = compressed.length;
      const inflated = gunzipWhole(compressed);
      cutOff = inflated.cutOff;
      reader.feed(inflated.data);
    } else {
      while (n > 0) {
        reader.report.bytesRead += n;
        reader.feed(buf.subarray(0, n));
        drain(reader, records);
        n = readChunk(fd, buf);
      }
    }
    reader.end(cutOff);
    drain(reader, records);
    return { records, report: reader.finish() };
  } catch (e) {
    const err = toReadError(e, file, undefined);
    if (err instanceof AiperfError) err.report ??= reader.finish();
    throw err;
  } finally {
    if (fd !== undefined && !stdin) closeSync(fd);
  }
}
