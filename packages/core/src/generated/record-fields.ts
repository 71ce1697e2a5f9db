// GENERATED FILE - DO NOT EDIT.
// Source: schemas/ (repository root); generator: packages/core/scripts/codegen.mjs.
// To update: run `npm run codegen`.
// Data: x-since/x-header/x-column/x-version-marker of schemas/metric-record-metadata-{session,run1}.schema.json.

/** A per-record metadata key as the schemas annotate it. */
export interface RecordMetadataField {
  /** Key in the line's metadata object. */
  readonly key: string;
  /** First records version (R, O, L, 0.10, 0.12) that writes the key. */
  readonly since: "R" | "O" | "L" | "0.10" | "0.12";
  /** CSV column the key fills; R's timestamp_ns and credit_phase share one with their later names. */
  readonly column: string;
  /** CSV header of that column (on the key that names it). */
  readonly header?: string;
  /** The key's presence tells the records version. */
  readonly versionMarker?: true;
}

export const recordMetadataFields: readonly RecordMetadataField[] = [
  {
    key: "session_num",
    since: "O",
    column: "session_num",
    header: "Session Number",
  },
  {
    key: "request_num",
    since: "L",
    column: "request_num",
    header: "Request Number",
  },
  {
    key: "x_request_id",
    since: "R",
    column: "x_request_id",
    header: "Request ID",
  },
  {
    key: "x_correlation_id",
    since: "R",
    column: "x_correlation_id",
    header: "Correlation ID",
  },
  {
    key: "root_correlation_id",
    since: "0.12",
    column: "root_correlation_id",
    header: "Root Correlation ID",
    versionMarker: true,
  },
  {
    key: "conversation_id",
    since: "R",
    column: "conversation_id",
    header: "Conversation ID",
  },
  {
    key: "turn_index",
    since: "R",
    column: "turn_index",
    header: "Turn Index",
  },
  {
    key: "agent_depth",
    since: "0.10",
    column: "agent_depth",
    header: "Agent Depth",
    versionMarker: true,
  },
  {
    key: "benchmark_phase",
    since: "R",
    column: "phase",
    header: "Phase",
  },
  {
    key: "phase_index",
    since: "0.12",
    column: "phase_index",
    header: "Phase Index",
    versionMarker: true,
  },
  {
    key: "profiling_index",
    since: "0.12",
    column: "profiling_index",
    header: "Profiling Index",
    versionMarker: true,
  },
  {
    key: "phase_name",
    since: "0.12",
    column: "phase_name",
    header: "Phase Name",
    versionMarker: true,
  },
  {
    key: "phase_kind",
    since: "0.12",
    column: "phase_kind",
    header: "Phase Kind",
    versionMarker: true,
  },
  {
    key: "credit_issued_ns",
    since: "L",
    column: "credit_issued_ns",
    header: "Credit Issued (ns)",
    versionMarker: true,
  },
  {
    key: "credit_received_ns",
    since: "L",
    column: "credit_received_ns",
    header: "Credit Received (ns)",
  },
  {
    key: "request_start_ns",
    since: "R",
    column: "request_start_ns",
    header: "Request Start (ns)",
  },
  {
    key: "request_ack_ns",
    since: "O",
    column: "request_ack_ns",
    header: "Request Ack (ns)",
  },
  {
    key: "request_end_ns",
    since: "O",
    column: "request_end_ns",
    header: "Request End (ns)",
  },
  {
    key: "was_cancelled",
    since: "O",
    column: "was_cancelled",
    header: "Was Cancelled",
  },
  {
    key: "cancellation_time_ns",
    since: "O",
    column: "cancellation_time_ns",
    header: "Cancellation Time (ns)",
  },
  {
    key: "context_overflow_skip",
    since: "0.12",
    column: "context_overflow_skip",
    header: "Context Overflow Skip",
    versionMarker: true,
  },
  {
    key: "clock_offset_ns",
    since: "L",
    column: "clock_offset_ns",
    header: "Clock Offset (ns)",
  },
  {
    key: "worker_id",
    since: "R",
    column: "worker_id",
    header: "Worker ID",
  },
  {
    key: "record_processor_id",
    since: "R",
    column: "record_processor_id",
    header: "Record Processor ID",
  },
  {
    key: "timestamp_ns",
    since: "R",
    column: "request_start_ns",
    versionMarker: true,
  },
  {
    key: "credit_phase",
    since: "R",
    column: "phase",
  },
];
