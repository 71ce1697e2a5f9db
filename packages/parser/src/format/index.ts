export { formatPyFloat, shortestDigits } from "./py-float.js";
export { formatFixed } from "./fixed.js";
export type { FormatFixedOptions } from "./fixed.js";
export { JsonFloat, pyJsonDumps, pyJsonScalar, writePyJson } from "./py-json.js";
export type { PyJsonOptions } from "./py-json.js";
export { FLAT_METRIC_FIELDS, formatSummaryJson } from "./summary-json.js";
export type { FormatSummaryJsonOptions } from "./summary-json.js";
export { formatPyRepr, formatPyValue } from "./py-repr.js";
