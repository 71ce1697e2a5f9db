// What a run was: AIPerf version and producer, model, endpoint, load and ISL/OSL settings. Read
// from the summary's input_config, else from the AIPerf command line it records (input_config's or
// run_info's cli_command), else observed in the records. Comparing unlike runs is the most common
// mistake, so compare warns when two runs differ here.
import type { ProvenanceField, ProvenanceValue, ProvenanceWarning } from "@aiperf/core";
import { JsonFloat } from "@aiperf/parser";
import type { ReadReport, Summary } from "@aiperf/parser";
import type { RecordSamples } from "./samples.js";

export type { ProvenanceField, ProvenanceValue, ProvenanceWarning } from "@aiperf/core";
type ProvenanceSource = ProvenanceValue["source"];

export const PROVENANCE_LABELS: Readonly<Record<ProvenanceField, string>> = {
  aiperfVersion: "AIPerf version",
  producer: "producer",
  model: "model",
  endpointType: "endpoint type",
  streaming: "streaming",
  concurrency: "concurrency",
  requestRate: "request rate",
  isl: "ISL",
  osl: "OSL",
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function path(root: unknown, ...keys: string[]): unknown {
  let v = root;
  for (const k of keys) v = isObject(v) ? v[k] : undefined;
  return v;
}

/** The parser keeps input_config literals lossless: `10.0` as a JsonFloat, big integers as bigint. */
function scalar(v: unknown): string | number | boolean | undefined {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof JsonFloat) return v.value;
  return undefined;
}

function models(v: unknown): string | undefined {
  if (Array.isArray(v)) return v.every((m) => typeof m === "string") && v.length > 0 ? v.join(", ") : undefined;
  return typeof v === "string" ? v : undefined;
}

/** `--flag value` / `--flag=value` pairs of a shell-quoted command line. */
export function commandFlags(command: string): Map<string, string> {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(command); m !== null; m = re.exec(command)) words.push(m[1] ?? m[2] ?? m[3] ?? "");
  const flags = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!w.startsWith("-")) continue;
    const eq = w.indexOf("=");
    if (eq > 0) flags.set(w.slice(0, eq), w.slice(eq + 1));
    else {
      const next = words[i + 1];
      flags.set(w, next !== undefined && !next.startsWith("-") ? next : "true");
    }
  }
  return flags;
}

const CLI_FLAGS: [ProvenanceField, string[]][] = [
  ["model", ["-m", "--model", "--model-names", "--models"]],
  ["endpointType", ["--endpoint-type"]],
  ["streaming", ["--streaming"]],
  ["concurrency", ["--concurrency"]],
  ["requestRate", ["--request-rate"]],
  ["isl", ["--isl", "--synthetic-input-tokens-mean", "--prompt-input-tokens-mean"]],
  ["osl", ["--osl", "--output-tokens-mean", "--prompt-output-tokens-mean"]],
];

/** The provenance facts of a run that can be found, each with where it came from. */
export function runProvenance(summary: Summary, samples?: RecordSamples, report?: ReadReport): ProvenanceValue[] {
  const found = new Map<ProvenanceField, ProvenanceValue>();
  const set = (field: ProvenanceField, value: unknown, source: ProvenanceSource): void => {
    const v = scalar(value);
    if (v !== undefined && v !== "" && !found.has(field)) found.set(field, { field, value: v, source });
  };
  if (summary.aiperfVersion !== undefined) set("aiperfVersion", summary.aiperfVersion, "summary");
  const runInfo = summary.extra?.run_info;
  // The Rust engine writes an empty run_info and no start/end time (aiperf-0.13-formats §13.1.1).
  if (isObject(runInfo) && Object.keys(runInfo).length === 0 && summary.startTime === undefined)
    set("producer", "rust engine", "summary");

  const ic = summary.inputConfig;
  set("model", models(path(ic, "endpoint", "model_names")) ?? path(ic, "endpoint", "model_name"), "input_config");
  set("endpointType", path(ic, "endpoint", "type") ?? path(ic, "endpoint", "endpoint_type"), "input_config");
  set("streaming", path(ic, "endpoint", "streaming"), "input_config");
  set("concurrency", path(ic, "loadgen", "concurrency"), "input_config");
  set("requestRate", path(ic, "loadgen", "request_rate"), "input_config");
  set("isl", path(ic, "input", "prompt", "input_tokens", "mean"), "input_config");
  set("osl", path(ic, "input", "prompt", "output_tokens", "mean"), "input_config");

  const command = path(ic, "cli_command") ?? path(runInfo, "cli_command");
  if (typeof command === "string") {
    const flags = commandFlags(command);
    for (const [field, names] of CLI_FLAGS) {
      const name = names.find((n) => flags.has(n));
      if (name !== undefined) {
        const raw = flags.get(name) as string;
        const n = Number(raw);
        set(field, field === "streaming" ? raw !== "false" : Number.isFinite(n) && raw !== "" ? n : raw, "cli_command");
      }
    }
  }

  if (samples !== undefined) {
    if (samples.producer !== null) set("producer", samples.producer, "records");
    if (samples.peakConcurrency !== null) set("concurrency", samples.peakConcurrency, "records");
    const isl = samples.metrics.get("input_sequence_length")?.values;
    if (isl !== undefined && isl.length > 0) set("isl", round(mean(isl)), "records");
    const osl = samples.metrics.get("requested_osl")?.values;
    if (osl !== undefined && osl.length > 0) set("osl", round(mean(osl)), "records");
  }
  if (report?.version != null) set("aiperfVersion", `records format ${report.version}`, "records");
  const order = Object.keys(PROVENANCE_LABELS);
  return [...found.values()].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

function mean(a: Float64Array): number {
  let s = 0;
  for (const v of a) s += v;
  return s / a.length;
}
const round = (v: number): number => Math.round(v * 10) / 10;

/** Facts observed in the records vary a little between like runs; settings must match exactly. */
const OBSERVED_TOLERANCE = 0.1;

export function provenanceWarnings(
  baseline: readonly ProvenanceValue[],
  candidate: readonly ProvenanceValue[],
): ProvenanceWarning[] {
  const theirs = new Map(candidate.map((p) => [p.field, p]));
  const out: ProvenanceWarning[] = [];
  for (const b of baseline) {
    const c = theirs.get(b.field);
    if (c === undefined) continue;
    let differs: boolean;
    if (typeof b.value === "number" && typeof c.value === "number") {
      const observed = b.source === "records" || c.source === "records";
      const scale = Math.max(Math.abs(b.value), Math.abs(c.value));
      differs = observed ? Math.abs(b.value - c.value) > OBSERVED_TOLERANCE * scale : b.value !== c.value;
    } else differs = String(b.value) !== String(c.value);
    if (!differs) continue;
    const how = b.source === "records" || c.source === "records" ? " (observed in the records)" : "";
    out.push({
      field: b.field,
      baseline: b.value,
      candidate: c.value,
      message: `${PROVENANCE_LABELS[b.field]} differs${how}: baseline ${b.value}, candidate ${c.value}`,
    });
  }
  return out;
}
