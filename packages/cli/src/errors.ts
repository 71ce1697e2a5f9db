// Maps every failure to one line and an exit code. AiperfError is recognised
// by shape, not instanceof, so the boundary does not load @aiperf/parser
// (keeps --help fast) and survives duplicate package copies.
import type { AiperfErrorKind } from "@aiperf/parser";
import { ExitCode, type ExitCodeValue } from "./exit-codes.js";

/** A failure the CLI itself detects (bad option value, existing output, ...). */
export class CliError extends Error {
  readonly exitCode: ExitCodeValue;
  readonly hint: string | undefined;

  constructor(exitCode: ExitCodeValue, message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "CliError";
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

export function usageError(message: string, hint?: string): CliError {
  return new CliError(ExitCode.usage, message, hint);
}

const KIND_EXIT: Record<AiperfErrorKind, ExitCodeValue> = {
  "not-found": ExitCode.notFound,
  "no-records": ExitCode.notFound,
  "wrong-file-kind": ExitCode.usage,
  syntax: ExitCode.invalidData,
  validation: ExitCode.invalidData,
  truncated: ExitCode.invalidData,
  "summary-format": ExitCode.invalidData,
  "line-too-long": ExitCode.invalidData,
  empty: ExitCode.invalidData,
  corrupt: ExitCode.invalidData,
  usage: ExitCode.usage,
  io: ExitCode.io,
};

// The CLI's own flag for what the parser's hint calls "lenient mode".
const LENIENT_HINT = "pass --lenient to skip bad lines (they are counted and reported)";
const CLI_HINTS: Partial<Record<AiperfErrorKind, string>> = {
  syntax: LENIENT_HINT,
  validation: LENIENT_HINT,
  truncated: "pass --lenient to use the complete records before the cut-off line",
  "line-too-long": "pass --max-line-bytes N if the line is genuine",
};

interface AiperfErrorLike extends Error {
  kind: AiperfErrorKind;
  hint?: string | undefined;
  format(): string;
}

function isAiperfError(err: unknown): err is AiperfErrorLike {
  if (!(err instanceof Error)) return false;
  const { kind, format } = err as Partial<Record<"kind" | "format", unknown>>;
  return typeof kind === "string" && Object.hasOwn(KIND_EXIT, kind) && typeof format === "function";
}

/** Node's fs errors (ENOENT, EACCES, EEXIST...) carry a `code` and usually a `path`. */
function nodeErrorCode(err: unknown): string | undefined {
  const code = err instanceof Error ? (err as NodeJS.ErrnoException).code : undefined;
  return typeof code === "string" && code.startsWith("E") ? code : undefined;
}

export interface Failure {
  exitCode: ExitCodeValue;
  line: string;
  hint: string | undefined;
  /** True when the failure is a bug rather than a user mistake. */
  internal: boolean;
}

export function describeFailure(err: unknown): Failure {
  if (err instanceof CliError) {
    return { exitCode: err.exitCode, line: err.message, hint: err.hint, internal: false };
  }
  if (isAiperfError(err)) {
    // @aiperf/core/fs's OutputExistsError is an "io" error; the CLI gives it its own code.
    const exitCode = err.name === "OutputExistsError" ? ExitCode.outputExists : KIND_EXIT[err.kind];
    return { exitCode, line: err.format(), hint: CLI_HINTS[err.kind] ?? err.hint, internal: false };
  }
  const code = nodeErrorCode(err);
  if (code !== undefined) {
    const e = err as NodeJS.ErrnoException;
    const where = e.path !== undefined ? `${e.path}: ` : "";
    const notFound = code === "ENOENT" || code === "ENOTDIR";
    const reason = notFound ? "no such file or directory" : e.message.replace(/^\w+: /, "");
    return {
      exitCode: notFound ? ExitCode.notFound : code === "EEXIST" ? ExitCode.outputExists : ExitCode.io,
      line: `${where}${reason}${notFound ? "" : ` (${code})`}`,
      hint: code === "EACCES" || code === "EPERM" ? "check the file's permissions" : undefined,
      internal: false,
    };
  }
  const message = err instanceof Error ? err.message : String(err);
  return {
    exitCode: ExitCode.internal,
    line: `internal error: ${message}`,
    hint: "run again with --debug and report the output",
    internal: true,
  };
}
