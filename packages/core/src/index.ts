// @aiperf/core: types, precompiled validators, metric catalog and units for AIPerf output files.
// Nothing here reads files; that is @aiperf/parser's job.
export type * from "./generated/types.js";
export * from "./validate.js";
export { ValidationError, formatIssues, type ValidationIssue } from "./validation-error.js";
export { MetricFlag, flagMask, flagNames, hasFlag, type MetricFlagName } from "./flags.js";
export { units, unitRatio, convertUnit, type UnitDefinition, type UnitFamily } from "./units.js";
export {
  metrics,
  getMetric,
  metricFlags,
  metricDisplayOrder,
  displayRatio,
  metricDirection,
  metricAliases,
} from "./catalog.js";
export { jsonNumber, toJsonText, type JsonTextOptions } from "./json-text.js";
export { recordMetadataFields, type RecordMetadataField } from "./generated/record-fields.js";
