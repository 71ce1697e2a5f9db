// Bytes -> records, shared by the async and sync readers: line splitting,
// counts, issues, strict/lenient handling, truncation, wrong-file-kind
// detection, version. Push chunks with feed(), then drain with take().
import {
  AiperfError,
  CorruptGzipError,
  EmptyInputError,
  LineTooLongError,
  RecordSyntaxError,
  TruncatedFileError,
  WrongFileKindError,
} from "../errors.js";
import type { ParsedRecord, ReadReport, RecordIssue } from "../model.js";
import { DEFAULT_MAX_LINE_BYTES, LineSplitter } from "./line-splitter.js";
import { parseLineJson, recordFromJson } from "./record-line.js";
import { VersionTracker } from "./version.js";

export type ReadMode = "strict" | "lenient";

const SUMMARY_HINT = "this is AIPerf's summary file; pass profile_export.jsonl or the artifacts directory";
const CSV_HINT =
  "a CSV file (AIPerf's profile_export_aiperf.csv?) holds no records; pass profile_export.jsonl or the artifacts directory";

const UTF16_HINT = "AIPerf writes UTF-8; convert the file first (iconv -f UTF-16 -t UTF-8)";
const BINARY_HINT = "pass AIPerf's profile_export.jsonl (or .jsonl.gz) or the artifacts directory";

/**
 * The start of the input says it is not UTF-8 text: a UTF-16 byte order mark, NUL bytes every other
 * byte (UTF-16 without a mark), or any other NUL byte (binary data). JSON text never holds a raw NUL.
 * A start of NULs only is left to the line rules (below).
 */
function encodingProblem(head: Buffer): string | undefined {
  const a = head[0];
  const b = head[1];
  if (a === 0xff && b === 0xfe) return "UTF-16 text (byte order mark FF FE), not UTF-8";
  if (a === 0xfe && b === 0xff) return "UTF-16 text (byte order mark FE FF), not UTF-8";
  const n = Math.min(head.length, 4096);
  const nul = head.subarray(0, n).indexOf(0);
  // Nothing but NULs (/dev/zero, a zero-filled bomb): no kind of file to name; the line rules report it
  // (a line beyond the limit, else a syntax error at 1:1), exit 1 rather than 2 (issue 9, class 3).
  if (nul === 0 && head.subarray(0, n).every((b) => b === 0)) return undefined;
  if (nul < 0) {
    try {
      // stream: a multi-byte character cut at the end of the sample is not an error.
      new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, n), { stream: true });
      return undefined;
    } catch {
      return "binary data (not valid UTF-8), not UTF-8 text";
    }
  }
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = n >> 1;
  if (pairs > 0 && odd >= pairs * 0.9 && even === 0)
    return "UTF-16LE text (a NUL byte after every character), not UTF-8";
  if (pairs > 0 && even >= pairs * 0.9 && odd === 0)
    return "UTF-16BE text (a NUL byte before every character), not UTF-8";
  return `binary data (a NUL byte at offset ${nul}), not UTF-8 text`;
}

/** A first line with commas outside any JSON object: a CSV header such as `Metric,avg,min,...`. */
function looksLikeCsv(text: string): boolean {
  const t = text.trimStart();
  return !t.startsWith("{") && !t.startsWith("[") && t.includes(",");
}

function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  // Cheap test first: a record line starts with '{'.
  return (c === 0x20 || c === 0x09) && text.trim() === "";
}

function isSummaryObject(obj: unknown): boolean {
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return false;
  return !("metadata" in obj) && ("records" in obj || "input_config" in obj);
}

export class LineReader {
  readonly report: ReadReport;
  private readonly tracker = new VersionTracker();
  private lineNo = 0;
  private sawContent = false;
  private readonly splitter: LineSplitter;
  private queue: string[] = [];
  private next = 0;
  private ending = false;
  private lastLine: string | undefined;
  private cutOff = false;
  private checkedEmpty = false;
  private checkedEncoding = false;

  constructor(
    readonly file: string,
    private readonly mode: ReadMode,
    private readonly validate: boolean,
    /** Lines start past the file's first line (a worker's byte range): no BOM, no first-line checks. */
    private readonly midFile = false,
    private readonly maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  ) {
    this.splitter = new LineSplitter(maxLineBytes);
    this.report = {
      file,
      version: null,
      linesRead: 0,
      blankLines: 0,
      accepted: 0,
      skipped: 0,
      truncated: false,
      bytesRead: 0,
      issues: [],
    };
    this.sawContent = midFile;
  }

  /** A non-blank line has been seen. */
  get sawAnyContent(): boolean {
    return this.sawContent;
  }

