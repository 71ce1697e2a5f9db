// profile_export_aiperf.json, every variant (facts F5, F16) -> Summary.
//   R: metrics under `records`, 16 keys each, nulls written.
//   O: flat, metric blocks named by tag, nulls written for unset fields.
//   L: flat, nulls omitted, schema_version "1.0" (or none before #488).
//   N: flat, schema_version >= 1.1 and/or per-metric `count`/`sum`.
// Tags are kept as in the file (run1's `ttft` stays `ttft`).
// What is wrong with a file is what the generated SummaryFile validator (schemas/summary-file*.schema.json)
// says; this module only locates it in the text and normalizes a valid file.
import { getMetric, validateSummaryFile } from "@aiperf/core";
import { type ErrorLocation, SummaryFormatError, WrongFileKindError } from "../errors.js";
import type { ErrorSummaryEntry, MetricSummary, Summary, SummaryVariant } from "../model.js";
import { JsonFloat } from "../format/py-json.js";
import { setOwn } from "../own.js";
import { findJsonSyntaxError, findNearestValueOffset, lineColumnAt, parseJsonLossless } from "../read/json-text.js";
import { nonFinitePointer, outOfDoubleRange } from "../read/out-of-range.js";

type Json = Record<string, unknown>;

/** One thing the SummaryFile schema says is wrong, located in the text. */
export interface SummaryIssue {
  message: string;
  location: ErrorLocation;
}

/** The file breaks the SummaryFile schema: the first issue is the error itself, `issues` lists all of them. */
export class SummarySchemaError extends SummaryFormatError {
  readonly issues: readonly SummaryIssue[];

