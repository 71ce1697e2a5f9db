// Typed wrappers around the precompiled ajv validators of ./generated/validators.ts.
import * as compiled from "./generated/validators.js";
import type {
  CheckResult,
  CompareResult,
  ErrorDetails,
  ErrorDetailsCount,
  MetricDefinition,
  MetricRecordInfo,
  MetricRecordMetadata,
  MetricResult,
  MetricValue,
  PhaseManifest,
  RecordsCsvRow,
  ServerMetricsFile,
  SteadyStateFile,
  SummaryFile,
  TelemetryData,
  ThresholdsFile,
  TimeslicesCsvRow,
  TimeslicesFile,
} from "./generated/types.js";
import { ValidationError, type ValidationIssue } from "./validation-error.js";

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

interface CompiledValidator {
  (data: unknown): boolean;
  errors?: AjvError[] | null;
}

export type Validate = (value: unknown) => readonly ValidationIssue[];
export type Guard<T> = (value: unknown) => value is T;
export type Assert<T> = (value: unknown) => asserts value is T;

const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

const escapePointer = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

function describe(e: AjvError): { pointer: string; message: string } {
  switch (e.keyword) {
    case "required":
      return {
        pointer: `${e.instancePath}/${escapePointer(String(e.params.missingProperty))}`,
        message: "is required",
      };
    case "type": {
      const t = e.params.type;
      const types = Array.isArray(t) ? t : String(t).split(",");
      return { pointer: e.instancePath, message: `must be ${types.join(" or ")}` };
    }
    case "enum": {
      const allowed = e.params.allowedValues;
      const list = Array.isArray(allowed) ? allowed.map((v) => JSON.stringify(v)).join(", ") : "";
      return { pointer: e.instancePath, message: `must be one of ${list}` };
    }
    default:
      return { pointer: e.instancePath, message: e.message ?? `failed "${e.keyword}"` };
  }
}

function toIssue(e: AjvError): ValidationIssue {
  const { pointer, message } = describe(e);
  return { pointer, message, keyword: e.keyword, params: e.params };
}

function toIssues(errors: readonly AjvError[] | null | undefined): readonly ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    // An "if" error only says that the chosen variant failed; its causes are listed as well.
    if (e.keyword === "if") continue;
    const issue = toIssue(e);
    // A variant and its wrapper can report the same problem (e.g. both require an object).
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues.length > 0 ? issues : [{ pointer: "", message: "is invalid", keyword: "unknown", params: {} }];
}

interface Model<T> {
  validate: Validate;
  is: Guard<T>;
  assert: Assert<T>;
}

function defineModel<T>(name: string, fn: unknown): Model<T> {
  const check = fn as CompiledValidator;
  const validate: Validate = (value) => (check(value) ? NO_ISSUES : toIssues(check.errors));
  return {
    validate,
    is: (value): value is T => check(value),
    assert(value): asserts value is T {
      const issues = validate(value);
      if (issues.length > 0) throw new ValidationError(name, issues);
    },
  };
}

const recordInfo = defineModel<MetricRecordInfo>("MetricRecordInfo", compiled.MetricRecordInfo);
/** Issues of a profile_export.jsonl line (already JSON-parsed); [] when valid. */
export const validateMetricRecordInfo: Validate = recordInfo.validate;
export const isMetricRecordInfo: Guard<MetricRecordInfo> = recordInfo.is;
export const assertMetricRecordInfo: Assert<MetricRecordInfo> = recordInfo.assert;

const recordMetadata = defineModel<MetricRecordMetadata>("MetricRecordMetadata", compiled.MetricRecordMetadata);
export const validateMetricRecordMetadata: Validate = recordMetadata.validate;
export const isMetricRecordMetadata: Guard<MetricRecordMetadata> = recordMetadata.is;
export const assertMetricRecordMetadata: Assert<MetricRecordMetadata> = recordMetadata.assert;

const metricValue = defineModel<MetricValue>("MetricValue", compiled.MetricValue);
export const validateMetricValue: Validate = metricValue.validate;
export const isMetricValue: Guard<MetricValue> = metricValue.is;
export const assertMetricValue: Assert<MetricValue> = metricValue.assert;

const errorDetails = defineModel<ErrorDetails>("ErrorDetails", compiled.ErrorDetails);
export const validateErrorDetails: Validate = errorDetails.validate;
export const isErrorDetails: Guard<ErrorDetails> = errorDetails.is;
export const assertErrorDetails: Assert<ErrorDetails> = errorDetails.assert;

const errorDetailsCount = defineModel<ErrorDetailsCount>("ErrorDetailsCount", compiled.ErrorDetailsCount);
export const validateErrorDetailsCount: Validate = errorDetailsCount.validate;
export const isErrorDetailsCount: Guard<ErrorDetailsCount> = errorDetailsCount.is;
export const assertErrorDetailsCount: Assert<ErrorDetailsCount> = errorDetailsCount.assert;

