// Typed errors: the CLI maps each kind to an exit code and prints one line.
// A user's mistake is never a stack trace.
import type { ReadReport } from "./model.js";

export type AiperfErrorKind =
  | "not-found" // path missing
  | "no-records" // directory without profile_export.jsonl
  | "wrong-file-kind" // e.g. the summary JSON passed where records are expected
  | "syntax" // a line is not JSON
  | "validation" // a line is JSON but not a valid record
  | "truncated" // last line cut off mid-record
  | "summary-format" // a summary file of no known variant
  | "line-too-long" // a line beyond the reader's maxLineBytes (or a source without newlines)
  | "corrupt" // a damaged gzip container: corrupt data or a stream that ends early
  | "empty" // the input holds no record lines at all (0 bytes, only blank lines)
  | "usage" // a bad option value (maxLineBytes, AIPERF_THREADS)
  | "io"; // other read/write failure

export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  pointer?: string;
}

export class AiperfError extends Error {
  readonly kind: AiperfErrorKind;
  readonly location: ErrorLocation;
  /** One line that tells the user what to do. */
  readonly hint: string | undefined;
  /** Set on errors that end a read: what was read up to the failure. */
  report?: ReadReport;

  constructor(
    kind: AiperfErrorKind,
    message: string,
    location: ErrorLocation = {},
    hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
    this.kind = kind;
    this.location = location;
    this.hint = hint;
  }

  /** `file:line:column: message (at /pointer)`: the one line the CLI prints. */
  format(): string {
    const { file, line, column, pointer } = this.location;
    const where = [file, line, column].filter((p) => p !== undefined).join(":");
    const at = pointer !== undefined && pointer !== "" ? ` (at ${pointer})` : "";
    return `${where ? `${where}: ` : ""}${this.message}${at}`;
  }
}

export class SourceNotFoundError extends AiperfError {
  constructor(file: string, hint?: string) {
    super("not-found", "no such file or directory", { file }, hint);
  }
}

export class NoRecordsError extends AiperfError {
  constructor(dir: string) {
    super(
      "no-records",
      "no profile_export.jsonl in this directory",
      { file: dir },
      "pass an AIPerf artifacts directory or a profile_export.jsonl file",
    );
  }
}

export class WrongFileKindError extends AiperfError {
  constructor(file: string, message: string, hint?: string) {
    super("wrong-file-kind", message, { file }, hint);
  }
}

export class RecordSyntaxError extends AiperfError {
  /** The line ended while a value was still open: a cut-off line rather than a typo. */
  readonly endOfInput: boolean;

  constructor(message: string, location: ErrorLocation, endOfInput = false) {
    super("syntax", message, location);
    this.endOfInput = endOfInput;
  }
}

export class RecordValidationError extends AiperfError {
  constructor(message: string, location: ErrorLocation) {
    super("validation", message, location);
  }
}

export class TruncatedFileError extends AiperfError {
  constructor(location: ErrorLocation) {
    super(
      "truncated",
      "last line is cut off mid-record (was the run killed while writing?)",
      location,
      "use lenient mode to read the complete records before it",
    );
  }
}

export class SummaryFormatError extends AiperfError {
  constructor(message: string, location: ErrorLocation) {
    super("summary-format", message, location);
  }
}

/** A read failed for a reason other than the content: permissions, a corrupt gzip stream, ... */
export class SourceReadError extends AiperfError {
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super("io", message, { file }, undefined, options);
  }
}

/** A line longer than the reader's limit: the read stops there, in strict and lenient mode alike. */
export class LineTooLongError extends AiperfError {
  readonly maxLineBytes: number;

  constructor(file: string, line: number, maxLineBytes: number) {
    super(
      "line-too-long",
      `line is longer than ${maxLineBytes} bytes (the line limit); not one JSON record per line`,
      { file, line },
      "raise maxLineBytes if the line is genuine",
    );
    this.maxLineBytes = maxLineBytes;
  }
}

/** A bad option value given to the library (or through the environment, AIPERF_THREADS). */
export class UsageError extends AiperfError {
  constructor(message: string, hint?: string) {
    super("usage", message, {}, hint);
  }
}

/** The input has no record lines at all: 0 bytes, only blank lines, an empty .gz or empty stdin. */
export class EmptyInputError extends AiperfError {
  constructor(file: string, blankLines: number) {
    super(
      "empty",
      blankLines === 0
        ? "no records: the input is empty"
        : `no records: the input holds only ${blankLines} blank line${blankLines === 1 ? "" : "s"}`,
      { file },
      "pass AIPerf's profile_export.jsonl or the artifacts directory of a finished run",
    );
  }
}

/**
 * A damaged gzip container (corrupt data, a bad checksum, a stream cut off): the same error in strict
 * and lenient mode, after the records before the damage have been yielded.
 */
export class CorruptGzipError extends AiperfError {
  constructor(file: string, message: string, options?: { cause?: unknown }) {
    super(
      "corrupt",
      message,
      { file },
      "check the file with `gzip -t`; the records before the damage were read",
      options,
    );
  }
}
