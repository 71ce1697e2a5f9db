// Output files: atomic (temp file + rename, so a crash never leaves half a
// file) and never clobbering an existing file unless --force is given.
import { randomBytes } from "node:crypto";
import { link, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
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

/**
 * Writes `data` to `path` atomically. Without force the final step is link(2),
 * which fails if `path` appeared in the meantime; with force it is rename(2).
 */
export async function writeOutputFile(path: string, data: string | Uint8Array, { force }: OutputOptions): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, data, { flag: "wx" });
    if (force) {
      await rename(tmp, path);
      return;
    }
    await link(tmp, path).catch((err: NodeJS.ErrnoException) => Promise.reject(err.code === "EEXIST" ? existsError(path) : err));
  } finally {
    await rm(tmp, { force: true });
  }
}
