// @aiperf/csv-exporter from its tarball: AIPerf's summary CSV from AIPerf's summary JSON, byte for byte.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toSummaryCsv } from "@aiperf/csv-exporter";
import { readSummary } from "@aiperf/parser";

const [runDir = ""] = process.argv.slice(2);
const csv = toSummaryCsv(await readSummary(join(runDir, "profile_export_aiperf.json")));
console.log(JSON.stringify({ identical: csv === readFileSync(join(runDir, "profile_export_aiperf.csv"), "utf8") }));
