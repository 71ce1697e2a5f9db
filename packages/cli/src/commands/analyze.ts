// `analyze RUN`: goodput for any SLOs, warmup and trimming, time slices, steady state and load
// shape, recomputed from the records with AIPerf's definitions (logic in @aiperf/analysis).
// The records are read once (every summary comes from one store of them).
import { join, resolve } from "node:path";
import {
  AnalysisError,
  STEADY_STATE_CSV_FILE,
  STEADY_STATE_JSON_FILE,
  TIMESLICES_CSV_FILE,
  TIMESLICES_JSON_FILE,
  analyzeJson,
  analyzeRun,
  parseDuration,
  steadyStateCsv,
  steadyStateJson,
  timeslicesCsv,
  timeslicesJson,
} from "@aiperf/analysis";
import type { AnalyzeOptions, AnalyzeResult } from "@aiperf/analysis";
import { toJsonText } from "@aiperf/core";
import { formatFixed } from "@aiperf/parser";
import type { ParsedRecord } from "@aiperf/parser";
import { CONSOLE_PERCENTILES, renderMetricsTable } from "../console-table.js";
import type { CommandContext } from "../context.js";
import { CliError, usageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { displayPath, type InputOptions, locateRun, openRun } from "../input.js";
import { assertWritable, writeOutputFile } from "../output.js";
import { readReference } from "./summarize.js";

export interface AnalyzeCommandOptions extends InputOptions {
  goodput?: string;
  sloCurve?: string;
  includeWarmup?: boolean;
  trimStart?: string;
  trimEnd?: string;
  skipFirst?: string;
  sliceDuration?: string;
  steadyState?: boolean;
  out?: string;
  force?: boolean;
  json?: boolean;
}

/** AnalysisError -> exit 2 (usage) or 1 (the data lacks what a feature needs). */
async function asCli<T>(f: () => Promise<T>, label: string): Promise<T> {
  try {
    return await f();
  } catch (err) {
    if (err instanceof AnalysisError) {
      if (err.kind === "data")
        throw new CliError(ExitCode.invalidData, `${label}:${err.message.replace(/^line /, "")}`, err.hint);
      throw usageError(err.message, err.hint);
    }
    throw err;
  }
}

function analyzeOptions(opts: AnalyzeCommandOptions): AnalyzeOptions {
  const o: AnalyzeOptions = {};
  const dur = (v: string | undefined, name: string, allowZero = true): bigint | undefined => {
    if (v === undefined) return undefined;
    try {
      return parseDuration(v, name, { allowZero });
    } catch (err) {
      if (err instanceof AnalysisError) throw usageError(err.message);
      throw err;
    }
  };
  if (opts.goodput !== undefined) o.goodput = opts.goodput;
  if (opts.sloCurve !== undefined) o.sloCurve = opts.sloCurve;
  if (opts.includeWarmup === true) o.includeWarmup = true;
  const ts = dur(opts.trimStart, "--trim-start");
  if (ts !== undefined) o.trimStartNs = ts;
  const te = dur(opts.trimEnd, "--trim-end");
  if (te !== undefined) o.trimEndNs = te;
  if (opts.skipFirst !== undefined) {
    const n = Number(opts.skipFirst);
    if (!Number.isSafeInteger(n) || n < 0)
      throw usageError(`--skip-first '${opts.skipFirst}': expected a whole number >= 0`);
    o.skipFirst = n;
  }
  const sd = dur(opts.sliceDuration, "--slice-duration", false);
  if (sd !== undefined) o.sliceDurationNs = sd;
  if (opts.steadyState === true) o.steadyState = true;
  return o;
}

export default async function analyzeCommand(
  ctx: CommandContext,
  path: string | undefined,
  opts: AnalyzeCommandOptions,
): Promise<number> {
  const options = analyzeOptions(opts);
  const force = opts.force === true;
  const outDir = opts.out === undefined ? undefined : resolve(ctx.cwd, opts.out);
  const outFiles: [string, (r: AnalyzeResult) => string][] = [];
  if (outDir !== undefined) {
    if (options.sliceDurationNs === undefined && options.steadyState !== true)
      throw usageError(
        "--out writes AIPerf's timeslice and steady-state files",
        "add --slice-duration or --steady-state",
      );
    if (options.sliceDurationNs !== undefined)
      outFiles.push(
        [join(outDir, TIMESLICES_JSON_FILE), timeslicesJson],
        [join(outDir, TIMESLICES_CSV_FILE), timeslicesCsv],
      );
    if (options.steadyState === true) {
      const ss = (f: (s: NonNullable<AnalyzeResult["steadyState"]>) => string) => (r: AnalyzeResult) =>
        r.steadyState === undefined ? "" : f(r.steadyState);
      outFiles.push(
        [join(outDir, STEADY_STATE_JSON_FILE), ss(steadyStateJson)],
        [join(outDir, STEADY_STATE_CSV_FILE), ss(steadyStateCsv)],
      );
    }
  }
  // Refuse before the (possibly long) reads.
  for (const [file] of outFiles) await assertWritable(file, { force });

  const located = await locateRun(ctx, path, opts.phase);
  const reference = await readReference(ctx, located.artifacts);
  if (reference !== undefined) options.reference = reference;
  // Opened by the read itself, so that an option refused before reading leaves nothing open.
  let run: Awaited<ReturnType<typeof openRun>> | undefined;
  const records = async function* (): AsyncGenerator<ParsedRecord> {
    run = await openRun(ctx, path, opts);
    yield* run.records;
  };
  let result: AnalyzeResult;
  try {
    result = await asCli(() => analyzeRun(records, options), located.label);
  } finally {
    await run?.finish().catch(() => undefined);
  }

  for (const [file, render] of outFiles) await writeOutputFile(file, render(result), { force });
  if (outFiles.length > 0) ctx.stderr.write(`wrote ${outFiles.map(([f]) => displayPath(ctx, f)).join(", ")}\n`);
  for (const note of [...result.notes, ...result.summary.notes]) ctx.stderr.write(`${ctx.err.dim("note:")} ${note}\n`);

  if (opts.json === true) {
    ctx.stdout.write(`${toJsonText(analyzeJson(result), { indent: 2 })}\n`);
    return ExitCode.ok;
  }
  ctx.stdout.write(renderText(ctx, located.label, result));
  return ExitCode.ok;
}

const n2 = (v: number): string => formatFixed(v, 2, { thousands: true });
const sec = (ns: bigint): string => `${formatFixed(Number(ns) / 1e9, 3)} s`;

function renderText(ctx: CommandContext, label: string, r: AnalyzeResult): string {
  const { out } = ctx;
  const lines: string[] = [];
  const c = r.counts;
  lines.push(`${out.bold(`run: ${label}`)} (records ${r.version})`);
  lines.push(
    `requests: ${c.analyzed} analysed (${c.valid} valid, ${c.errors} errors) of ${c.records}; ` +
      `warmup excluded ${c.warmupExcluded}, skipped first ${c.skippedFirst}, trimmed ${c.trimmed}`,
  );
  if (r.window !== null)
    lines.push(`window: ${r.window.startNs} .. ${r.window.endNs} ns (${sec(r.window.endNs - r.window.startNs)})`);
  const summaryTable = renderMetricsTable(r.summary, CONSOLE_PERCENTILES, out, "Metrics in the window");
  if (summaryTable !== "") lines.push("", summaryTable.trimEnd());

  if (r.goodput !== undefined) {
    const g = r.goodput;
    lines.push("", out.bold("Goodput"));
    for (const s of g.slos)
      lines.push(
        `  ${s.tag} ${s.direction} ${s.threshold} ${s.unit}: ${s.passed}/${g.validRequests} pass (${n2(s.attainmentPct)} %)`,
      );
    lines.push(
      `  all SLOs: good_request_count ${g.goodRequestCount}/${g.validRequests} (${n2(g.attainmentPct)} %), goodput ${g.goodput === null ? "N/A" : `${n2(g.goodput)} req/s`}`,
    );
    if (g.aiperf !== undefined) {
      const a = g.aiperf;
      const verdict =
        a.matches === null
          ? out.dim("(other SLOs or window: not compared)")
          : a.matches
            ? out.green("equal")
            : out.red("DIFFERENT");
      lines.push(
        `  AIPerf (--goodput "${a.slos}"): good_request_count ${a.goodRequestCount ?? "N/A"}, goodput ${a.goodput ?? "N/A"} ${verdict}`,
      );
    }
  }
  if (r.sloCurve !== undefined) {
    const sc = r.sloCurve;
    lines.push("", out.bold(`SLO curve: ${sc.tag} ${sc.direction} threshold (${sc.unit}) -> attainment %`));
    for (const p of sc.points) lines.push(`  ${n2(p.threshold).padStart(12)}  ${n2(p.attainmentPct).padStart(6)} %`);
  }
  if (r.slices !== undefined) {
    lines.push(
      "",
      out.bold(`Time slices of ${sec(r.sliceDurationNs ?? 0n)} (from the first request's start, by start time)`),
    );
    const avg = (s: AnalyzeResult["summary"], ...tags: string[]): string => {
      for (const t of tags) {
        const v = s.metrics.find((m) => m.tag === t)?.stats.avg;
        if (v !== undefined) return n2(v);
      }
      return "N/A";
    };
    lines.push("  slice  start(s)   end(s)  requests  in-flight avg/max  req/s  out tok/s  ttft avg  latency avg");
    for (const s of r.slices) {
      const t0 = r.window?.startNs ?? 0n;
      lines.push(
        `  ${String(s.index).padStart(5)}  ${formatFixed(Number(s.startNs - t0) / 1e9, 3).padStart(8)} ${formatFixed(Number(s.endNs - t0) / 1e9, 3).padStart(8)}${s.complete ? " " : "*"} ${String(s.requests).padStart(8)}  ${`${n2(s.load.meanInFlight)}/${s.load.maxInFlight}`.padStart(17)}  ${n2(s.load.requestsPerSec).padStart(5)}  ${n2(s.load.outputTokensPerSec).padStart(9)}  ${avg(s.summary, "time_to_first_token", "ttft").padStart(8)}  ${avg(s.summary, "request_latency").padStart(11)}`,
      );
    }
    lines.push("  * partial slice: ends at the last request's end");
  }
  if (r.steadyState !== undefined) {
    const s = r.steadyState;
    const t0 = r.window?.startNs ?? 0n;
    lines.push("", out.bold("Steady state"));
    lines.push(`  method: ${s.method}`);
    lines.push(
      `  window: ${sec(s.rampUpEndNs - t0)} .. ${sec(s.rampDownStartNs - t0)} after the first start (${sec(s.durationNs)})`,
    );
    lines.push(
      `  requests: ${s.steadyStateRequests} of ${s.totalRequests} (${n2(s.fractionRetained * 100)} %)${s.sampleSizeWarning ? out.yellow("; fewer than 1000 requests: p99 is thin") : ""}`,
    );
    if (s.trendCorrelation !== null)
      lines.push(
        `  latency trend: Spearman ${formatFixed(s.trendCorrelation, 4)}, p ${formatFixed(s.trendPValue ?? Number.NaN, 4)}${s.stationarityWarning ? out.yellow(" (not stationary)") : ""}`,
      );
    const iv = s.intervals;
    if (iv.metrics.length > 0) {
      lines.push(
        `  ${formatFixed(iv.confidence, 0)} % bootstrap intervals (${iv.resamples} resamples, seed ${iv.seed}; avg: ± z·σ/√n):`,
      );
      for (const m of iv.metrics)
        lines.push(
          `    ${m.tag} (${m.unit}, n ${m.count}): ${m.stats.map((x) => `${x.stat} ${n2(x.value)} [${n2(x.low)}, ${n2(x.high)}]`).join("  ")}`,
        );
    }
    const t = renderMetricsTable(s.summary, CONSOLE_PERCENTILES, out, "Metrics in the steady state");
    if (t !== "") lines.push("", t.trimEnd());
  }
  if (r.loadShape !== null) {
    const l = r.loadShape;
    lines.push("", out.bold("Load shape"));
    lines.push(
      `  in flight: max ${l.maxInFlight}, time-weighted mean ${n2(l.meanInFlight)} over ${formatFixed(l.spanSec, 3)} s`,
    );
    lines.push(
      `  target concurrency ${l.targetConcurrency} (${l.targetSource === "input_config" ? "input_config" : "peak observed"}): ` +
        (l.rampUpSec === null
          ? "never reached"
          : `reached after ${formatFixed(l.rampUpSec, 3)} s (ramp-up), drain ${formatFixed(l.drainSec ?? 0, 3)} s`),
    );
  }
  return `${lines.join("\n")}\n`;
}