const metricResult = defineModel<MetricResult>("MetricResult", compiled.MetricResult);
export const validateMetricResult: Validate = metricResult.validate;
export const isMetricResult: Guard<MetricResult> = metricResult.is;
export const assertMetricResult: Assert<MetricResult> = metricResult.assert;

const summaryFile = defineModel<SummaryFile>("SummaryFile", compiled.SummaryFile);
/** Issues of a parsed profile_export_aiperf.json (any layout); [] when valid. */
export const validateSummaryFile: Validate = summaryFile.validate;
export const isSummaryFile: Guard<SummaryFile> = summaryFile.is;
export const assertSummaryFile: Assert<SummaryFile> = summaryFile.assert;

const metricDefinition = defineModel<MetricDefinition>("MetricDefinition", compiled.MetricDefinition);
export const validateMetricDefinition: Validate = metricDefinition.validate;
export const isMetricDefinition: Guard<MetricDefinition> = metricDefinition.is;
export const assertMetricDefinition: Assert<MetricDefinition> = metricDefinition.assert;

const thresholdsFile = defineModel<ThresholdsFile>("ThresholdsFile", compiled.ThresholdsFile);
/** Issues of a parsed thresholds file (compare/check --thresholds); [] when valid. */
export const validateThresholdsFile: Validate = thresholdsFile.validate;
export const isThresholdsFile: Guard<ThresholdsFile> = thresholdsFile.is;
export const assertThresholdsFile: Assert<ThresholdsFile> = thresholdsFile.assert;

const compareResult = defineModel<CompareResult>("CompareResult", compiled.CompareResult);
/** Issues of a `compare --json` document; [] when valid. */
export const validateCompareResult: Validate = compareResult.validate;
export const isCompareResult: Guard<CompareResult> = compareResult.is;
export const assertCompareResult: Assert<CompareResult> = compareResult.assert;

const checkResult = defineModel<CheckResult>("CheckResult", compiled.CheckResult);
/** Issues of a `check --json` document; [] when valid. */
export const validateCheckResult: Validate = checkResult.validate;
export const isCheckResult: Guard<CheckResult> = checkResult.is;
export const assertCheckResult: Assert<CheckResult> = checkResult.assert;

// The other files of an artifacts directory (spec §13.4-§13.6); CSV rows as header -> cell text.
const telemetryData = defineModel<TelemetryData>("TelemetryData", compiled.TelemetryData);
/** Issues of a summary's telemetry_data block (any schema version; 1.5 rules live in SummaryFile). */
export const validateTelemetryData: Validate = telemetryData.validate;
export const isTelemetryData: Guard<TelemetryData> = telemetryData.is;

const phaseManifest = defineModel<PhaseManifest>("PhaseManifest", compiled.PhaseManifest);
/** Issues of a parsed phase_manifest.json. */
export const validatePhaseManifest: Validate = phaseManifest.validate;
export const isPhaseManifest: Guard<PhaseManifest> = phaseManifest.is;

const recordsCsvRow = defineModel<RecordsCsvRow>("RecordsCsvRow", compiled.RecordsCsvRow);
/** Issues of one row of the Rust engine's profile_export_records.csv (header -> cell). */
export const validateRecordsCsvRow: Validate = recordsCsvRow.validate;
export const isRecordsCsvRow: Guard<RecordsCsvRow> = recordsCsvRow.is;

const timeslicesFile = defineModel<TimeslicesFile>("TimeslicesFile", compiled.TimeslicesFile);
/** Issues of a parsed profile_export_aiperf_timeslices.json. */
export const validateTimeslicesFile: Validate = timeslicesFile.validate;
export const isTimeslicesFile: Guard<TimeslicesFile> = timeslicesFile.is;

const timeslicesCsvRow = defineModel<TimeslicesCsvRow>("TimeslicesCsvRow", compiled.TimeslicesCsvRow);
/** Issues of one row of profile_export_aiperf_timeslices.csv (header -> cell). */
export const validateTimeslicesCsvRow: Validate = timeslicesCsvRow.validate;
export const isTimeslicesCsvRow: Guard<TimeslicesCsvRow> = timeslicesCsvRow.is;

const steadyStateFile = defineModel<SteadyStateFile>("SteadyStateFile", compiled.SteadyStateFile);
/** Issues of a parsed profile_export_aiperf_steady_state.json. */
export const validateSteadyStateFile: Validate = steadyStateFile.validate;
export const isSteadyStateFile: Guard<SteadyStateFile> = steadyStateFile.is;

const serverMetricsFile = defineModel<ServerMetricsFile>("ServerMetricsFile", compiled.ServerMetricsFile);
/** Issues of a parsed server_metrics_export.json. */
export const validateServerMetricsFile: Validate = serverMetricsFile.validate;
export const isServerMetricsFile: Guard<ServerMetricsFile> = serverMetricsFile.is;
