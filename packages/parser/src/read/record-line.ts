// One line of profile_export.jsonl -> ParsedRecord.
//
// Fast path: native JSON.parse, then the few integers a double cannot hold
// (every `*_ns` timestamp, run1's min_request_timestamp/max_response_timestamp)
// are re-read from the raw text. In valid JSON, `"key":` whose quote follows
// `{` or `,` (after optional whitespace) is always a property name, never string
// content, so when it occurs exactly once its value token is unambiguous. When
// that does not hold (duplicate key names in nested objects, an escaped key,
// a big integer somewhere unexpected) the line is parsed again by the lossless
// scanner. Nothing exact ever passes through a double.
import { validateMetricRecordInfo } from "@aiperf/core";
import type { ErrorDetails } from "@aiperf/core";
import { RecordSyntaxError, RecordValidationError } from "../errors.js";
import type { ParsedRecord, RecordMetadata, RecordMetricValue } from "../model.js";
import { findJsonSyntaxError, findNearestValueOffset, isIntegerLiteral, parseJsonLossless } from "./json-text.js";

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function isUnsafeNumber(v: number): boolean {
  return v > MAX_SAFE || v < -MAX_SAFE;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function skipWs(text: string, pos: number): number {
  while (pos < text.length && isWs(text.charCodeAt(pos))) pos++;
  return pos;
}

/** Index of the value after the single property `"key":` in `text`, or -1 if absent or not unique. */
function uniquePropertyValue(text: string, key: string): number {
  const needle = `"${key}"`;
  let found = -1;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    let b = i - 1;
    while (b >= 0 && isWs(text.charCodeAt(b))) b--;
    const before = text.charCodeAt(b);
    if (before !== 0x7b && before !== 0x2c) continue; // inside a string, or a string value
    const colon = skipWs(text, i + needle.length);
    if (text.charCodeAt(colon) !== 0x3a) continue; // a string value equal to the key
    if (found >= 0) return -1;
    found = skipWs(text, colon + 1);
  }
  return found;
}

function numberToken(text: string, pos: number): string {
  let end = pos;
  for (;;) {
    const c = text.charCodeAt(end);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === 0x65 || c === 0x45) end++;
    else break;
  }
  return text.slice(pos, end);
}

/** The exact value of a token JSON.parse read as `parsed`; undefined if the text does not confirm it. */
function exactToken(token: string, parsed: number): number | bigint | undefined {
  if (token === "" || Number(token) !== parsed) return undefined;
  return isIntegerLiteral(token) ? BigInt(token) : parsed;
}

function rawPropertyNumber(text: string, key: string, parsed: number): number | bigint | undefined {
  const pos = uniquePropertyValue(text, key);
  return pos < 0 ? undefined : exactToken(numberToken(text, pos), parsed);
}

/** `"tag":{"value":<token>` -> exact value of the token. */
function rawMetricValue(text: string, tag: string, parsed: number): number | bigint | undefined {
  let pos = uniquePropertyValue(text, tag);
  if (pos < 0 || text.charCodeAt(pos) !== 0x7b) return undefined;
  pos = skipWs(text, pos + 1);
  if (!text.startsWith('"value"', pos)) return undefined;
  pos = skipWs(text, pos + 7);
  if (text.charCodeAt(pos) !== 0x3a) return undefined;
  return exactToken(numberToken(text, skipWs(text, pos + 1)), parsed);
}

function hasUnsafeNumber(v: unknown, depth = 0): boolean {
  if (typeof v === "number") return isUnsafeNumber(v);
  if (typeof v !== "object" || v === null || depth > 64) return depth > 64;
  if (Array.isArray(v)) {
    for (const x of v) if (hasUnsafeNumber(x, depth + 1)) return true;
    return false;
  }
  for (const k in v) if (hasUnsafeNumber((v as Record<string, unknown>)[k], depth + 1)) return true;
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
 * Convert metadata in place: `*_ns` integers -> bigint, other unsafe integers
 * -> bigint when the file has an integer literal. `raw` is the line for the
 * fast path, undefined when the object came from the lossless scanner.
 */
function convertMetadata(md: Record<string, unknown>, raw: string | undefined): typeof NEEDS_LOSSLESS | undefined {
  for (const key in md) {
    const v = md[key];
    if (typeof v === "number") {
      const ns = key.endsWith("_ns");
      if (Number.isSafeInteger(v)) {
        if (ns) md[key] = BigInt(v);
      } else if (isUnsafeNumber(v) && raw !== undefined) {
        const exact = rawPropertyNumber(raw, key, v);
        if (exact === undefined) return NEEDS_LOSSLESS;
        md[key] = ns && typeof exact === "number" && Number.isInteger(exact) ? BigInt(exact) : exact;
      } else if (ns && Number.isInteger(v)) {
        // A float literal like 1.76e18 under an *_ns key: the double's exact value.
        md[key] = BigInt(v);
      }
    } else if (raw !== undefined && typeof v === "object" && v !== null && hasUnsafeNumber(v)) {
      return NEEDS_LOSSLESS;
    }
  }
  return undefined;
}

function convertMetrics(metrics: Record<string, unknown>, raw: string | undefined): typeof NEEDS_LOSSLESS | undefined {
  for (const tag in metrics) {
    const mv = metrics[tag];
    if (!isPlainObject(mv)) continue; // only reachable with validate: false
    const v = mv["value"];
    if (typeof v === "number") {
      if (raw !== undefined && isUnsafeNumber(v)) {
        const exact = rawMetricValue(raw, tag, v);
        if (exact === undefined) return NEEDS_LOSSLESS;
        mv["value"] = exact;
      }
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x === "number" ? raw !== undefined && isUnsafeNumber(x) : typeof x === "bigint") {
          if (raw !== undefined) return NEEDS_LOSSLESS;
          throw new BigListValueError(`/metrics/${tag.replace(/~/g, "~0").replace(/\//g, "~1")}/value/${i}`);
        }
      }
    }
  }
  return undefined;
}

