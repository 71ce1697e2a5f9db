// A progress bar on stderr for big inputs, only when a person is watching
// (stderr is a TTY): pipes and CI logs stay clean.
import type { Sink } from "./context.js";

/** @internal Exported for its tests only. */
export const PROGRESS_MIN_BYTES = 50 * 1024 * 1024;

export interface Progress {
  /** Feed with the bytes read so far; undefined when no bar is shown. */
  onProgress: ((bytesRead: number) => void) | undefined;
  stop(): void;
}

const NONE: Progress = { onProgress: undefined, stop() {} };

export async function startProgress(sink: Sink, totalBytes: number | undefined, label: string): Promise<Progress> {
  if (sink.isTTY !== true || totalBytes === undefined || totalBytes < PROGRESS_MIN_BYTES) return NONE;
  // Loaded only when needed: most runs never show a bar.
  const { default: cliProgress } = await import("cli-progress");
  const mb = (n: number) => (n / 1048576).toFixed(0);
  const bar = new cliProgress.SingleBar(
    {
      stream: sink,
      format: `${label} [{bar}] {percentage}% | {done}/{size} MB`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalBytes, 0, { done: "0", size: mb(totalBytes) });
  let stopped = false;
  return {
    onProgress: (bytesRead) => bar.update(Math.min(bytesRead, totalBytes), { done: mb(bytesRead) }),
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
