// One line of profile_export.jsonl -> ParsedRecord.
//
// Fast path: native JSON.parse, then the few integers a double cannot hold
// (every `*_ns` timestamp, run1's min_request_timestamp/max_response_timestamp)
// are re-read from the raw text (raw-numbers.ts). When that cannot be proven
// unambiguous (a key name used by two objects, an escaped key, a big integer
// somewhere unexpected) the line is parsed again by the lossless scanner.
// Nothing exact ever passes through a double.
import { getMetric, validateMetricRecordInfo } from "@aiperf/core";
import type { ErrorDetails } from "@aiperf/core";
import { RecordSyntaxError, RecordValidationError } from "../errors.js";
import type { ParsedRecord, RecordMetadata, RecordMetricValue } from "../model.js";
import { setOwn } from "../own.js";
import {
  escapePointerToken,
  findJsonSyntaxError,
  findNearestValueOffset,
  findValueOffset,
  JsonTextError,
  parseJsonLossless,
} from "./json-text.js";
import { outOfDoubleRange } from "./out-of-range.js";
import { numberTokenAt, rawMetricToken, rawMetricValue, rawPropertyNumber, rawPropertyToken } from "./raw-numbers.js";
import type { Lookup } from "./raw-numbers.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function isUnsafeNumber(v: number): boolean {
  return v > MAX_SAFE || v < -MAX_SAFE;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function hasUnsafeNumber(v: unknown, depth = 0): boolean {
  if (typeof v === "number") return isUnsafeNumber(v);
  if (typeof v !== "object" || v === null) return false;
  if (depth > 64) return true; // let the lossless scanner decide
  if (Array.isArray(v)) {
    for (const x of v) if (hasUnsafeNumber(x, depth + 1)) return true;
    return false;
  }
  for (const k in v) if (hasUnsafeNumber((v as Record<string, unknown>)[k], depth + 1)) return true;
  return false;
}

/** An object, or an array that holds one: something whose text can contain property names. */
function hasKeys(v: unknown, depth = 0): boolean {
  if (typeof v !== "object" || v === null) return false;
  if (!Array.isArray(v) || depth > 64) return true; // deep arrays: assume so (bounded recursion)
  for (const x of v) if (hasKeys(x, depth + 1)) return true;
  return false;
}

/** Signals that the fast path cannot prove exactness and the lossless scanner must run. */
const NEEDS_LOSSLESS = Symbol("needs-lossless");

class BigListValueError extends Error {
  constructor(readonly pointer: string) {
    super("integer above 2^53 inside a list value: it cannot be represented exactly as a number");
  }
}

/**
 * An integer field (`*_ns`, a count) written with a fraction or an exponent: refused, never rounded
 * (Python writes ints as integer literals, so such a literal was not written by AIPerf).
 */
class IntegerLiteralError extends Error {
  constructor(
    readonly pointer: string,
    /** False for a count metric's value: the Rust engine writes every metric value as a double (`105.0`). */
    readonly literal = true,
  ) {
    super("integer field written with a fraction or exponent");
  }
}

/** Metadata keys that hold integers besides `*_ns` (integer in schemas/metric-record-metadata-*.schema.json). */
const INTEGER_METADATA = new Set(["turn_index", "request_num", "session_num"]);

const NOT_INTEGER_LITERAL = /[.eE]/;

/** The objects of a record line, as JSON.parse (fast path) or the lossless scanner returned them. */
interface Parts {
  root: Record<string, unknown>;
  metadata: Record<string, unknown>;
  metrics: Record<string, unknown>;
  error: Record<string, unknown> | null;
  extra: Record<string, unknown> | undefined;
  /** The raw line on the fast path; undefined when values are already exact. */
  raw: string | undefined;
  /** The line's text (both paths). */
  text: string;
  /**
   * True when the only objects in the line are root, metadata, metrics, the
   * metric values (keys value/unit) and error: then a property name found in
   * none of the others occurs once, and its first occurrence is the one.
   */
  plain: boolean;
}