  /** The version markers seen (to merge the readers of several byte ranges). */
  get versionTracker(): VersionTracker {
    return this.tracker;
  }

  /** Queue the complete lines of a chunk. */
  feed(chunk: Buffer): void {
    if (!this.checkedEncoding && !this.midFile && chunk.length > 0) {
      this.checkedEncoding = true;
      const problem = encodingProblem(chunk);
      if (problem !== undefined) {
        const hint = problem.startsWith("UTF-16") ? UTF16_HINT : BINARY_HINT;
        const error = new WrongFileKindError(this.file, `expected UTF-8 JSON lines, found ${problem}`, hint);
        error.report = this.finish();
        throw error;
      }
    }
    if (this.next === this.queue.length) {
      this.queue.length = 0;
      this.next = 0;
    }
    this.splitter.push(chunk, this.queue);
  }

  /** No more bytes; `cutOff` when the source itself ended early (a cut gzip stream). */
  end(cutOff = false): void {
    this.ending = true;
    this.lastLine = this.splitter.end();
    this.cutOff = cutOff;
  }

  /** The next record of the queued lines, or undefined when they are used up. Throws in strict mode. */
  take(): ParsedRecord | undefined {
    while (this.next < this.queue.length) {
      const text = this.queue[this.next] as string;
      this.queue[this.next++] = "";
      const record = this.line(text, true);
      if (record !== undefined) return record;
    }
    if (this.splitter.overflow !== undefined) {
      // Every line before the long one has been taken: the read ends here, in either mode.
      const error = new LineTooLongError(this.file, this.lineNo + 1, this.maxLineBytes);
      error.report = this.finish();
      throw error;
    }
    if (!this.ending) return undefined;
    if (this.cutOff) {
      // A gzip stream that ends early is a damaged container in either mode; its partial last line is not read.
      this.cutOff = false;
      this.lastLine = undefined;
      const error = new CorruptGzipError(this.file, "gzip data ends early: the .gz file is cut off");
      error.report = this.finish();
      throw error;
    }
    if (this.lastLine !== undefined) {
      const text = this.lastLine;
      this.lastLine = undefined;
      const record = this.line(text, false);
      if (record !== undefined) return record;
    }
    if (!this.sawContent && !this.checkedEmpty) {
      // Nothing to read is an error in either mode, never an empty success.
      this.checkedEmpty = true;
      const error = new EmptyInputError(this.file, this.report.blankLines);
      error.report = this.finish();
      throw error;
    }
    return undefined;
  }

  /**
   * One decoded line (without its newline). `terminated` is false only for a
   * last line that has no newline after it. Returns the record, or undefined
   * for a blank or skipped line; throws the line's error in strict mode.
   */
  private line(text: string, terminated: boolean): ParsedRecord | undefined {
    const lineNo = ++this.lineNo;
    this.report.linesRead++;
    if (lineNo === 1 && !this.midFile && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (isBlank(text)) {
      this.report.blankLines++;
      return undefined;
    }
    const first = !this.sawContent;
    this.sawContent = true;
    if (first && text.trim() === "{") throw this.wrongKind();
    if (first && looksLikeCsv(text))
      throw new WrongFileKindError(this.file, "expected one JSON record per line, found CSV text", CSV_HINT);
    let record: ParsedRecord;
    try {
      const obj = parseLineJson(text, lineNo, this.file);
      if (first && isSummaryObject(obj)) throw this.wrongKind();
      record = recordFromJson(obj, text, lineNo, this.file, this.validate);
    } catch (e) {
      if (e instanceof RecordSyntaxError && e.endOfInput && !terminated)
        return this.reject(new TruncatedFileError(e.location), "truncated");
      if (e instanceof AiperfError && (e.kind === "syntax" || e.kind === "validation")) return this.reject(e, e.kind);
      throw e;
    }
    this.report.accepted++;
    this.tracker.observe(record.metadata);
    return record;
  }

  /** The report as of now (also attached to errors that end the read). */
  finish(): ReadReport {
    this.report.version = this.tracker.version;
    return this.report;
  }

  private wrongKind(): WrongFileKindError {
    return new WrongFileKindError(
      this.file,
      "expected one JSON record per line, found a pretty-printed summary object",
      SUMMARY_HINT,
    );
  }

  private reject(error: AiperfError, kind: RecordIssue["kind"]): undefined {
    if (kind === "truncated") this.report.truncated = true;
    if (this.mode === "strict") {
      error.report = this.finish();
      throw error;
    }
    const { line = this.lineNo, column = 1, pointer = "" } = error.location;
    this.report.issues.push({ file: this.file, line, column, pointer, message: error.message, kind });
    this.report.skipped++;
    return undefined;
  }
}
