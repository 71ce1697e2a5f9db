// Atomic file output: readers see the old file or the complete new one, never a
// partial write, and an existing file is replaced only when asked to.
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createWriteStream, unlinkSync } from "node:fs";
import { link, lstat, open, readFile, rename, stat, unlink } from "node:fs/promises";
import type { FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { finished } from "node:stream/promises";

/**
 * A write failed. Shaped like @aiperf/parser's AiperfError of kind "io" (kind, location.file,
 * hint, format()), which core cannot import: the CLI's error boundary recognises both by shape.
 */
export class FileWriteError extends Error {
  readonly kind = "io" as const;
  readonly location: { file: string };
  /** One line that tells the user what to do. */
  readonly hint: string | undefined;

  constructor(file: string, message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.location = { file };
    this.hint = hint;
  }

  /** `file: message`, the line the CLI prints. */
  format(): string {
    return `${this.location.file}: ${this.message}`;
  }
}

/** The output exists and `overwrite` was not set. */
export class OutputExistsError extends FileWriteError {
  constructor(file: string) {
    super(file, "output file already exists", "choose another path or allow overwriting (--force)");
  }
}

/**
 * Temp files being written, by path, so that a process ending on a signal (or exiting early)
 * can remove them synchronously. Kept under a global symbol so that every copy of this module
 * and a CLI entry that does not load it (the key is part of the contract) see one registry.
 */
export const PENDING_TEMP_FILES_KEY = "aiperf.pendingTempFiles";

function pendingTempFiles(): Set<string> {
  const g = globalThis as Record<symbol, Set<string> | undefined>;
  const key = Symbol.for(PENDING_TEMP_FILES_KEY);
  let set = g[key];
  if (set === undefined) {
    set = new Set();
    g[key] = set;
  }
  return set;
}

/**
 * Removes every temp file still being written (synchronously: callable from a signal or
 * 'exit' handler). The targets are untouched: they hold the old file or none.
 */
export function removePendingTempFiles(): void {
  const pending = pendingTempFiles();
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone (moved into place or removed): nothing to clean.
    }
    pending.delete(tmp);
  }
}

/** An error that already says what went wrong (an AiperfError of any kind, or ours): passed through unwrapped. */
function isTypedError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const { kind, format } = e as Partial<Record<"kind" | "format", unknown>>;
  return typeof kind === "string" && typeof format === "function";
}

export interface WriteFileAtomicOptions {
  /** Replace an existing file (default false: throw OutputExistsError). */
  overwrite?: boolean;
  /** Permission bits of a newly created file (default 0o666 minus umask). */
  mode?: number;
}

/** Writes the content to a stream; resolve when done (ending the stream is optional). */
export type StreamProducer = (stream: NodeJS.WritableStream) => Promise<unknown>;

/**
 * Writes `data` (or whatever `producer` writes to the stream it is given) to
 * a temp file in the target's directory, fsyncs it, then moves it into place.
 * Without `overwrite`, the move is a hard link that fails if the target exists,
 * so a file created meanwhile is not clobbered either (falling back to
 * check-then-rename on file systems without hard links). On any failure the
 * temp file is removed and the target is untouched; a typed error from the
 * producer (e.g. a record that fails validation) is rethrown as is, any other
 * failure becomes a FileWriteError with the path.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array | StreamProducer,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  const tmp = tempPath(path);
  // Registered before it exists, so no moment leaves it unlisted.
  const pending = pendingTempFiles();
  pending.add(tmp);
  try {
    await writeTemp(tmp, content, options.mode ?? 0o666);
    await moveIntoPlace(tmp, path, options.overwrite ?? false);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    if (isTypedError(error)) throw error;
    throw new FileWriteError(path, `cannot write output: ${(error as Error).message}`, undefined, { cause: error });
  } finally {
    pending.delete(tmp);
  }
}

function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}

async function writeTemp(tmp: string, content: string | Uint8Array | StreamProducer, mode: number): Promise<void> {
  if (typeof content !== "function") {
    const handle = await open(tmp, "wx", mode);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return;
  }
  // `flush` fsyncs before the stream closes its descriptor.
  const stream = createWriteStream(tmp, { flags: "wx", mode, flush: true });
  // Failing to open (a read-only dir, /proc) rejects here instead of an unhandled 'error' event;
  // later errors are kept for finished() below, which rejects with them.
  stream.on("error", () => undefined);
  // Listened for from the start: after a failed open, 'close' comes before any later await.
  const closed = new Promise<void>((resolve) => stream.once("close", () => resolve()));
  try {
    await once(stream, "open");
    await content(stream);
    if (!stream.writableEnded) stream.end();
    await finished(stream);
  } catch (error) {
    stream.destroy();
    throw error;
  } finally {
    // Wait for the descriptor to close (also after destroy), so the temp file can be removed.
    await closed;
  }
}

async function moveIntoPlace(tmp: string, path: string, overwrite: boolean): Promise<void> {
  if (overwrite) {
    await rename(tmp, path);
    return;
  }
  try {
    await link(tmp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new OutputExistsError(path);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV") throw error;
    // No hard links here: best effort (a file created between check and rename is replaced).
    if (await exists(path)) throw new OutputExistsError(path);
    await rename(tmp, path);
    return;
  }
  await unlink(tmp);
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}

/** One file of a set written by writeFilesAtomic. */
export interface AtomicFile {
  path: string;
  content: string | Uint8Array | StreamProducer;
}