function isPlainLine(p: Parts, validated: boolean): boolean {
  if (p.extra !== undefined) return false;
  for (const k in p.metadata) if (hasKeys(p.metadata[k])) return false;
  if (p.error !== null) for (const k in p.error) if (hasKeys(p.error[k])) return false;
  for (const tag in p.metrics) {
    const mv = p.metrics[tag];
    if (!isPlainObject(mv)) return false;
    for (const k in mv) if (k !== "value" && k !== "unit") return false;
    // Validated list values hold numbers only.
    if (!validated && hasKeys(mv.value)) return false;
  }
  return true;
}

function lookupFor(p: Parts, key: string, owner: Record<string, unknown>): Lookup {
  if (!p.plain || key === "value" || key === "unit" || key in p.root) return "unique";
  if (owner !== p.metadata && key in p.metadata) return "unique";
  if (owner !== p.metrics && key in p.metrics) return "unique";
  return p.error !== null && key in p.error ? "unique" : "first";
}

type IntegerField = "metadata" | "metric" | "error";

function integerPointer(field: IntegerField, key: string): string {
  if (field === "error") return `/error/${escapePointerToken(key)}`;
  return field === "metadata" ? `/metadata/${escapePointerToken(key)}` : `/metrics/${escapePointerToken(key)}/value`;
}

/**
 * Refuses a number of an integer field unless the file wrote it as an integer literal
 * (`5`, not `5.0`, `5e0`); NEEDS_LOSSLESS when the raw text cannot say which literal it is.
 */
function checkIntegerLiteral(
  p: Parts,
  v: number,
  field: IntegerField,
  key: string,
  lookup: Lookup,
  fromEnd = false,
): typeof NEEDS_LOSSLESS | undefined {
  if (!Number.isInteger(v)) throw new IntegerLiteralError(integerPointer(field, key));
  let literal: string | undefined;
  if (p.raw !== undefined) {
    literal = field === "metric" ? rawMetricToken(p.raw, key, lookup, fromEnd) : rawPropertyToken(p.raw, key, lookup);
    if (literal === undefined) return NEEDS_LOSSLESS;
  } else {
    // Lossless path (rare): locate the value by its pointer.
    const at = findValueOffset(p.text, integerPointer(field, key));
    literal = at === undefined ? undefined : numberTokenAt(p.text, at);
  }
  if (literal !== undefined && NOT_INTEGER_LITERAL.test(literal))
    throw new IntegerLiteralError(integerPointer(field, key));
  return undefined;
}

/** A catalogued int metric in its base unit (a count such as output_sequence_length): an integer field. */
function isIntegerMetric(tag: string, unit: unknown): boolean {
  const def = getMetric(tag);
  return def !== undefined && def.numberType === "int" && def.valueType === "scalar" && def.unit === unit;
}

/**
 * Metadata in place: `*_ns` integers -> bigint, other unsafe integers -> bigint
 * when the file has an integer literal.
 */
function convertMetadata(p: Parts): typeof NEEDS_LOSSLESS | undefined {
  const md = p.metadata;
  for (const key in md) {
    const v = md[key];
    if (typeof v === "number") {
      const ns = key.endsWith("_ns");
      if (ns || INTEGER_METADATA.has(key)) {
        if (checkIntegerLiteral(p, v, "metadata", key, lookupFor(p, key, md)) === NEEDS_LOSSLESS) return NEEDS_LOSSLESS;
      }
      if (Number.isSafeInteger(v)) {
        if (ns) md[key] = BigInt(v);
      } else if (p.raw !== undefined && isUnsafeNumber(v)) {
        const exact = rawPropertyNumber(p.raw, key, v, lookupFor(p, key, md));
        if (exact === undefined) return NEEDS_LOSSLESS;
        md[key] = ns && typeof exact === "number" && Number.isInteger(exact) ? BigInt(exact) : exact;
      } else if (ns && Number.isInteger(v)) {
        // A float literal like 1.76e18 under an *_ns key: the double's exact value.
        md[key] = BigInt(v);
      }
    } else if (p.raw !== undefined && hasUnsafeNumber(v)) {
      return NEEDS_LOSSLESS;
    }
  }
  return undefined;
}

