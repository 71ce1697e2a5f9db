// @aiperf/parser from its tarball: summarizeFile on worker threads (the worker modules must ship) gives
// AIPerf's own summary for run1, statistic by statistic.
import { join } from "node:path";
import { loadRecordsSync, readSummary, recordStartNs, summarizeFile } from "@aiperf/parser";

const [runDir = ""] = process.argv.slice(2);
const aiperf = await readSummary(join(runDir, "profile_export_aiperf.json"));
const { summary, report } = await summarizeFile(runDir, { threads: 2, reference: aiperf });
let compared = 0;
const differences: string[] = [];
for (const theirs of aiperf.metrics) {
  const ours = summary.metrics.find((m) => m.tag === theirs.tag);
  for (const [stat, value] of Object.entries(theirs.stats)) {
    compared++;
    if (ours?.stats[stat] !== value) differences.push(`${theirs.tag}.${stat}`);
  }
}
const { records } = loadRecordsSync(join(runDir, "profile_export.jsonl"));
const first = records.find((r) => r.error === null);
console.log(
  JSON.stringify({
    accepted: report.accepted,
    version: report.version,
    compared,
    differences,
    firstStart: first ? String(recordStartNs(first)) : null,
  }),
);
