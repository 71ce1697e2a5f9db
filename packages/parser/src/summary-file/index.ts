export { parseSummary } from "./parse-summary.js";
export { readSummary } from "./read-summary.js";
