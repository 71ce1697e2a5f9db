// checkRun: absolute thresholds on one run (CI gates without a baseline).
import type { CheckResult } from "@aiperf/core";
import { describeRun } from "./compare.js";
import type { RunInput } from "./compare.js";
import { runMetrics } from "./run-metrics.js";
import { evaluateThreshold } from "./thresholds.js";
import type { Threshold } from "./thresholds.js";

export function checkRun(run: RunInput, thresholds: readonly Threshold[]): CheckResult {
  const metrics = runMetrics(run);
  const outcomes = thresholds.map((t) => evaluateThreshold(t, { label: run.label, metrics }));
  return {
    schemaVersion: "1.0",
    kind: "check",
    run: describeRun(run),
    thresholds: outcomes,
    passed: outcomes.every((t) => t.passed),
  };
}
