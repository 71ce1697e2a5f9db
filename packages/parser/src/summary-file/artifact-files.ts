// The other files of an artifacts directory (spec §13.1.3, §13.4-§13.6): which kind a file is, who wrote it
// in which layout, and what the generated validators (schemas/*.schema.json) say is wrong with it, located.
// JSON files are read whole (they are summaries); CSV files are streamed row by row.
import { createReadStream, readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  type Validate,
  validatePhaseManifest,
  validateRecordsCsvRow,
  validateServerMetricsFile,
  validateSteadyStateFile,
  validateTimeslicesCsvRow,
  validateTimeslicesFile,
} from "@aiperf/core";
import { parse } from "csv-parse";
import { findJsonSyntaxError, findNearestValueOffset, lineColumnAt } from "../read/json-text.js";

export type ArtifactFileKind =
  | "records-csv"
  | "timeslices-json"
  | "timeslices-csv"
  | "steady-state-json"
  | "steady-state-csv"
  | "server-metrics-json"
  | "phase-manifest";

/** Which file names are which kind: AIPerf's defaults, and its `<prefix>_...` spellings (Python and Rust). */
const NAMES: readonly [RegExp, ArtifactFileKind][] = [
  [/^phase_manifest\.json$/, "phase-manifest"],
  [/_records\.csv$/, "records-csv"],
  [/_timeslices\.json$/, "timeslices-json"],
  [/_timeslices\.csv$/, "timeslices-csv"],
  [/_steady_state\.json$/, "steady-state-json"],
  [/_steady_state\.csv$/, "steady-state-csv"],
  [/^server_metrics_export\.json$|_server_metrics\.json$|^server_metrics\.json$/, "server-metrics-json"],
];

/** The kind a file name says, or null for a name we do not know (records and summaries are not listed here). */
export function artifactFileKind(name: string): ArtifactFileKind | null {
  return NAMES.find(([re]) => re.test(name))?.[1] ?? null;
}

/** The files of these kinds in a directory (not recursive), sorted by name. */
export function findArtifactFiles(dir: string): { file: string; kind: ArtifactFileKind }[] {
  const out: { file: string; kind: ArtifactFileKind }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const kind = entry.isFile() ? artifactFileKind(entry.name) : null;
    if (kind !== null) out.push({ file: join(dir, entry.name), kind });
  }
  return out;
}

export interface ArtifactFileIssue {
  line: number;
  column: number;
  /** JSON pointer (JSON files) or `/<column header>` (CSV rows). */
  pointer: string;
  message: string;
}

export interface ArtifactFileReport {
  file: string;
  kind: ArtifactFileKind;
  /** Who wrote it, from its structure; "unknown" when the layouts of both producers fit. */
  producer: "python" | "rust" | "unknown";
  /** The layout: a schema_version, or the shape's name (e.g. "start_ns/end_ns slices"). */
  version: string;
  /** What it holds, e.g. "3 slices", "120 rows". */
  contents: string;
  /** The first MAX_ISSUES problems; `issueCount` counts all of them. */
  issues: ArtifactFileIssue[];
  issueCount: number;
}

const MAX_ISSUES = 50;

