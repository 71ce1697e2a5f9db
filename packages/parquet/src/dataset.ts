// Run-level columns of a many-run dataset (`run=<name>/part-0.parquet`): what
// the run's summary file says about it, the same value in every row.
import type { Summary } from "@aiperf/parser";
import type { ConstantColumn } from "./write.js";

const get = (value: unknown, ...path: string[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[key] : undefined),
    value,
  );
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/**
 * run_name, model, concurrency, request_rate, aiperf_version. From the summary's
 * input_config (AIPerf's `endpoint.model_names`, `loadgen.concurrency`,
 * `loadgen.request_rate`); null where the run does not say.
 */
export function runColumns(name: string, summary: Summary | undefined): ConstantColumn[] {
  const config = summary?.inputConfig;
  const models = get(config, "endpoint", "model_names");
  const model = Array.isArray(models) ? models.filter((m) => typeof m === "string").join(",") : null;
  const concurrency = num(get(config, "loadgen", "concurrency"));
  return [
    { name: "run_name", kind: "string", value: name },
    { name: "model", kind: "string", value: model === "" ? null : model },
    {
      name: "concurrency",
      kind: "int",
      value: concurrency !== null && Number.isSafeInteger(concurrency) ? concurrency : null,
    },
    { name: "request_rate", kind: "double", value: num(get(config, "loadgen", "request_rate")) },
    { name: "aiperf_version", kind: "string", value: summary?.aiperfVersion ?? null },
  ];
}

/** The hive partition directory of a run: `run=<name>`, the name percent-encoded as Hive and Spark expect. */
export function partitionDir(name: string): string {
  return `run=${encodeURIComponent(name)}`;
}
