// Worker of summarizeFile: the percentile selections of the list metrics, run
// on the values where they are (SharedArrayBuffer chunks, not copied) while
// the main thread does the completion-order sums.
import { parentPort, workerData } from "node:worker_threads";
import { selectRanks } from "../stats/order-stats.js";
import type { SelectionJob } from "./accumulator.js";

export type SelectOutput = { ok: true; values: number[][] } | { ok: false; reason: string };

try {
  const jobs = workerData as SelectionJob[];
  parentPort?.postMessage({ ok: true, values: jobs.map((j) => selectRanks(j.parts, j.ranks, j.firstDigits)) } satisfies SelectOutput);
} catch (e) {
  parentPort?.postMessage({ ok: false, reason: e instanceof Error ? e.message : String(e) } satisfies SelectOutput);
}
