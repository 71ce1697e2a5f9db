// Worker of summarizeFile: the percentile selections of the list metrics, run
// on the values where they are (SharedArrayBuffer chunks, not copied) while
// the main thread does the completion-order sums. Started ahead, it waits for
// its one message (the jobs).
import { parentPort } from "node:worker_threads";
import { selectRanks } from "../stats/order-stats.js";
import type { SelectionJob } from "./accumulator.js";

export type SelectOutput = { ok: true; values: number[][] } | { ok: false; reason: string };

parentPort?.once("message", (jobs: SelectionJob[]) => {
  let out: SelectOutput;
  try {
    out = { ok: true, values: jobs.map((j) => selectRanks(j.parts, j.ranks, j.firstDigits)) };
  } catch (e) {
    out = { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
  parentPort?.postMessage(out);
});
