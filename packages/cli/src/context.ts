// Everything a command touches in the outside world, injected so that tests
// run commands in-process with fake streams, env and cwd.
import type { Readable, Writable } from "node:stream";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** A writable that may be a terminal. */
export type Sink = Writable & { isTTY?: boolean; columns?: number };

export interface CliContext {
  stdout: Sink;
  stderr: Sink;
  stdin: Readable;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Folder holding the bundled run1 artifacts, used when no path is given. */
  bundledRunDir: string;
}

/** `assets/run1` sits next to both `src/` and `dist/`, so one relative path serves both. */
export const BUNDLED_RUN_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "assets", "run1");

export function processContext(): CliContext {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    bundledRunDir: BUNDLED_RUN_DIR,
  };
}

/** What a command receives: the outside world plus the global options. */
export interface CommandContext extends CliContext {
  /** Colours for stdout and stderr, each decided for its own stream. */
  out: import("./color.js").Colors;
  err: import("./color.js").Colors;
  colorOut: boolean;
  debug: boolean;
}
