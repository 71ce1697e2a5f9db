// Run facts from what AIPerf left: its summary's input_config (whose shape
// changed across versions: treat it as opaque and probe the known places), the
// command line it echoes, and what the records and the summary show.

/** Known settings of a run; every field may be missing. */
export interface RunSettings {
  models: string[];
  endpointType?: string;
  url?: string;
  streaming?: boolean;
  concurrency?: number;
  requestRate?: number;
  rateMode?: string;
  requestCount?: number;
  isl?: number;
  osl?: number;
  command?: string;
}

type Json = Record<string, unknown>;

function obj(v: unknown): Json | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

function at(root: unknown, path: readonly string[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    const o = obj(cur);
    if (o === undefined || !Object.hasOwn(o, key)) return undefined;
    cur = o[key];
  }
  return cur;
}

function num(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

function strings(v: unknown): string[] {
  if (typeof v === "string" && v !== "") return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x !== "") : [];
}

/** Splits a command line into words as a POSIX shell does for plain words, '...', "..." and backslashes. */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < command.length; i++) {
    const c = command[i] as string;
    if (quote === "'") {
      if (c === "'") quote = null;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === "\\" && i + 1 < command.length && '"\\$`'.includes(command[i + 1] as string)) word += command[++i];
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      inWord = true;
    } else if (c === "\\" && i + 1 < command.length) {
      word += command[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** `--name value`, `--name=value` (the last occurrence wins, as argparse/cyclopts do). */
function flag(words: readonly string[], names: readonly string[]): string | undefined {
  let found: string | undefined;
  words.forEach((w, i) => {
    for (const name of names) {
      if (w === name && i + 1 < words.length) found = words[i + 1];
      else if (w.startsWith(`${name}=`)) found = w.slice(name.length + 1);
    }
  });
  return found;
}

/** What the command line says; used where input_config lacks a setting. */
export function settingsFromCommand(command: string): RunSettings {
  const w = splitCommand(command);
  const s: RunSettings = { models: strings(flag(w, ["-m", "--model", "--model-names", "--models"])) };
  const set = <K extends keyof RunSettings>(key: K, v: RunSettings[K] | undefined) => {
    if (v !== undefined) s[key] = v;
  };
  set("endpointType", flag(w, ["--endpoint-type"]));
  set("url", flag(w, ["--url", "-u"]));
  if (w.includes("--streaming")) s.streaming = true;
  set("concurrency", num(flag(w, ["--concurrency"])));
  set("requestRate", num(flag(w, ["--request-rate"])));
  set("rateMode", flag(w, ["--request-rate-mode", "--arrival-pattern"]));
  set("requestCount", num(flag(w, ["--request-count", "--num-requests"])));
  set("isl", num(flag(w, ["--isl", "--synthetic-input-tokens-mean", "--prompt-input-tokens-mean"])));
  set("osl", num(flag(w, ["--osl", "--output-tokens-mean", "--prompt-output-tokens-mean"])));
  return s;
}

/** Settings from input_config (R/O/L layout, or 0.10's models/phases) and the command line it or run_info holds. */
export function runSettings(inputConfig: unknown, extra?: Record<string, unknown>): RunSettings {
  const ic = inputConfig;
  const command = str(at(ic, ["cli_command"])) ?? str(at(extra?.run_info, ["cli_command"]));
  const fromCommand = command === undefined ? { models: [] } : settingsFromCommand(command);
  const phases = Array.isArray(at(ic, ["phases"])) ? (at(ic, ["phases"]) as unknown[]) : [];
  const profiling = phases.find((p) => str(at(p, ["name"])) === "profiling" || str(at(p, ["type"])) === "profiling");
  const phase = profiling ?? phases[phases.length - 1];
  const items = at(ic, ["models", "items"]);
  const itemNames = Array.isArray(items) ? items.map((i) => str(at(i, ["name"]))).filter((n) => n !== undefined) : [];
  const models = [...strings(at(ic, ["endpoint", "model_names"])), ...itemNames, ...strings(at(ic, ["model_names"]))];
  const s: RunSettings = { models: models.length > 0 ? models : fromCommand.models };
  const pick = <K extends keyof RunSettings>(key: K, ...vs: (RunSettings[K] | undefined)[]) => {
    const v = vs.find((x) => x !== undefined) ?? fromCommand[key];
    if (v !== undefined) s[key] = v;
  };
  pick("endpointType", str(at(ic, ["endpoint", "type"])), str(at(ic, ["endpoint", "endpoint_type"])));
  pick("url", str(at(ic, ["endpoint", "url"])), strings(at(ic, ["endpoint", "urls"])).join(", ") || undefined);
  const streaming = at(ic, ["endpoint", "streaming"]);
  pick("streaming", typeof streaming === "boolean" ? streaming : undefined);
  pick("concurrency", num(at(ic, ["loadgen", "concurrency"])), num(at(phase, ["concurrency"])));
  pick(
    "requestRate",
    num(at(ic, ["loadgen", "request_rate"])),
    num(at(phase, ["request_rate"])),
    num(at(phase, ["rate"])),
  );
  pick("rateMode", str(at(ic, ["loadgen", "request_rate_mode"])), str(at(phase, ["rate_mode"])));
  pick("requestCount", num(at(ic, ["loadgen", "request_count"])), num(at(phase, ["request_count"])));
  pick("isl", num(at(ic, ["input", "prompt", "input_tokens", "mean"])));
  pick("osl", num(at(ic, ["input", "prompt", "output_tokens", "mean"])));
  if (command !== undefined) s.command = command;
  return s;
}