export interface WriteFilesAtomicOptions extends WriteFileAtomicOptions {
  /**
   * The lock file (created exclusively, holding the owner's pid) under which the files are moved
   * into place: writers of the same set that use the same lock never interleave their moves.
   */
  lock: string;
  /** Give up waiting for the lock after this many ms (default 60 s). */
  lockTimeoutMs?: number;
  /** A lock older than this (ms, default 30 s) is stale even if its owner's pid is alive (pid reuse). */
  staleMs?: number;
  /**
   * Called (and awaited) as the lock is found stale, found held, taken and about to be released: lets
   * a test force an interleaving of writers.
   * @internal
   */
  onLockEvent?: (event: LockEvent) => void | Promise<void>;
}

/** @internal */
export type LockEvent = "stale" | "waiting" | "locked" | "releasing";

/**
 * Writes a set of files that belong together (AIPerf's JSON and CSV summary): every temp file is
 * written first, then, under an exclusive lock, every one is moved into place. Concurrent writers
 * using the same lock leave the complete set of one of them, never a mix. Without `overwrite`, an
 * existing target is detected under the lock before anything is moved (OutputExistsError, nothing
 * written). A lock left by a dead process (its pid is gone) or older than `staleMs` is broken.
 */
export async function writeFilesAtomic(files: readonly AtomicFile[], options: WriteFilesAtomicOptions): Promise<void> {
  const overwrite = options.overwrite ?? false;
  const pending = pendingTempFiles();
  const temps = files.map((f) => tempPath(f.path));
  for (const tmp of temps) pending.add(tmp);
  let current = files[0]?.path ?? options.lock;
  let locked = false;
  const moved: string[] = [];
  try {
    for (const [i, file] of files.entries()) {
      current = file.path;
      await writeTemp(temps[i] as string, file.content, options.mode ?? 0o666);
    }
    current = options.lock;
    await acquireLock(options.lock, options.lockTimeoutMs ?? 60_000, options.staleMs ?? 30_000, options.onLockEvent);
    locked = true;
    await options.onLockEvent?.("locked");
    if (!overwrite) for (const file of files) if (await exists(file.path)) throw new OutputExistsError(file.path);
    for (const [i, file] of files.entries()) {
      current = file.path;
      await moveIntoPlace(temps[i] as string, file.path, overwrite);
      moved.push(file.path);
    }
  } catch (error) {
    // A new file that appeared anyway (created by a writer not using the lock): undo ours, all or none.
    if (!overwrite) for (const path of moved) await unlink(path).catch(() => undefined);
    for (const tmp of temps) await unlink(tmp).catch(() => undefined);
    if (isTypedError(error)) throw error;
    throw new FileWriteError(current, `cannot write output: ${(error as Error).message}`, undefined, { cause: error });
  } finally {
    if (locked) {
      await options.onLockEvent?.("releasing");
      await releaseLock(options.lock);
    }
    for (const tmp of temps) pending.delete(tmp);
  }
}

async function acquireLock(
  lock: string,
  timeoutMs: number,
  staleMs: number,
  onEvent: WriteFilesAtomicOptions["onLockEvent"],
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 2; ; delay = Math.min(delay * 2, 50)) {
    try {
      const handle = await open(lock, "wx");
      // Listed like a temp file once it is ours (never while waiting: that one is another
      // writer's): a signal or an early exit removes it synchronously.
      pendingTempFiles().add(lock);
      try {
        await handle.writeFile(`${process.pid}\n`);
      } catch (error) {
        await handle.close().catch(() => undefined);
        await releaseLock(lock);
        throw error;
      }
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (await isStale(lock, staleMs)) {
      await onEvent?.("stale");
      await breakStale(lock, staleMs);
      continue;
    }
    await onEvent?.("waiting");
    if (Date.now() > deadline)
      throw new FileWriteError(
        lock,
        "another writer holds the lock",
        "remove the lock file if no other run is writing",
      );
    await new Promise((resolve) => setTimeout(resolve, delay + Math.random() * delay));
  }
}

/**
 * Removes a stale lock. Breakers take a guard file `LOCK.break` first and check again under it: two
 * writers that both saw the dead owner's lock cannot both remove it, the second finding the first's
 * new, live lock instead (issue 9, class 12). A guard left by a breaker that died is broken likewise.
 */
async function breakStale(lock: string, staleMs: number): Promise<void> {
  const guard = `${lock}.break`;
  let handle: FileHandle;
  try {
    handle = await open(guard, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    if (await isStale(guard, staleMs)) await unlink(guard).catch(() => undefined);
    return;
  }
  pendingTempFiles().add(guard);
  try {
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    if (await isStale(lock, staleMs)) await unlink(lock).catch(() => undefined);
  } finally {
    await handle.close().catch(() => undefined);
    await unlink(guard).catch(() => undefined);
    pendingTempFiles().delete(guard);
  }
}

async function isStale(lock: string, staleMs: number): Promise<boolean> {
  try {
    const [text, st] = await Promise.all([readFile(lock, "utf8"), stat(lock)]);
    if (Date.now() - st.mtimeMs > staleMs) return true;
    const pid = Number.parseInt(text, 10);
    // Empty: its owner is between creating and writing it.
    if (!Number.isSafeInteger(pid) || pid <= 0) return false;
    return !isAlive(pid);
  } catch (error) {
    // Released meanwhile: retry taking it.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function releaseLock(lock: string): Promise<void> {
  await unlink(lock).catch(() => undefined);
  pendingTempFiles().delete(lock);
}
