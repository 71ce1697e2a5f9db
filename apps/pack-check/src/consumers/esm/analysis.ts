// @aiperf/analysis from its tarball: a run compared with itself is unchanged; thresholds gate it.
import { checkRun, collectRun, compareRuns, parseThreshold } from "@aiperf/analysis";
import { readRecords } from "@aiperf/parser";

const [runDir = ""] = process.argv.slice(2);
const load = async () => {
  const records = readRecords(runDir);
  const { summary, samples } = await collectRun(records);
  return { label: "run1", summary, samples, report: await records.report };
};
const base = await load();
const result = compareRuns(base, [await load()], {});
const check = checkRun(base, [parseThreshold("ttft.p99 < 4s"), parseThreshold("error_rate < 1%")]);
console.log(
  JSON.stringify({
    passed: result.candidates[0]?.passed,
    worse: result.candidates[0]?.regressions,
    thresholds: check.thresholds.map((t) => t.passed),
  }),
);
