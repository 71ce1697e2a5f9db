#!/usr/bin/env node
// Where the time goes: runs each command under `node --cpu-prof` (every thread writes its own profile) and
// sums self time by stage, from the module a sampled function lives in.
// Usage: node bench/profile.mjs FILE  (prints a markdown table; bench/run.mjs calls it with --profile)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const cli = join(root, "packages", "cli", "dist", "bin.js");

// First match wins; paths are the built dist files of our packages.
const STAGES = [
  [
    "read (bytes, gunzip, line split)",
    /parser\/dist\/read\/(line-splitter|line-reader|source-chunks|artifacts)|node:(fs|stream|zlib|internal\/(fs|streams))|internal\/(fs|streams|zlib)/,
  ],
  ["parse (JSON, exact integers, validation)", /parser\/dist\/read\/|core\/dist\/generated|core\/dist\/validate/],
  [
    "store (per-metric columns, units)",
    /parser\/dist\/summarize\/(record-store|accumulator|unit-recovery|base-values|worker-handoff|aggregates|derived)/,
  ],
  ["select (sort, percentiles, sums)", /parser\/dist\/stats\/|csv-exporter\/dist\/exact-sum/],
  ["format (JSON, CSV, tables)", /parser\/dist\/format\/|csv-exporter\/dist\/|cli\/dist\/(console-table|table|output)/],
  ["worker threads (start, hand-off)", /internal\/worker|summarize-worker|select-worker|summarize-file/],
  ["module loading", /internal\/modules|node:internal\/(modules|main)/],
];

function stageOf(node) {
  const { url, functionName } = node.callFrame;
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(idle)" || functionName === "(program)" || functionName === "(root)") return "idle / runtime";
  for (const [name, re] of STAGES) if (re.test(url)) return name;
  return url === "" ? "V8 builtins (JSON.parse, ...)" : "other";
}

/** Self time (ms) per stage, over every profile in dir. */
function selfTimes(dir) {
  const out = new Map();
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".cpuprofile"))) {
    const p = JSON.parse(readFileSync(join(dir, f), "utf8"));
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    p.samples.forEach((id, i) => {
      const stage = stageOf(byId.get(id));
      out.set(stage, (out.get(stage) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    });
  }
  return out;
}

export function profileCommands(file) {
  const commands = [
    ["summarize", ["summarize", file]],
    ["export", ["export", file]],
    ["validate", ["validate", file]],
  ];
  const rows = [];
  for (const [name, args] of commands) {
    const dir = mkdtempSync(join(tmpdir(), "aiperf-prof-"));
    const r = spawnSync("node", ["--cpu-prof", "--cpu-prof-dir", dir, cli, ...args], {
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
      env: { ...process.env, AIPERF_THREADS: "1" },
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${name} failed (${r.status}): ${r.stderr}`);
    const times = selfTimes(dir);
    rmSync(dir, { recursive: true, force: true });
    const busy = [...times].filter(([s]) => s !== "idle / runtime").reduce((a, [, t]) => a + t, 0);
    for (const [stage, ms] of [...times].sort((a, b) => b[1] - a[1])) {
      if (stage === "idle / runtime") continue;
      rows.push({ command: name, stage, ms, share: ms / busy });
    }
  }
  return rows;
}

export function profileTable(rows) {
  return [
    "| command | stage | self time ms | share of busy time |",
    "|---|---|---:|---:|",
    ...rows
      .filter((r) => r.share >= 0.01)
      .map((r) => `| ${r.command} | ${r.stage} | ${r.ms.toFixed(0)} | ${(r.share * 100).toFixed(1)} % |`),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv[2]) {
    console.error("usage: node bench/profile.mjs FILE");
    process.exit(2);
  }
  console.log(profileTable(profileCommands(process.argv[2])).join("\n"));
}