function buildRecord(obj: Record<string, unknown>, raw: string | undefined, line: number): ParsedRecord | typeof NEEDS_LOSSLESS {
  const metadata = obj["metadata"] as Record<string, unknown>;
  const metrics = obj["metrics"] as Record<string, unknown>;
  if (convertMetadata(metadata, raw) === NEEDS_LOSSLESS) return NEEDS_LOSSLESS;
  if (convertMetrics(metrics, raw) === NEEDS_LOSSLESS) return NEEDS_LOSSLESS;
  let extra: Record<string, unknown> | undefined;
  for (const key in obj) {
    if (key === "metadata" || key === "metrics" || key === "error") continue;
    (extra ??= {})[key] = obj[key];
  }
  const error = (obj["error"] ?? null) as ErrorDetails | null;
  if (raw !== undefined && (hasUnsafeNumber(error) || (extra !== undefined && hasUnsafeNumber(extra)))) return NEEDS_LOSSLESS;
  const record: ParsedRecord = {
    line,
    metadata: metadata as RecordMetadata,
    metrics: metrics as Record<string, RecordMetricValue>,
    error,
  };
  if (extra !== undefined) record.extra = extra;
  return record;
}

/** Without schema validation, still refuse what cannot become a ParsedRecord. */
function shapeProblem(obj: unknown): { pointer: string; message: string } | undefined {
  if (!isPlainObject(obj)) return { pointer: "", message: "must be object" };
  if (!isPlainObject(obj["metadata"])) return { pointer: obj["metadata"] === undefined ? "" : "/metadata", message: obj["metadata"] === undefined ? "must have required property 'metadata'" : "must be object" };
  if (!isPlainObject(obj["metrics"])) return { pointer: obj["metrics"] === undefined ? "" : "/metrics", message: obj["metrics"] === undefined ? "must have required property 'metrics'" : "must be object" };
  const e = obj["error"];
  if (e !== undefined && e !== null && !isPlainObject(e)) return { pointer: "/error", message: "must be object or null" };
  return undefined;
}

function validationError(text: string, line: number, file: string, pointer: string, message: string): RecordValidationError {
  return new RecordValidationError(message, { file, line, column: findNearestValueOffset(text, pointer) + 1, pointer });
}

/** The error for a line JSON.parse rejected, located by the scanner. */
export function syntaxErrorFor(text: string, line: number, file: string, nativeMessage: string): RecordSyntaxError {
  const found = findJsonSyntaxError(text);
  if (found === undefined) return new RecordSyntaxError(`invalid JSON: ${nativeMessage}`, { file, line, column: 1, pointer: "" });
  return new RecordSyntaxError(`invalid JSON: ${found.message}`, { file, line, column: found.offset + 1, pointer: found.pointer }, found.atEnd);
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
export function recordFromJson(obj: unknown, text: string, line: number, file: string, validate: boolean): ParsedRecord {
  if (validate) {
    const issues = validateMetricRecordInfo(obj);
    const first = issues[0];
    if (first !== undefined) {
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
      throw validationError(text, line, file, first.pointer, first.message + more);
    }
  } else {
    const problem = shapeProblem(obj);
    if (problem !== undefined) throw validationError(text, line, file, problem.pointer, problem.message);
  }
  try {
    const fast = buildRecord(obj as Record<string, unknown>, text, line);
    if (fast !== NEEDS_LOSSLESS) return fast;
    return buildRecord(parseJsonLossless(text) as Record<string, unknown>, undefined, line) as ParsedRecord;
  } catch (e) {
    if (e instanceof BigListValueError) throw validationError(text, line, file, e.pointer, e.message);
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