  constructor(issues: readonly SummaryIssue[]) {
    const first = issues[0] ?? { message: "is invalid", location: {} };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem(s))` : "";
    super(`${first.message}${more}`, first.location);
    this.issues = issues;
  }
}

/** Top-level keys with a meaning of their own; everything else is a metric or `extra`. */
const FIELDS = new Set([
  "records",
  "schema_version",
  "aiperf_version",
  "benchmark_id",
  "input_config",
  "was_cancelled",
  "error_summary",
  "start_time",
  "end_time",
]);
const METRIC_TEXT_KEYS = new Set(["tag", "unit", "header"]);
/** Top-level keys the flat schema checks as what they are (not as metric blocks): never waved through. */
const SCHEMA_FIELDS = new Set([
  ...FIELDS,
  "branch_stats",
  "incomplete_reason",
  "is_complete",
  "pooled_spec_decode_acceptance_histogram",
  "run_info",
  "runtime_submission_invalid_reasons",
  "steady_state",
  "telemetry_data",
  "warmup_metrics",
]);

export interface ParseSummaryOptions {
  /**
   * Lenient: a top-level object of a flat summary that is neither a known field nor a metric block (no `unit`;
   * a newer AIPerf's addition) is kept in `extra` and named in `notes` instead of failing the schema.
   */
  lenient?: boolean;
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A flat-layout metric block: an object with a string `unit`. */
function isMetricBlock(v: unknown): v is Json {
  return isObject(v) && typeof v.unit === "string";
}

function kindOf(tag: string): MetricSummary["kind"] {
  return getMetric(tag)?.kind ?? "unknown";
}

/** Normalizes a document that has passed the SummaryFile schema; the casts below lean on that. */
class SummaryParser {
  private readonly notes: string[] = [];
  private sawNull = false;

  constructor(
    private readonly text: string,
    private readonly file: string | undefined,
    private readonly lenient = false,
  ) {}

  locate(pointer: string): ErrorLocation {
    const { line, column } = lineColumnAt(this.text, findNearestValueOffset(this.text, pointer));
    return { ...(this.file !== undefined ? { file: this.file } : {}), line, column, pointer };
  }

  fail(pointer: string, message: string): never {
    throw new SummaryFormatError(message, this.locate(pointer));
  }

  /** Every schema issue, located; the first one is the error's own message and location. */
  check(doc: Json): void {
    // Kind first: an object with neither layout is not a summary, whatever the schema says about its keys.
    if (doc.records === undefined && !Object.values(doc).some(isMetricBlock))
      this.fail("", "not an AIPerf summary: neither a `records` object nor metric blocks with a `unit`");
    const issues = this.waiveUnknownObjects(doc, validateSummaryFile(doc));
    if (issues.length === 0) {
      // Free-form parts (input_config, unknown keys) pass the schema even holding 1e400 (Infinity).
      const bad = nonFinitePointer(doc);
      if (bad === undefined) return;
      const message = outOfDoubleRange(this.text, bad) ?? "out of double range";
      throw new SummarySchemaError([{ message, location: this.locate(bad) }]);
    }
    // A summary of a schema version we do not know: the wrong kind of input (exit 2), not bad data.
    const version = doc.schema_version;
    if (typeof version === "string" && !/^1\.\d+$/.test(version)) {
      const fields = [...new Set(issues.map((i) => i.pointer || "/"))].join(", ");
      throw new WrongFileKindError(
        this.file ?? "<string>",
        `an AIPerf summary JSON of unknown schema_version "${version}" (known: 1.0-1.5); fields that did not match: ${fields}`,
        "this AIPerf is newer than aiperf-tools: update aiperf-tools",
      );
    }
    throw new SummarySchemaError(
      issues.map((i) => ({
        message: outOfDoubleRange(this.text, i.pointer) ?? i.message,
        location: this.locate(i.pointer),
      })),
    );
  }

  /** Lenient: drop the issues of unknown non-metric top-level objects of a flat file, and note each key. */
  private waiveUnknownObjects<T extends { pointer: string }>(doc: Json, issues: readonly T[]): readonly T[] {
    if (!this.lenient || doc.records !== undefined || issues.length === 0) return issues;
    const waived = new Set<string>();
    const kept = issues.filter((i) => {
      const key = (i.pointer.split("/")[1] ?? "").replace(/~1/g, "/").replace(/~0/g, "~");
      const v = doc[key];
      const unknownObject = isObject(v) && !isMetricBlock(v) && !SCHEMA_FIELDS.has(key) && getMetric(key) === undefined;
      if (unknownObject) waived.add(key);
      return !unknownObject;
    });
    for (const key of waived)
      this.notes.push(`${key}: an unknown top-level object (not a metric block), kept as is (lenient reading)`);
    return kept;
  }

  metric(block: Json, tagFromKey: string): MetricSummary {
    const tag = typeof block.tag === "string" ? block.tag : tagFromKey;
    const unit = block.unit as string;
    const fileHeader = typeof block.header === "string" ? block.header : undefined;
    const stats: MetricSummary["stats"] = {};
    for (const key in block) {
      if (METRIC_TEXT_KEYS.has(key)) continue;
      const v = block[key];
      if (typeof v === "number") setOwn(stats, key, v);
      else if (v === null) this.sawNull = true;
      else this.notes.push(`${tag}: non-numeric field '${key}' ignored`);
    }
    return { tag, header: fileHeader ?? getMetric(tag)?.header ?? tag, unit, kind: kindOf(tag), stats };
  }

  parse(doc: Json): Summary {
    this.check(doc);
    const metrics: MetricSummary[] = [];
    const extra: Json = {};
    const summary: Summary = { variant: "R", metrics, errorSummary: [], notes: this.notes };
    const records = doc.records;
    if (isObject(records)) for (const key in records) metrics.push(this.metric(records[key] as Json, key));
    let hasCountOrSum = false;
    for (const key in doc) {
      const v = doc[key];
      if (FIELDS.has(key)) continue;
      if (records === undefined && isMetricBlock(v)) {
        const m = this.metric(v, key);
        hasCountOrSum ||= m.stats.count !== undefined || m.stats.sum !== undefined;
        metrics.push(m);
      } else if (records === undefined && v === null && getMetric(key) !== undefined) {
        // O wrote declared-but-unset metric fields as null (facts F16).
        this.sawNull = true;
        this.notes.push(`${key}: null in the file (metric not computed in that run)`);
      } else {
        setOwn(extra, key, v);
      }
    }
    this.fields(doc, summary);
    summary.variant = records !== undefined ? "R" : this.flatVariant(summary.schemaVersion, hasCountOrSum);
    if (Object.keys(extra).length > 0) summary.extra = extra;
    return summary;
  }

  private fields(doc: Json, s: Summary): void {
    const str = (key: string): string | undefined => (typeof doc[key] === "string" ? doc[key] : undefined);
    const schema = str("schema_version");
    if (schema !== undefined) s.schemaVersion = schema;
    const version = str("aiperf_version");
    if (version !== undefined) s.aiperfVersion = version;
    const id = str("benchmark_id");
    if (id !== undefined) s.benchmarkId = id;
    if ("input_config" in doc) s.inputConfig = doc.input_config;
    if (typeof doc.was_cancelled === "boolean") s.wasCancelled = doc.was_cancelled;
    if (Array.isArray(doc.error_summary)) s.errorSummary = doc.error_summary as ErrorSummaryEntry[];
    for (const [key, prop] of [
      ["start_time", "startTime"],
      ["end_time", "endTime"],
    ] as const) {
      if (key in doc) s[prop] = str(key) ?? null;
    }
  }

  private flatVariant(schemaVersion: string | undefined, hasCountOrSum: boolean): SummaryVariant {
    if (schemaVersion !== undefined) {
      const [major = 0, minor = 0] = schemaVersion.split(".").map(Number);
      return major > 1 || (major === 1 && minor >= 1) ? "N" : "L";
    }
    if (hasCountOrSum) return "N";
    if (this.sawNull) return "O";
    this.notes.push("no schema_version and no nulls: layout taken as L (written between #426 and #488)");
    return "L";
  }
}

function fileLocation(file: string | undefined): { file?: string } {
  return file !== undefined ? { file } : {};
}

function looksLikeRecordLine(text: string): boolean {
  const nl = text.indexOf("\n");
  try {
    const first: unknown = JSON.parse(nl < 0 ? text : text.slice(0, nl));
    return isObject(first) && "metadata" in first && "metrics" in first;
  } catch {
    return false;
  }
}

/** Parse the text of a summary file. `file` only labels errors. */
export function parseSummary(text: string, file?: string, options: ParseSummaryOptions = {}): Summary {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksLikeRecordLine(text)) {
    throw new WrongFileKindError(
      file ?? "<string>",
      "expected AIPerf's summary JSON, found per-record JSONL",
      "pass profile_export_aiperf.json (or read this file with readRecords)",
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const found = findJsonSyntaxError(text);
    const { line, column } = lineColumnAt(text, found?.offset ?? 0);
    throw new SummaryFormatError(`invalid JSON: ${found?.message ?? (e as Error).message}`, {
      ...fileLocation(file),
      line,
      column,
      pointer: found?.pointer ?? "",
    });
  }
  const parser = new SummaryParser(text, file, options.lenient === true);
  const summary = parser.parse(isObject(doc) ? doc : parser.fail("", "must be object"));
  keepOpaqueLiterals(summary, text);
  return summary;
}

/**
 * input_config and the extra top-level keys are opaque: re-read them losslessly so that `10.0`
 * stays a float and big integers stay exact when the summary is written back.
 */
function keepOpaqueLiterals(summary: Summary, text: string): void {
  if (summary.inputConfig === undefined && summary.extra === undefined) return;
  const lossless = parseJsonLossless(text, (value) => new JsonFloat(value)) as Record<string, unknown>;
  if (summary.inputConfig !== undefined) summary.inputConfig = lossless.input_config;
  if (summary.extra !== undefined) {
    for (const key of Object.keys(summary.extra)) summary.extra[key] = lossless[key];
  }
}