class Issues {
  readonly list: ArtifactFileIssue[] = [];
  count = 0;
  add(issue: ArtifactFileIssue): void {
    this.count++;
    if (this.list.length < MAX_ISSUES) this.list.push(issue);
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Check one file of a known kind. Unreadable files throw (the caller maps I/O errors). */
export async function checkArtifactFile(file: string, kind: ArtifactFileKind): Promise<ArtifactFileReport> {
  switch (kind) {
    case "records-csv":
      return checkRecordsCsv(file);
    case "timeslices-csv":
      return checkTimeslicesCsv(file);
    case "steady-state-csv":
      return checkSteadyStateCsv(file);
    default:
      return checkJsonFile(file, kind);
  }
}

const JSON_VALIDATORS: Record<string, Validate> = {
  "timeslices-json": validateTimeslicesFile,
  "steady-state-json": validateSteadyStateFile,
  "server-metrics-json": validateServerMetricsFile,
  "phase-manifest": validatePhaseManifest,
};

async function checkJsonFile(file: string, kind: ArtifactFileKind): Promise<ArtifactFileReport> {
  const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  const issues = new Issues();
  const report = (...[producer, version, contents]: Described): ArtifactFileReport => ({
    file,
    kind,
    producer,
    version,
    contents,
    issues: issues.list,
    issueCount: issues.count,
  });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const found = findJsonSyntaxError(text);
    const at = lineColumnAt(text, found?.offset ?? 0);
    issues.add({
      ...at,
      pointer: found?.pointer ?? "",
      message: `invalid JSON: ${found?.message ?? (e as Error).message}`,
    });
    return report("unknown", "unknown", "not JSON");
  }
  const validate = JSON_VALIDATORS[kind];
  for (const issue of validate?.(doc) ?? []) {
    const at = lineColumnAt(text, findNearestValueOffset(text, issue.pointer));
    issues.add({ ...at, pointer: issue.pointer, message: issue.message });
  }
  return report(...describeJson(kind, doc));
}

type Described = [producer: ArtifactFileReport["producer"], version: string, contents: string];

function describeJson(kind: ArtifactFileKind, doc: unknown): Described {
  const d = isObject(doc) ? doc : {};
  switch (kind) {
    case "timeslices-json": {
      const slices = Array.isArray(d.timeslices) ? d.timeslices.filter(isObject) : [];
      const old = slices.some((s) => "timeslice_index" in s);
      return [
        timesliceProducer(slices),
        old ? "timeslice_index slices (2025)" : "start_ns/end_ns slices (0.12+)",
        `${slices.length} slices`,
      ];
    }
    case "steady-state-json": {
      const meta = isObject(d.window_metadata) ? d.window_metadata : {};
      const metrics = isObject(d.metrics) ? Object.keys(d.metrics).length : 0;
      return ["python", `detection ${String(meta.detection_method ?? "unknown")}`, `${metrics} metrics in the window`];
    }
    case "server-metrics-json": {
      const metrics = isObject(d.metrics) ? Object.keys(d.metrics).length : 0;
      return ["unknown", `schema ${String(d.schema_version ?? "unknown")}`, `${metrics} metric families`];
    }
    default: {
      // phase_manifest.json: Rust writes an integer schema_version and no artifact paths (§13.1.3).
      const phases = Array.isArray(d.phases) ? d.phases.filter(isObject) : [];
      const paths = phases.some((p) => "metrics_json" in p || "metrics_csv" in p);
      const producer = typeof d.schema_version === "number" && !paths ? "rust" : paths ? "python" : "unknown";
      return [producer, `schema ${JSON.stringify(d.schema_version ?? null)}`, `${phases.length} phases`];
    }
  }
}

/** Rust omits `sum` on distributions (blocks with percentiles); Python writes it. Neither: cannot tell. */
function timesliceProducer(slices: Json[]): ArtifactFileReport["producer"] {
  for (const slice of slices)
    for (const block of Object.values(slice))
      if (isObject(block) && "p50" in block && "count" in block) return "sum" in block ? "python" : "rust";
  return "unknown";
}

interface CsvRow {
  cells: string[];
  /** 1-based line of the row's first character. */
  line: number;
}

/** The rows of a CSV file, streamed; the line ending of the header tells LF from CRLF. */
async function* csvRows(file: string, lineEnd: { crlf: boolean | null }): AsyncGenerator<CsvRow> {
  const source = createReadStream(file);
  source.once("data", (chunk) => {
    const text = chunk.toString();
    const nl = text.indexOf("\n");
    lineEnd.crlf = nl > 0 ? text[nl - 1] === "\r" : null;
  });
  const parser = source.pipe(parse({ relax_column_count: true, info: true, skip_empty_lines: false, bom: true }));
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { cells: item.record, line: item.info.lines };
  }
}

/** Each data row as header -> cell through a row validator; a row of the wrong width is one issue. */
async function checkCsvRows(
  file: string,
  validate: Validate,
  issues: Issues,
  onHeader: (header: string[]) => void,
  skip: (row: CsvRow, index: number) => boolean = () => false,
): Promise<{ rows: number; crlf: boolean | null; header: string[] }> {
  const lineEnd = { crlf: null as boolean | null };
  let header: string[] | null = null;
  let rows = 0;
  let index = 0;
  for await (const row of csvRows(file, lineEnd)) {
    if (skip(row, index++)) continue;
    if (header === null) {
      header = row.cells;
      onHeader(header);
      continue;
    }
    rows++;
    if (row.cells.length !== header.length) {
      issues.add({
        line: row.line,
        column: 1,
        pointer: "",
        message: `${row.cells.length} cells, the header has ${header.length}`,
      });
      continue;
    }
    const obj: Record<string, string> = {};
    header.forEach((name, i) => {
      obj[name] = row.cells[i] ?? "";
    });
    for (const issue of validate(obj)) {
      const name = issue.pointer.slice(1).replace(/~1/g, "/").replace(/~0/g, "~");
      const col = header.indexOf(name);
      issues.add({
        line: row.line,
        column: col + 1,
        pointer: issue.pointer,
        message: `${issue.message}${col >= 0 ? ` (cell ${JSON.stringify(row.cells[col] ?? "")})` : ""}`,
      });
    }
  }
  return { rows, crlf: lineEnd.crlf, header: header ?? [] };
}

