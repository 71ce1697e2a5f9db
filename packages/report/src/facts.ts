// Run settings for the facts panel. @aiperf/analysis's runProvenance (what
// `compare` checks: model, endpoint type, streaming, concurrency, request rate,
// ISL/OSL, from input_config, else the command line AIPerf records) gives most;
// this adds what the page also shows (URL, rate mode, request count) and the
// 0.10 input_config layout (models.items, phases[]). input_config's shape
// changed across versions: it is probed, never assumed.
import { commandFlags, runProvenance } from "@aiperf/analysis";
import { JsonFloat } from "@aiperf/parser";
import type { Summary } from "@aiperf/parser";

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

function at(root: unknown, ...path: string[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (typeof cur !== "object" || cur === null || Array.isArray(cur) || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Json)[key];
  }
  return cur;
}

/** The parser reads input_config losslessly: `10.0` is a JsonFloat, integers above 2^53 bigint. */
function num(v: unknown): number | undefined {
  if (v instanceof JsonFloat) return v.value;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** The run's settings (not what the records show: that is the summary's and the charts'). */
export function runSettings(summary: Summary): RunSettings {
  const ic = summary.inputConfig;
  const runInfo = summary.extra?.run_info;
  const command = str(at(ic, "cli_command")) ?? str(at(runInfo, "cli_command"));
  const flags = command === undefined ? new Map<string, string>() : commandFlags(command);
  const flag = (...names: string[]) => names.map((n) => flags.get(n)).find((v) => v !== undefined);
  const settings = new Map(
    runProvenance(summary)
      .filter((p) => p.source !== "records")
      .map((p) => [p.field, p.value]),
  );

  // 0.10 and later: models.items[].name, phases[] (the profiling phase, else the last).
  const phases = at(ic, "phases");
  const phaseList = Array.isArray(phases) ? phases : [];
  const phase = phaseList.find((p) => at(p, "name") === "profiling") ?? phaseList[phaseList.length - 1];
  const items = at(ic, "models", "items");
  const itemNames = Array.isArray(items) ? items.map((i) => str(at(i, "name"))).filter((n) => n !== undefined) : [];

  const model = settings.get("model");
  const s: RunSettings = {
    models: typeof model === "string" ? model.split(", ") : itemNames,
  };
  const put = <K extends keyof RunSettings>(key: K, ...values: (RunSettings[K] | undefined)[]) => {
    const v = values.find((x) => x !== undefined);
    if (v !== undefined) s[key] = v;
  };
  put("endpointType", str(settings.get("endpointType")));
  put("url", str(at(ic, "endpoint", "url")), str(flag("--url", "-u")));
  const urls = at(ic, "endpoint", "urls");
  if (s.url === undefined && Array.isArray(urls))
    put("url", urls.filter((u) => typeof u === "string").join(", ") || undefined);
  const streaming = settings.get("streaming");
  put("streaming", typeof streaming === "boolean" ? streaming : undefined);
  put("concurrency", num(settings.get("concurrency")), num(at(phase, "concurrency")));
  put("requestRate", num(settings.get("requestRate")), num(at(phase, "request_rate")), num(at(phase, "rate")));
  put("rateMode", str(at(ic, "loadgen", "request_rate_mode")), str(flag("--request-rate-mode", "--arrival-pattern")));
  put(
    "requestCount",
    num(at(ic, "loadgen", "request_count")),
    num(at(phase, "request_count")),
    num(flag("--request-count", "--num-requests")),
  );
  put("isl", num(settings.get("isl")));
  put("osl", num(settings.get("osl")));
  put("command", command);
  return s;
}
