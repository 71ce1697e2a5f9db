export { parseSummary, SummarySchemaError, type SummaryIssue } from "./parse-summary.js";
export { readSummary } from "./read-summary.js";
