// Output files: atomic (@aiperf/core/fs writeFileAtomic: temp file, fsync,
// then link or rename) and never clobbering an existing file without --force.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { lstat, mkdir, realpath, stat, writeFile } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { dirname, join, resolve } from "node:path";
import { OutputExistsError, writeFileAtomic, writeFilesAtomic } from "@aiperf/core/fs";
import type { StreamProducer } from "@aiperf/core/fs";
import { CliError, usageError } from "./errors.js";
import { ExitCode } from "./exit-codes.js";

export interface OutputOptions {
  force: boolean;
}

function existsError(path: string): CliError {
  return new CliError(ExitCode.outputExists, `${path}: file exists`, "pass --force to overwrite it");
}

/** The path of an output option, resolved; an empty one is a usage error (it would name the cwd). */
export function outputPath(cwd: string, value: string, option: string): string {
  if (value.trim() === "") throw usageError(`${option} needs a path, got an empty one`);
  return resolve(cwd, value);
}

/** `--out DIR` must be a directory or not exist yet (it is created). */
export async function assertOutputDir(dir: string): Promise<void> {
  const st = await stat(dir).catch((err: NodeJS.ErrnoException) =>
    err.code === "ENOENT" ? undefined : Promise.reject(err),
  );
  if (st !== undefined && !st.isDirectory())
    throw new CliError(
      ExitCode.usage,
      `${dir}: not a directory`,
      "--out takes a directory: the summary files go into it",
    );
}

type TargetKind = "none" | "file" | "directory" | "special" | "symlink";

/** What the output path names now; devices, FIFOs and sockets are "special" (written through). */
async function targetKind(path: string): Promise<TargetKind> {
  const st = await lstat(path).catch((err: NodeJS.ErrnoException) =>
    err.code === "ENOENT" ? undefined : Promise.reject(err),
  );
  if (st === undefined) return "none";
  if (st.isSymbolicLink()) return "symlink";
  if (st.isDirectory()) return "directory";
  if (st.isFile()) return "file";
  return "special";
}

/**
 * Fails early, before any work, when an output would be refused: an existing file without
 * --force, a symbolic link without --force (with it, the file it points to is written), a
 * directory. A device or FIFO (/dev/null, a named pipe) is written through, never replaced.
 */
export async function assertWritable(path: string, { force }: OutputOptions): Promise<void> {
  const kind = await targetKind(path);
  if (kind === "directory") throw new CliError(ExitCode.usage, `${path}: is a directory`, "name a file to write");
  if (kind === "symlink" && !force)
    throw new CliError(
      ExitCode.outputExists,
      `${path}: is a symbolic link`,
      "pass --force to write to the file it points to",
    );
  if (kind === "file" && !force) throw existsError(path);
}

async function writeThrough(path: string, content: string | Uint8Array | StreamProducer): Promise<void> {
  if (typeof content !== "function") {
    await writeFile(path, content);
    return;
  }
  const stream = createWriteStream(path, { flags: "w" });
  stream.on("error", () => undefined);
  const closed = new Promise<void>((r) => stream.once("close", () => r()));
  try {
    await once(stream, "open");
    await content(stream);
    if (!stream.writableEnded) stream.end();
    await finished(stream);
  } catch (err) {
    stream.destroy();
    throw err;
  } finally {
    await closed;
  }
}

/**
 * mkdir -p, one level at a time, bounded by the path's depth: Node's recursive mkdir retries
 * forever where a directory cannot be created but its parent exists (/proc). Failures are exit 5.
 */
async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    const st = await stat(d).catch((err: NodeJS.ErrnoException) =>
      err.code === "ENOENT" ? undefined : Promise.reject(err),
    );
    if (st !== undefined) {
      if (!st.isDirectory()) throw new CliError(ExitCode.usage, `${d}: not a directory`);
      break;
    }
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((err: NodeJS.ErrnoException) => {
      if (err.code === "EEXIST") return;
      throw new CliError(
        ExitCode.io,
        `${d}: cannot create the directory: ${err.message.replace(/^\w+: /, "").replace(/, mkdir .*$/, "")} (${err.code ?? "unknown"})`,
      );
    });
  }
}

/** Where a write to `path` goes: the file a symbolic link points to (with --force), and what it is now. */
async function resolveTarget(path: string, force: boolean): Promise<{ target: string; kind: TargetKind }> {
  const kind = await targetKind(path);
  if (kind !== "symlink") return { target: path, kind };
  if (!force)
    throw new CliError(
      ExitCode.outputExists,
      `${path}: is a symbolic link`,
      "pass --force to write to the file it points to",
    );
  // Replacing the link itself would surprise: the file it points to is written (atomically).
  const target = await realpath(path).catch((err: NodeJS.ErrnoException) =>
    err.code === "ENOENT"
      ? Promise.reject(new CliError(ExitCode.io, `${path}: is a dangling symbolic link`))
      : Promise.reject(err),
  );
  return { target, kind: await targetKind(target) };
}

async function atomically(path: string, content: string | Uint8Array | StreamProducer, force: boolean): Promise<void> {
  const { target, kind } = await resolveTarget(path, force);
  if (kind === "special") return writeThrough(target, content);
  if (kind === "directory") throw new CliError(ExitCode.usage, `${target}: is a directory`, "name a file to write");
  await makeDirectory(dirname(target));
  try {
    await writeFileAtomic(target, content, { overwrite: force });
  } catch (err) {
    // The file may have appeared after assertWritable: same message either way.
    throw err instanceof OutputExistsError ? existsError(target) : err;
  }
}

/** The lock under which `--out DIR`'s files are moved into place (see writeOutputFiles). */
const OUT_LOCK_FILE = ".aiperf-out.lock";

/**
 * Writes files that belong together (the summary pair) into `dir`: all temp files first, then
 * every move under the lock `dir/.aiperf-out.lock`, so concurrent runs into one directory leave
 * the whole set of one run, never the JSON of one and the CSV of another. Devices and FIFOs are
 * written through, outside the set.
 */
export async function writeOutputFiles(
  dir: string,
  files: readonly { path: string; content: string | Uint8Array }[],
  { force }: OutputOptions,
): Promise<void> {
  const regular: { path: string; content: string | Uint8Array }[] = [];
  for (const { path, content } of files) {
    const { target, kind } = await resolveTarget(path, force);
    if (kind === "special") await writeThrough(target, content);
    else if (kind === "directory")
      throw new CliError(ExitCode.usage, `${target}: is a directory`, "name a file to write");
    else regular.push({ path: target, content });
  }
  await makeDirectory(dir);
  for (const { path } of regular) await makeDirectory(dirname(path));
  try {
    await writeFilesAtomic(regular, { overwrite: force, lock: join(dir, OUT_LOCK_FILE) });
  } catch (err) {
    throw err instanceof OutputExistsError ? existsError(err.location.file) : err;
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
