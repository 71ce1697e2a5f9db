// CommonJS consumers on Node >= 20.19: require() of the ESM packages (require(esm)), every entry point.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const core = require("@aiperf/core");
const { writeFileAtomic } = require("@aiperf/core/fs");
const parser = require("@aiperf/parser");
const { toSummaryCsv } = require("@aiperf/csv-exporter");
const { parseThreshold } = require("@aiperf/analysis");
const cli = require("@aiperf/cli");
const { formatStat } = require("@aiperf/report");

const [runDir = "", workDir = ""] = process.argv.slice(2);
const { records, report } = parser.loadRecordsSync(join(runDir, "profile_export.jsonl"));
const summary = parser.summarizeSync(records, { version: report.version ?? "auto" });
const aiperfCsv = readFileSync(join(runDir, "profile_export_aiperf.csv"), "utf8");
writeFileAtomic(join(workDir, "cjs.txt"), "written").then(() => {
  console.log(
    JSON.stringify({
      header: core.getMetric("ttft").header,
      valid: core.isMetricRecordInfo(
        JSON.parse(readFileSync(join(runDir, "profile_export.jsonl"), "utf8").split("\n")[0]),
      ),
      records: records.length,
      requestThroughput: summary.metrics.find((m) => m.tag === "request_throughput").stats.avg,
      csv: toSummaryCsv(summary) === aiperfCsv,
      threshold: parseThreshold("ttft.p99 < 500ms").op,
      exitCodes: cli.ExitCode.ok,
      stat: typeof formatStat,
      written: readFileSync(join(workDir, "cjs.txt"), "utf8"),
      versions: ["core", "parser", "csv-exporter", "analysis", "cli", "report"].map(
        (p) => require(`@aiperf/${p}/package.json`).version,
      ),
    }),
  );
});
