export { parseSummary, SummarySchemaError, type SummaryIssue } from "./parse-summary.js";
export { readSummary } from "./read-summary.js";
export {
  describeProducer,
  detectSummaryProducer,
  type Producer,
  RecordsProducerTracker,
} from "./producer.js";