function convertMetrics(p: Parts): typeof NEEDS_LOSSLESS | undefined {
  let afterList = false;
  for (const tag in p.metrics) {
    const mv = p.metrics[tag];
    if (!isPlainObject(mv)) continue; // only reachable with validate: false
    const v = mv.value;
    if (typeof v === "number") {
      // A count must be whole; `105.0` is how the Rust engine writes it (aiperf-0.13 spec: ints as floats), so
      // only the value is checked here, not the literal.
      if (isIntegerMetric(tag, mv.unit) && !Number.isInteger(v))
        throw new IntegerLiteralError(integerPointer("metric", tag), false);
      if (p.raw !== undefined && isUnsafeNumber(v)) {
        // A tag that follows a long list in the line is found faster from the end.
        const exact = rawMetricValue(p.raw, tag, v, lookupFor(p, tag, p.metrics), afterList);
        if (exact === undefined) return NEEDS_LOSSLESS;
        mv.value = exact;
      }
    } else if (Array.isArray(v)) {
      afterList = true;
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        // One comparison per element in the common case (bigint compares too).
        if (!((x as number) > MAX_SAFE || (x as number) < -MAX_SAFE)) continue;
        if (typeof x === "number" && p.raw !== undefined) return NEEDS_LOSSLESS;
        if (typeof x === "bigint") throw new BigListValueError(`/metrics/${escapePointerToken(tag)}/value/${i}`);
      }
    }
  }
  return undefined;
}

function buildRecord(
  root: Record<string, unknown>,
  raw: string | undefined,
  text: string,
  line: number,
  validated: boolean,
): ParsedRecord | typeof NEEDS_LOSSLESS {
  let extra: Record<string, unknown> | undefined;
  for (const key in root) {
    if (key === "metadata" || key === "metrics" || key === "error") continue;
    extra ??= {};
    setOwn(extra, key, root[key]); // a top-level "__proto__" stays data
  }
  const error = (root.error ?? null) as Record<string, unknown> | null;
  const parts: Parts = {
    root,
    metadata: root.metadata as Record<string, unknown>,
    metrics: root.metrics as Record<string, unknown>,
    error,
    extra,
    raw,
    text,
    plain: false,
  };
  if (raw !== undefined) {
    if (hasUnsafeNumber(error) || (extra !== undefined && hasUnsafeNumber(extra))) return NEEDS_LOSSLESS;
    parts.plain = isPlainLine(parts, validated);
  }
  if (convertMetadata(parts) === NEEDS_LOSSLESS || convertMetrics(parts) === NEEDS_LOSSLESS) return NEEDS_LOSSLESS;
  const code = error?.code;
  if (typeof code === "number") {
    const lookup = lookupFor(parts, "code", error as Record<string, unknown>);
    if (checkIntegerLiteral(parts, code, "error", "code", lookup) === NEEDS_LOSSLESS) return NEEDS_LOSSLESS;
  }
  const record: ParsedRecord = {
    line,
    metadata: parts.metadata as RecordMetadata,
    metrics: parts.metrics as Record<string, RecordMetricValue>,
    error: error as ErrorDetails | null,
  };
  if (extra !== undefined) record.extra = extra;
  return record;
}

