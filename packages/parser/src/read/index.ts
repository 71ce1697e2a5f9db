export { readRecords, loadRecords } from "./read-records.js";
export type { RecordSource, ReadOptions, RecordStream } from "./read-records.js";
export { loadRecordsSync } from "./load-sync.js";
export { parseRecordLine } from "./record-line.js";
export { serializeRecord } from "./serialize.js";
export {
  describePhase,
  inPhase,
  listPhases,
  resolveArtifacts,
  RECORDS_FILE,
  SUMMARY_JSON_FILE,
  SUMMARY_CSV_FILE,
} from "./artifacts.js";
export type { ArtifactPaths, LocateOptions, PhaseArtifacts } from "./artifacts.js";
export { detectRecordsVersion } from "./version.js";
export { recordStartNs, recordPhase } from "./record-fields.js";
export type { ReadMode } from "./line-reader.js";
export { DEFAULT_MAX_LINE_BYTES, MAX_LINE_BYTES_CAP } from "./line-splitter.js";
export { assertKnownRecordsVersion, UnknownRecordsVersionError, unknownVersionFields } from "./unknown-version.js";
