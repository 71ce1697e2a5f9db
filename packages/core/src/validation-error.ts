/** One problem found by a validator. */
export interface ValidationIssue {
  /** JSON pointer (RFC 6901) to the offending value; "" is the root. For a missing property it points at that property. */
  pointer: string;
  /** What was expected, e.g. "must be string" or "is required". */
  message: string;
  /** JSON Schema keyword that failed, e.g. "type", "required", "enum". */
  keyword: string;
  /** Keyword parameters as reported by ajv, e.g. { type: "string" } or { missingProperty: "worker_id" }. */
  params: Record<string, unknown>;
}

/** Formats issues one per line: "<pointer or '/'>: <message>". */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((i) => `${i.pointer === "" ? "/" : i.pointer}: ${i.message}`).join("\n");
}

/** Thrown by the assertX functions; lists every problem of the value, not just the first. */
export class ValidationError extends Error {
  override readonly name = "ValidationError";
  /** Model the value was checked against, e.g. "MetricRecordInfo". */
  readonly model: string;
  readonly issues: readonly ValidationIssue[];

  constructor(model: string, issues: readonly ValidationIssue[]) {
    super(formatIssues(issues));
    this.model = model;
    this.issues = issues;
  }
}
