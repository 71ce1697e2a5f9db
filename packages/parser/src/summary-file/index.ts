export { type ParseSummaryOptions, parseSummary, SummarySchemaError, type SummaryIssue } from "./parse-summary.js";
export { readSummary } from "./read-summary.js";
export {
  describeProducer,
  detectSummaryProducer,
  type Producer,
  RecordsProducerTracker,
} from "./producer.js";
export {
  type ArtifactFileIssue,
  type ArtifactFileKind,
  type ArtifactFileReport,
  artifactFileKind,
  checkArtifactFile,
  findArtifactFiles,
} from "./artifact-files.js";
