// Synchronous whole-file read (AIPerf's sync example mode). Same line handling
// as the streaming reader; gzip input is inflated and split in bounded steps.
import { closeSync, openSync, readSync } from "node:fs";
import { AiperfError, CorruptGzipError } from "../errors.js";
import type { ParsedRecord, ReadReport } from "../model.js";
import { resolveArtifactsSync } from "./artifacts.js";
import { GunzipSync } from "./gunzip-sync.js";
import { LineReader } from "./line-reader.js";
import { resolveMaxLineBytes } from "./line-splitter.js";
import type { ReadOptions } from "./read-records.js";
import { CHUNK_SIZE, isGzipMagic, toReadError } from "./source-chunks.js";

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

function isLineError(e: unknown): boolean {
  return (
    e instanceof AiperfError &&
    (e.kind === "syntax" || e.kind === "validation" || e.kind === "truncated" || e.kind === "wrong-file-kind")
  );
}

/** Inflates the rest of the gzip input, dropping it: the container's damage, if any. */
function gzipDamage(gunzip: GunzipSync, fd: number, buf: Buffer, file: string): CorruptGzipError | undefined {
  try {
    gunzip.discard();
    for (let n = readChunk(fd, buf); n > 0; n = readChunk(fd, buf)) gunzip.push(buf.subarray(0, n));
  } catch (e) {
    return e instanceof CorruptGzipError ? e : undefined;
  }
  return gunzip.cutOff ? new CorruptGzipError(file, "gzip data ends early: the .gz file is cut off") : undefined;
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
  let gunzip: GunzipSync | undefined;
  const buf = Buffer.allocUnsafe(CHUNK_SIZE);
  try {
    fd = stdin ? 0 : openSync(file, "r");
    let n = readChunk(fd, buf);
    let cutOff = false;
    if (n > 0 && (file.endsWith(".gz") || isGzipMagic(buf.subarray(0, n)))) {
      // Split as inflated, 64 KiB at a time: a bomb without newlines stops at the line limit (issue 9, class 3).
      reader.report.gzip = true;
      gunzip = new GunzipSync(file, (chunk) => {
        reader.feed(chunk);
        drain(reader, records);
      });
      while (n > 0) {
        reader.report.bytesRead += n;
        gunzip.push(buf.subarray(0, n));
        n = readChunk(fd, buf);
      }
      cutOff = gunzip.cutOff;
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
    let err = toReadError(e, file, undefined);
    if (err instanceof AiperfError) err.report ??= reader.finish();
    // A bad line in a gzip stream may be the damage itself: the gzip error wins (as in read-records.ts).
    if (gunzip !== undefined && fd !== undefined && isLineError(err)) {
      const damage = gzipDamage(gunzip, fd, buf, file);
      if (damage !== undefined) {
        const report = (err as AiperfError).report;
        if (report !== undefined) damage.report = report;
        err = damage;
      }
    }
    throw err;
  } finally {
    if (fd !== undefined && !stdin) closeSync(fd);
  }
}
