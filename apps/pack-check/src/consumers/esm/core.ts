// @aiperf/core as an ESM TypeScript consumer sees it: types, validators, catalog, units, the fs subpath.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import {
  assertMetricRecordInfo,
  getMetric,
  isMetricRecordInfo,
  type MetricRecordInfo,
  metricFlags,
  toJsonText,
  unitRatio,
  ValidationError,
} from "@aiperf/core";
import { writeFileAtomic } from "@aiperf/core/fs";

const [runDir = "", workDir = ""] = process.argv.slice(2);
const line: unknown = JSON.parse(readFileSync(join(runDir, "profile_export.jsonl"), "utf8").split("\n")[11] ?? "");
assertMetricRecordInfo(line);
const record: MetricRecordInfo = line; // narrowed by the assertion
const meta = record.metadata;

// @ts-expect-error -- metadata and metrics are required: proves the types are not `any`
const incomplete: MetricRecordInfo = { error: null };

let rejected = "";
try {
  assertMetricRecordInfo({ ...record, metadata: { ...meta, worker_id: 7 } });
} catch (e) {
  if (e instanceof ValidationError) rejected = e.message;
}
const ttft = getMetric("ttft");
const target = join(workDir, "core-esm.json");
await writeFileAtomic(target, toJsonText({ big: 1759522419159192408n }));

console.log(
  JSON.stringify({
    valid: isMetricRecordInfo(line),
    incomplete: isMetricRecordInfo(incomplete),
    ttftUnit: record.metrics.ttft?.unit,
    rejected,
    header: ttft?.header,
    flags: ttft ? metricFlags(ttft) : -1,
    ratio: unitRatio("ns", "ms"),
    written: readFileSync(target, "utf8"),
    version: (createRequire(import.meta.url)("@aiperf/core/package.json") as { version: string }).version,
  }),
);