/** Without schema validation, still refuse what cannot become a ParsedRecord. */
function shapeProblem(obj: unknown): { pointer: string; message: string } | undefined {
  if (!isPlainObject(obj)) return { pointer: "", message: "must be object" };
  if (!isPlainObject(obj.metadata))
    return {
      pointer: obj.metadata === undefined ? "" : "/metadata",
      message: obj.metadata === undefined ? "must have required property 'metadata'" : "must be object",
    };
  if (!isPlainObject(obj.metrics))
    return {
      pointer: obj.metrics === undefined ? "" : "/metrics",
      message: obj.metrics === undefined ? "must have required property 'metrics'" : "must be object",
    };
  const e = obj.error;
  if (e !== undefined && e !== null && !isPlainObject(e))
    return { pointer: "/error", message: "must be object or null" };
  return undefined;
}

function validationError(
  text: string,
  line: number,
  file: string,
  pointer: string,
  message: string,
): RecordValidationError {
  return new RecordValidationError(message, { file, line, column: findNearestValueOffset(text, pointer) + 1, pointer });
}

/** The error for a line JSON.parse rejected, located by the scanner. */
function syntaxErrorFor(text: string, line: number, file: string, nativeMessage: string): RecordSyntaxError {
  const found = findJsonSyntaxError(text);
  if (found === undefined)
    return new RecordSyntaxError(`invalid JSON: ${nativeMessage}`, { file, line, column: 1, pointer: "" });
  return new RecordSyntaxError(
    `invalid JSON: ${found.message}`,
    { file, line, column: found.offset + 1, pointer: found.pointer },
    found.atEnd,
  );
}

/** Parse one JSON value of a line; RecordSyntaxError with line and column if it is not JSON. */
export function parseLineJson(text: string, line: number, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw syntaxErrorFor(text, line, file, e instanceof Error ? e.message : String(e));
  }
}

/** Turn a line's already-parsed JSON into a ParsedRecord (validating it unless told not to). */
export function recordFromJson(
  obj: unknown,
  text: string,
  line: number,
  file: string,
  validate: boolean,
): ParsedRecord {
  if (validate) {
    const issues = validateMetricRecordInfo(obj);
    const first = issues[0];
    if (first !== undefined) {
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
      // Core words a missing property as "<pointer>: is required"; say which one.
      const message =
        outOfDoubleRange(text, first.pointer) ??
        (first.keyword === "required"
          ? `missing required property '${String(first.params.missingProperty)}'`
          : first.message);
      throw validationError(text, line, file, first.pointer, message + more);
    }
  } else {
    const problem = shapeProblem(obj);
    if (problem !== undefined) throw validationError(text, line, file, problem.pointer, problem.message);
  }
  try {
    const fast = buildRecord(obj as Record<string, unknown>, text, text, line, validate);
    if (fast !== NEEDS_LOSSLESS) return fast;
    const root = parseJsonLossless(text) as Record<string, unknown>;
    return buildRecord(root, undefined, text, line, validate) as ParsedRecord;
  } catch (e) {
    if (e instanceof BigListValueError) throw validationError(text, line, file, e.pointer, e.message);
    // Valid JSON the lossless scanner still refuses: nesting beyond its depth limit.
    if (e instanceof JsonTextError)
      throw new RecordSyntaxError(e.message, { file, line, column: e.offset + 1, pointer: e.pointer });
    if (e instanceof IntegerLiteralError) {
      const at = findNearestValueOffset(text, e.pointer);
      const message = e.literal
        ? `must be an integer literal (no fraction or exponent), found ${numberTokenAt(text, at)}`
        : `must be a whole number (a count), found ${numberTokenAt(text, at)}`;
      throw new RecordValidationError(message, { file, line, column: at + 1, pointer: e.pointer });
    }
    throw e;
  }
}

/**
 * Parse and validate one line of profile_export.jsonl. Throws RecordSyntaxError
 * (not JSON) or RecordValidationError (JSON, but not a record), each with the
 * line, the 1-based column where the problem starts, and the JSON pointer.
 */
export function parseRecordLine(text: string, lineNo: number, file = "<string>"): ParsedRecord {
  return recordFromJson(parseLineJson(text, lineNo, file), text, lineNo, file, true);
}
