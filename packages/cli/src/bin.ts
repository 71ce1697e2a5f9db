#!/usr/bin/env node
import { unlinkSync, writeSync } from "node:fs";
import { processContext } from "./context.js";
import { ExitCode } from "./exit-codes.js";
import { main } from "./run.js";

// @aiperf/core/fs lists the temp files it is writing under this global key (not imported here:
// --help must not load the libraries). A signal or an early exit removes them, so an interrupted
// run leaves neither a temp file nor a partial output (outputs appear only by an atomic move).
function removePendingTempFiles(): void {
  const pending = (globalThis as Record<symbol, Set<string> | undefined>)[Symbol.for("aiperf.pendingTempFiles")];
  for (const tmp of pending ?? []) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already moved into place or removed.
    }
  }
  pending?.clear();
}
process.on("exit", removePendingTempFiles);

// 128 + the signal's number, as shells report it.
const SIGNAL_EXIT: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
for (const [signal, code] of Object.entries(SIGNAL_EXIT)) {
  process.on(signal, () => {
    removePendingTempFiles();
    process.exit(code);
  });
}

const REASONS: Record<string, string> = {
  ENOSPC: "no space left on device",
  EIO: "input/output error",
  EDQUOT: "disk quota exceeded",
  EFBIG: "file too large",
};

// `aiperf-tools export | head` closes the pipe early: that is not an error. Any other failure to
// write the output (a full disk, an I/O error) is one line on stderr and exit 5, never a stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(ExitCode.ok);
  const code = err.code ?? "unknown";
  try {
    writeSync(2, `aiperf-tools: error: cannot write to standard output: ${REASONS[code] ?? err.message} (${code})\n`);
  } catch {
    // stderr is gone too: the exit code says it.
  }
  process.exit(ExitCode.io);
});
// Nowhere is left to say that stderr failed: a closed pipe is ignored (the output on stdout still
// counts), any other failure ends the run with exit 5.
process.stderr.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") return;
  process.exit(ExitCode.io);
});
process.exitCode = await main(process.argv.slice(2), processContext());
