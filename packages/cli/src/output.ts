// Output files: atomic (@aiperf/core/fs writeFileAtomic: temp file, fsync,
// then link or rename) and never clobbering an existing file without --force.
import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { OutputExistsError, writeFileAtomic } from "@aiperf/core/fs";
import type { StreamProducer } from "@aiperf/core/fs";
import { CliError } from "./errors.js";
import { ExitCode } from "./exit-codes.js";

export interface OutputOptions {
  force: boolean;
}

function existsError(path: string): CliError {
  return new CliError(ExitCode.outputExists, `${path}: file exists`, "pass --force to overwrite it");
}

/** Fails early, before any work, when an output would be refused. */
export async function assertWritable(path: string, { force }: OutputOptions): Promise<void> {
  if (force) return;
  const exists = await stat(path).then(
    () => true,
    (err: NodeJS.ErrnoException) => (err.code === "ENOENT" ? false : Promise.reject(err)),
  );
  if (exists) throw existsError(path);
}

async function atomically(path: string, content: string | Uint8Array | StreamProducer, force: boolean): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFileAtomic(path, content, { overwrite: force });
  } catch (err) {
    // The file may have appeared after assertWritable: same message either way.
    throw err instanceof OutputExistsError ? existsError(path) : err;
  }
}

/** Writes `data` to `path` atomically, creating missing folders. */
export function writeOutputFile(path: string, data: string | Uint8Array, { force }: OutputOptions): Promise<void> {
  return atomically(path, data, force);
}

/** Like writeOutputFile, for content produced onto a stream (large CSVs). */
export function writeOutputStream(path: string, produce: StreamProducer, { force }: OutputOptions): Promise<void> {
  return atomically(path, produce, force);
}
