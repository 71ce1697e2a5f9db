export { formatPyFloat } from "./py-float.js";
export { formatFixed } from "./fixed.js";
export type { FormatFixedOptions } from "./fixed.js";
export { JsonFloat, pyJsonDumps } from "./py-json.js";
export { formatSummaryJson, rustMetric, SUMMARY_PRODUCERS, SUMMARY_SCHEMA_VERSIONS } from "./summary-json.js";
export type { FormatSummaryJsonOptions, SummaryProducer, SummarySchemaVersion } from "./summary-json.js";
export { formatPyRepr, formatPyValue } from "./py-repr.js";
