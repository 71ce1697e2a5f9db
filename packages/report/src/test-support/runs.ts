// Test inputs: the project's run1 fixture, synthetic sweep runs (closed-loop
// load at several concurrencies, AIPerf's R record layout), a hostile variant
// of run1, and helpers that turn them into report inputs through the real reader.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readRecords, readSummary, summarize } from "@aiperf/parser";
import type { ParsedRecord, ReadReport, Summary } from "@aiperf/parser";
import { collectRunData, createReport } from "../report.js";
import type { ReportRun } from "../report.js";
import type { RunInput } from "../view.js";
import { mulberry32 } from "../data/reservoir.js";

const here = dirname(fileURLToPath(import.meta.url));
export const PACKAGE_DIR = join(here, "..", "..");
const REPO_DIR = join(PACKAGE_DIR, "..", "..");
export const RUN1_DIR = join(REPO_DIR, "fixtures", "aiperf-run1");
const RUN1_JSONL = join(RUN1_DIR, "profile_export.jsonl");
/** Gitignored folder for screenshots and pages the tests write. */
export const ARTIFACTS_DIR = join(PACKAGE_DIR, "test-output");

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `aiperf-report-${prefix}-`));
}

/** Reads a run through the parser as the CLI does: the summary (with AIPerf's own as reference) and the chart data. */
export async function loadRun(dir: string, label: string, reference?: Summary): Promise<RunInput> {
  const ref = reference ?? (await readSummary(dir).catch(() => undefined));
  const summary = await summarize(readRecords(dir), ref === undefined ? {} : { reference: ref });
  const stream = readRecords(dir);
  const charts = await collectRunData(stream);
  const readReport: ReadReport = await stream.report;
  return { label, summary, charts, readReport };
}

export async function loadRecordsOf(dir: string): Promise<ParsedRecord[]> {
  const out: ParsedRecord[] = [];
  for await (const r of readRecords(dir)) out.push(r);
  return out;
}

export interface SweepRunOptions {
  concurrency: number;
  /** Requests per user (default 12). */
  perUser?: number;
  /** Extra latency per request (ms): a run that is worse on both axes. */
  penaltyMs?: number;
  seed?: number;
}

/**
 * A closed-loop run: `concurrency` users each send requests back to back; TTFT and
 * inter-token latency grow with the load, so throughput rises with concurrency
 * while latency gets worse (the usual sweep). AIPerf's R record layout.
 */
export function sweepJsonl(o: SweepRunOptions): string {
  const rand = mulberry32(o.seed ?? o.concurrency);
  const base = 1759522419154568925n;
  const lines: string[] = [];
  const perUser = o.perUser ?? 12;
  let n = 0;
  for (let user = 0; user < o.concurrency; user++) {
    let t = base + BigInt(Math.floor(rand() * 50_000_000));
    for (let k = 0; k < perUser; k++) {
      const osl = 80 + Math.floor(rand() * 60);
      const ttftNs = Math.round((120 + 9 * o.concurrency + (o.penaltyMs ?? 0) + rand() * 60) * 1e6);
      const itlNs = Math.round((8 + 0.35 * o.concurrency + rand() * 2) * 1e6);
      const latencyNs = ttftNs + itlNs * (osl - 1);
      const end = t + BigInt(latencyNs);
      // AIPerf converts ns to ms as ns * (1000 / 1e9).
      const ms = (ns: number) => ns * 1e-6;
      const metrics = {
        input_sequence_length: { value: 512, unit: "tokens" },
        ttft: { value: ms(ttftNs), unit: "ms" },
        request_count: { value: 1, unit: "requests" },
        request_latency: { value: ms(latencyNs), unit: "ms" },
        output_sequence_length: { value: osl, unit: "tokens" },
        inter_token_latency: { value: ms(itlNs), unit: "ms" },
        output_token_throughput_per_user: { value: 1000 / ms(itlNs), unit: "tokens/sec/user" },
      };
      const json = JSON.stringify({
        metadata: {
          x_request_id: `req-${o.concurrency}-${n}`,
          x_correlation_id: `corr-${o.concurrency}-${n}`,
          conversation_id: `conv-${n}`,
          turn_index: 0,
          timestamp_ns: "START",
          worker_id: `worker_${user % 8}`,
          record_processor_id: "record_processor_0",
          credit_phase: "profiling",
        },
        metrics: {
          ...metrics,
          min_request_timestamp: { value: "START", unit: "ns" },
          max_response_timestamp: { value: "END", unit: "ns" },
        },
        error: null,
      });
      // Nanosecond timestamps as exact integers, as AIPerf writes them.
      lines.push(json.replaceAll('"START"', String(t)).replace('"END"', String(end)));
      t = end + BigInt(Math.floor(rand() * 2_000_000));
      n++;
    }
  }
  return `${lines.join("\n")}\n`;
}

/** A summary that carries only what AIPerf's own would add: the input config (for the run facts). */
function referenceWith(inputConfig: unknown): Summary {
  return { variant: "R", metrics: [], errorSummary: [], inputConfig, notes: [] };
}

function writeSweepRun(o: SweepRunOptions): { dir: string; reference: Summary } {
  const dir = tempDir(`sweep-c${o.concurrency}`);
  writeFileSync(join(dir, "profile_export.jsonl"), sweepJsonl(o));
  const reference = referenceWith({
    endpoint: { model_names: ["synthetic/model"], type: "chat", streaming: true, url: "localhost:8000" },
    loadgen: { concurrency: o.concurrency },
  });
  return { dir, reference };
}

/** The page of a sweep through createReport: charts, sweep chart and the comparison with the first run. */
export async function sweepReport(runs: readonly SweepRunOptions[]): Promise<string> {
  const inputs: ReportRun[] = [];
  for (const o of runs) {
    const { dir, reference } = writeSweepRun(o);
    const summary = await summarize(readRecords(dir), { reference });
    inputs.push({ label: `sweep/c${o.concurrency}`, summary, records: readRecords(dir) });
  }
  return createReport(inputs);
}

export const HOSTILE = {
  script: "</script><script>window.__pwned = 1</script>",
  img: '"><img src=x onerror="window.__pwned = 2">',
  bidi: "gpt-\u202Eevil\u202C-model",
  tag: 'x"><img src=x onerror="window.__pwned = 3">',
  unit: "</script><b>unit",
};

/** run1 with hostile error types and messages and an unknown metric whose tag and unit are markup. */
function hostileJsonl(): string {
  const extra = `${JSON.stringify(HOSTILE.tag)}:{"value":1.5,"unit":${JSON.stringify(HOSTILE.unit)}},`;
  return readFileSync(RUN1_JSONL, "utf8")
    .replaceAll('"type":"RequestCancellationError"', `"type":${JSON.stringify(HOSTILE.img)}`)
    .replaceAll('"message":"Request was cancelled after 0.000 seconds"', `"message":${JSON.stringify(HOSTILE.script)}`)
    .replaceAll('"metrics":{"input_sequence_length"', `"metrics":{${extra}"input_sequence_length"`);
}

export async function hostileRun(): Promise<RunInput> {
  const dir = tempDir("hostile");
  writeFileSync(join(dir, "profile_export.jsonl"), hostileJsonl());
  const ref = referenceWith({
    endpoint: { model_names: [`${HOSTILE.bidi}${HOSTILE.script}`], type: HOSTILE.img, url: "localhost" },
    loadgen: { concurrency: 4 },
    cli_command: `aiperf profile -m "${HOSTILE.img}" --concurrency 4`,
  });
  return loadRun(dir, `run ${HOSTILE.bidi} ${HOSTILE.img}`, ref);
}
