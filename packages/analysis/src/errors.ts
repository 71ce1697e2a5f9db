// A usage mistake in what the caller asked for (a threshold, a metric, a statistic): the CLI
// turns it into one line and exit code 2.
// "data" is the input's fault (a record lacks a field a feature needs): exit 1.
export type AnalysisErrorKind = "threshold-syntax" | "unknown-metric" | "missing-statistic" | "unit" | "usage" | "data";

export class AnalysisError extends Error {
  readonly kind: AnalysisErrorKind;
  readonly hint: string | undefined;

  constructor(kind: AnalysisErrorKind, message: string, hint?: string) {
    super(message);
    this.name = "AnalysisError";
    this.kind = kind;
    this.hint = hint;
  }
}
