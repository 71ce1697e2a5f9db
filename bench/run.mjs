#!/usr/bin/env node
// npm run bench: generates synthetic runs shaped like run1 into a temporary folder, then times the
// baselines (readline + JSON.parse; jq and Python json+numpy when present) and our tools on the same files.
// Medians of several runs; peak RSS from /usr/bin/time. Results go to a temporary file unless
// --write-results (then the first section of bench/RESULTS.md is replaced, the others kept);
// --quick: 10k records only (npm run bench:quick); --profile: a CPU profile summary per command.
// Env: BENCH_SIZES=1000,10000,100000,1000000  BENCH_RUNS=3  BENCH_DIR=/tmp/aiperf-bench  BENCH_OUT=<file>
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import {
  cli,
  cliUnbundled,
  measure as measureIn,
  median,
  prepare,
  root,
  syntheticRun,
  writeSection,
} from "./common.mjs";
import { profileCommands, profileTable } from "./profile.mjs";

const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!["--write-results", "--quick", "--profile"].includes(a)) {
    console.error(`unknown option ${a}; usage: node bench/run.mjs [--quick] [--profile] [--write-results]`);
    process.exit(2);
  }
}
const quick = args.has("--quick");
const sizes = (process.env.BENCH_SIZES ?? (quick ? "10000" : "1000,10000,100000,1000000")).split(",").map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const dir = process.env.BENCH_DIR ?? join(tmpdir(), "aiperf-bench");
const outFile =
  process.env.BENCH_OUT ?? (args.has("--write-results") ? join(root, "bench", "RESULTS.md") : join(dir, "RESULTS.md"));
/** True when `cmd` runs here (jq, python3 with numpy are optional baselines). */
const has = (cmd, argv) => spawnSync(cmd, argv, { stdio: "ignore" }).status === 0;
const jq = has("jq", ["--version"]);
const python = has("python3", ["-c", "import json"]);
const numpy = python && has("python3", ["-c", "import numpy"]);
prepare(dir);

const measure = (cmd) => measureIn(cmd, dir);
function summarizeSamples(samples) {
  return {
    wall: Math.max(median(samples.map((s) => s.wall)), 0.01),
    cpu: Math.max(median(samples.map((s) => s.cpu)), 0.01),
    rss: Math.max(...samples.map((s) => s.rss)),
  };
}
/** Values the summary keeps (8 bytes each), for the peak-RSS budget 1.3 x 8 B x values + 150 MB. */
function storedValues(file) {
  const r = spawnSync("node", [join(root, "bench", "library-summarize-file.mjs"), file], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop()).storedValues;
}

const rows = [];
const budgets = [];
for (const size of sizes) {
  const file = syntheticRun(dir, size);
  const mb = statSync(file).size / 1e6;
  const n = size >= 1_000_000 ? Math.min(runs, 2) : runs;
  const cases = [
    ["cat FILE > /dev/null", `cat ${file} > /dev/null`],
    ["readline + JSON.parse (baseline)", `node ${root}bench/baseline-json-parse.mjs ${file}`],
    ...(jq ? [["jq (parse every record)", `jq -c '.metadata.record_processor_id // 0' ${file} > /dev/null`]] : []),
    ...(python
      ? [[`python3 json${numpy ? " + numpy percentiles" : ""}`, `python3 ${root}bench/baseline-numpy.py ${file}`]]
      : []),
    ["aiperf-tools summarize", `node ${cli} summarize ${file} > /dev/null`],
    ["aiperf-tools summarize (unbundled build)", `${cliUnbundled} summarize ${file} > /dev/null`],
    ["library readRecords + summarize", `node ${root}bench/library-summarize.mjs ${file}`],
    ["library summarizeFile (2 threads)", `AIPERF_THREADS=2 node ${root}bench/library-summarize-file.mjs ${file}`],
    ["library summarizeFile (1 thread)", `AIPERF_THREADS=1 node ${root}bench/library-summarize-file.mjs ${file}`],
    ["aiperf-tools export", `node ${cli} export ${file} > /dev/null`],
    [
      "aiperf-tools analyze (every feature)",
      `node ${cli} analyze ${file} --goodput 'ttft:2000 inter_token_latency:30' --slo-curve ttft --trim-start 1s --slice-duration 60s --steady-state > /dev/null 2>&1`,
    ],
  ];
  // Rounds interleave the commands, so a noisy minute hits every command alike.
  const samples = Object.fromEntries(cases.map(([name]) => [name, []]));
  for (let round = 1; round <= n; round++) {
    for (const [name, cmd] of cases) {
      console.error(`${size} records, round ${round}/${n}: ${name}`);
      samples[name].push(measure(cmd));
    }
  }
  const values = storedValues(file);
  budgets.push({ size, values, budgetMb: (1.3 * 8 * values) / 1e6 + 150 });
  const baseline = summarizeSamples(samples["readline + JSON.parse (baseline)"]);
  for (const [name] of cases) {
    const r = summarizeSamples(samples[name]);
    rows.push({ size, mb, name, ...r, ratio: baseline.wall / r.wall, cpuRatio: baseline.cpu / r.cpu });
  }
}
// Start-up, the bundled launcher against the unbundled build and bare `node -e 0`, interleaved.
const run1Dir = join(root, "fixtures", "aiperf-run1");
const startup = {
  node: [],
  help: [],
  helpUnbundled: [],
  run1: [],
  run1Unbundled: [],
};
for (let round = 0; round < 9; round++) {
  startup.node.push(measure("node -e 0"));
  startup.help.push(measure(`node ${cli} --help > /dev/null`));
  startup.helpUnbundled.push(measure(`${cliUnbundled} --help > /dev/null`));
  startup.run1.push(measure(`node ${cli} summarize ${run1Dir} > /dev/null`));
  startup.run1Unbundled.push(measure(`${cliUnbundled} summarize ${run1Dir} > /dev/null`));
}
const [nodeStart, help, helpUnbundled, run1, run1Unbundled] = [
  startup.node,
  startup.help,
  startup.helpUnbundled,
  startup.run1,
  startup.run1Unbundled,
].map(summarizeSamples);
// The profile uses the largest file up to 100k records: big enough to show the stages, quick to run.
const profileSize = Math.max(...sizes.filter((s) => s <= 100_000));
const profile =
  args.has("--profile") && Number.isFinite(profileSize) ? profileCommands(join(dir, `run-${profileSize}.jsonl`)) : [];