const RUST_RECORDS_HEAD = [
  "session_num",
  "x_request_id",
  "x_correlation_id",
  "conversation_id",
  "turn_index",
  "credit_issued_ns",
  "request_start_ns",
  "request_ack_ns",
  "request_end_ns",
  "worker_id",
];

async function checkRecordsCsv(file: string): Promise<ArtifactFileReport> {
  const issues = new Issues();
  let rust = false;
  const { rows, crlf, header } = await checkCsvRows(file, validateRecordsCsvRow, issues, (h) => {
    rust = RUST_RECORDS_HEAD.every((name, i) => h[i] === name);
    if (!rust)
      issues.add({
        line: 1,
        column: 1,
        pointer: "",
        message: `not the Rust engine's header: expected it to start ${RUST_RECORDS_HEAD.slice(0, 3).join(",")},...`,
      });
  });
  if (crlf === true)
    issues.add({ line: 1, column: 1, pointer: "", message: "CRLF line endings; the Rust engine writes LF" });
  const later = header.includes("global_dispatch_index");
  const metrics = header.filter((h) => / \(.+\)$/.test(h)).length;
  return {
    file,
    kind: "records-csv",
    producer: rust ? "rust" : "unknown",
    version: later ? "later variant (global_dispatch_index)" : "earlier variant",
    contents: `${rows} rows, ${metrics} metric columns`,
    issues: issues.list,
    issueCount: issues.count,
  };
}

async function checkTimeslicesCsv(file: string): Promise<ArtifactFileReport> {
  const issues = new Issues();
  const { rows, crlf, header } = await checkCsvRows(file, validateTimeslicesCsvRow, issues, () => {});
  if (crlf === false) issues.add({ line: 1, column: 1, pointer: "", message: "LF line endings; AIPerf writes CRLF" });
  const bounds = header.includes("Start_NS");
  return {
    file,
    kind: "timeslices-csv",
    // Python 0.13's header is not known (spec §13.8 item 6): with Start_NS it may be either engine.
    producer: bounds ? "unknown" : "python",
    version: bounds
      ? "Timeslice,Start_NS,End_NS,... (Rust; Python 0.13 unconfirmed)"
      : "Timeslice,Metric,... (Python, 2025)",
    contents: `${rows} rows`,
    issues: issues.list,
    issueCount: issues.count,
  };
}

/** Python's steady-state CSV: a metadata section (`# Steady-State Window Metadata`, key,value), then the stats. */
async function checkSteadyStateCsv(file: string): Promise<ArtifactFileReport> {
  const issues = new Issues();
  const lineEnd = { crlf: null as boolean | null };
  let first: CsvRow | undefined;
  let statsHeader = false;
  let rows = 0;
  for await (const row of csvRows(file, lineEnd)) {
    first ??= row;
    if (row.cells[0] === "Metric") statsHeader = true;
    else if (statsHeader && row.cells.length > 1) rows++;
  }
  if (first?.cells[0] !== "# Steady-State Window Metadata")
    issues.add({ line: 1, column: 1, pointer: "", message: 'expected the first row "# Steady-State Window Metadata"' });
  if (!statsHeader)
    issues.add({ line: 1, column: 1, pointer: "", message: "no statistics section (a Metric,... header row)" });
  if (lineEnd.crlf === false)
    issues.add({ line: 1, column: 1, pointer: "", message: "LF line endings; AIPerf writes CRLF" });
  return {
    file,
    kind: "steady-state-csv",
    producer: "python",
    version: "Python steady-state CSV",
    contents: `${rows} metric rows`,
    issues: issues.list,
    issueCount: issues.count,
  };
}