const fmt = (x, d = 2) => x.toFixed(d);
const lines = [
  "# Benchmark results",
  "",
  `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}. Median wall time of ${runs} runs ` +
    "(2 for 1M records), the commands interleaved round by round; peak RSS is the maximum over the runs. Ratio = baseline time / time " +
    "(≥ 1.0 means at least as fast as readline + JSON.parse on the same file). The machine is shared and noisy: " +
    "compare ratios within one run, not absolute times across runs. CPU s = user + sys over all threads (median): " +
    "less sensitive than wall time to other work on the machine.",
  "",
  "| records | file MB | command | wall s | MB/s | records/s | peak RSS MB | ratio vs JSON.parse | CPU s | CPU ratio vs JSON.parse |",
  "|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.size.toLocaleString("en-US")} | ${fmt(r.mb, 0)} | ${r.name} | ${fmt(r.wall)} | ${fmt(r.mb / r.wall, 0)} | ` +
      `${Math.round(r.size / r.wall).toLocaleString("en-US")} | ${fmt(r.rss, 0)} | ${fmt(r.ratio)} | ${fmt(r.cpu)} | ${fmt(r.cpuRatio)} |`,
  ),
  "",
  "Peak-RSS budget (1.3 × 8 bytes × stored values + 150 MB):",
  "",
  ...budgets.map(
    (b) =>
      `- ${b.size.toLocaleString("en-US")} records: ${b.values.toLocaleString("en-US")} stored values, budget ${fmt(b.budgetMb, 0)} MB`,
  ),
  "",
  "Start-up, median of 9 interleaved rounds (`node -e 0` in the same rounds: " +
    `${fmt(nodeStart.wall * 1000, 0)} ms; the targets assume it takes ~110 ms):`,
  "",
  "| command | wall ms | × `node -e 0` | unbundled build ms | bundled / unbundled | CPU ms | CPU × `node -e 0` | CPU bundled / unbundled |",
  "|---|---:|---:|---:|---:|---:|---:|---:|",
  `| \`aiperf-tools --help\` (target < 150 ms) | ${fmt(help.wall * 1000, 0)} | ${fmt(help.wall / nodeStart.wall)} | ${fmt(helpUnbundled.wall * 1000, 0)} | ${fmt(help.wall / helpUnbundled.wall)} | ${fmt(help.cpu * 1000, 0)} | ${fmt(help.cpu / nodeStart.cpu)} | ${fmt(help.cpu / helpUnbundled.cpu)} |`,
  `| \`aiperf-tools summarize\` of run1, 100 records (target < 250 ms) | ${fmt(run1.wall * 1000, 0)} | ${fmt(run1.wall / nodeStart.wall)} | ${fmt(run1Unbundled.wall * 1000, 0)} | ${fmt(run1.wall / run1Unbundled.wall)} | ${fmt(run1.cpu * 1000, 0)} | ${fmt(run1.cpu / nodeStart.cpu)} | ${fmt(run1.cpu / run1Unbundled.cpu)} |`,
  "",
  ...(profile.length > 0
    ? [
        `### Where the time goes (${profileSize.toLocaleString("en-US")} records, one thread, \`node --cpu-prof\`, self time by stage)`,
        "",
        ...profileTable(profile),
        "",
      ]
    : []),
];
const text = lines.join("\n");
// Replace this script's own (first) section; the compare and report sections stay.
writeSection(outFile, null, text);
console.log(text);
console.error(
  `results written to ${outFile}${args.has("--write-results") ? "" : " (use --write-results for bench/RESULTS.md)"}`,
);
