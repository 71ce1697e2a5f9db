// GENERATED FILE - DO NOT EDIT.
// Source: schemas/ (repository root); generator: packages/core/scripts/codegen.mjs.
// To update: run `npm run codegen`.

/**
 * A fact compare checks before comparing two runs.
 *
 * This interface was referenced by `RunDescription`'s JSON-Schema
 * via the `definition` "provenanceField".
 */
export type ProvenanceField =
  | "aiperfVersion"
  | "producer"
  | "model"
  | "endpointType"
  | "streaming"
  | "concurrency"
  | "requestRate"
  | "isl"
  | "osl";
/**
 * better/worse: the interval excludes 0 on that side of the metric's direction and the change exceeds the noise threshold; changed: the same for a metric without direction; unchanged: tested, neither; untested: no interval (no per-request values, too few of them, a scalar metric, or a list metric's percentile); absent: the candidate lacks it.
 *
 * This interface was referenced by `CompareResult`'s JSON-Schema
 * via the `definition` "verdict".
 */
export type Verdict = "better" | "worse" | "unchanged" | "changed" | "untested" | "absent";
/**
 * Which way is better when a value changes between runs (used by compare and check). The rule: lower for latencies and durations of one request (a time unit on a record metric, or a time per item such as ms/image), for error, mismatch and discrepancy counts and percentages (% metrics), and for resource use (peak memory); higher for throughputs (units per second, per second per user) and goodput with its good-request count; none for everything else: counts and token totals, sequence lengths, sizes, ratios without a better side, timestamps and the run's duration. AIPerf's LARGER_IS_BETTER flag is not the same thing: it also marks token counts, whose change is no improvement.
 */
export type MetricDirection = "lower" | "higher" | "none";
/**
 * Name of a MetricFlag (facts F6).
 *
 * This interface was referenced by `MetricDefinition`'s JSON-Schema
 * via the `definition` "flagName".
 */
export type CatalogFlagName =
  | "NONE"
  | "STREAMING_ONLY"
  | "ERROR_ONLY"
  | "PRODUCES_TOKENS_ONLY"
  | "NO_CONSOLE"
  | "LARGER_IS_BETTER"
  | "INTERNAL"
  | "SUPPORTS_AUDIO_ONLY"
  | "SUPPORTS_IMAGE_ONLY"
  | "SUPPORTS_REASONING"
  | "EXPERIMENTAL"
  | "STREAMING_TOKENS_ONLY"
  | "GOODPUT"
  | "NO_INDIVIDUAL_RECORDS"
  | "TOKENIZES_INPUT_ONLY"
  | "SUPPORTS_VIDEO_ONLY"
  | "USAGE_DIFF_ONLY"
  | "HTTP_TRACE_ONLY"
  | "PRODUCES_VIDEO_ONLY";
/**
 * Distinct flag names.
 *
 * This interface was referenced by `MetricDefinition`'s JSON-Schema
 * via the `definition` "flagList".
 */
export type CatalogFlagList = CatalogFlagName[];
/**
 * R = run1 (2025-10-03), O = main 2025-10-10, L = main 2026-03-13.
 *
 * This interface was referenced by `MetricDefinition`'s JSON-Schema
 * via the `definition` "catalogFormat".
 */
export type CatalogFormat = "R" | "O" | "L";
/**
 * Metadata of one per-request record, either variant (facts F2). A record with timestamp_ns or credit_phase is checked as run1, any other as the later session variant, so errors name the fields of the variant the record claims to be.
 */
export type MetricRecordMetadata = MetricRecordMetadataRun1 | MetricRecordMetadataSession;
/**
 * profile_export_aiperf.json in the flat GenAI-Perf-like layout (O, L, N and released 0.8-0.12; facts F5, F16): each metric is a top-level key named by its tag. Any top-level object that is not a known non-metric key must be a MetricResult; O writes declared but unset metrics as null. Also the Python 0.13 (schema 1.5) and Rust-engine ("1.4") variants: Rust scalars carry min/max (and sum) equal to avg, distributions count but no sum, run_info is {}, no start_time/end_time.
 */
export type SummaryFileFlat = SummaryFileCommon & {
  /**
   * Export schema version, "1.0" (L, #488) to "1.5" (N); absent in O.
   */
  schema_version?: string;
  /**
   * Version of AIPerf that wrote the file (L and later).
   */
  aiperf_version?: string;
  /**
   * Benchmark identifier (L and later).
   */
  benchmark_id?: string;
  telemetry_data?: TelemetryData;
  /**
   * Run information (schema 1.2+): benchmark_id, sweep_id, random_seed, trial, run_label, variation_*, cli_command; {} from the Rust engine; opaque.
   */
  run_info?: {
    [k: string]: unknown;
  } | null;
  /**
   * Metrics of the warmup phase (schema 1.4+, only when warmup records exist): tag -> metric block, as at the top level.
   */
  warmup_metrics?: {
    [k: string]: MetricResult;
  } | null;
  /**
   * Reasons the run is not valid for submission (schema 1.5), e.g. "insufficient_profile_metric_coverage"; [] when valid.
   */
  runtime_submission_invalid_reasons?: string[] | null;
  /**
   * Branch statistics (N); opaque.
   */
  branch_stats?: {
    [k: string]: unknown;
  } | null;
  /**
   * False when the run was finalized without all records (0.13 results model).
   */
  is_complete?: boolean | null;
  /**
   * Why the run is incomplete (0.13 results model).
   */
  incomplete_reason?: string | null;
  /**
   * Rust engine, closed-loop runs: {window_start_ns, window_end_ns, duration_s, threshold_concurrency, peak_concurrency, short_window, warning?, metrics: {tag: block}}.
   */
  steady_state?: {
    /**
     * Metric tag -> block, recomputed over the steady-state window.
     */
    metrics?: {
      [k: string]: MetricResult;
    };
    [k: string]: unknown;
  } | null;
  /**
   * Rust engine: pooled speculative-decoding acceptance histogram; opaque.
   */
  pooled_spec_decode_acceptance_histogram?: {
    [k: string]: unknown;
  } | null;
  /**
   * A metric block keyed by tag, or null (O: declared but unset).
   */
  [k: string]: unknown;
} & {
  [k: string]: unknown;
};
/**
 * telemetry_data of profile_export_aiperf.json (spec §13.3.2): GPU telemetry per endpoint and GPU (null: none collected). Schema 1.5 files are checked against definitions/v15 (platform written, vendor-prefixed metric names).
 */
export type TelemetryData = {
  /**
   * endpoints_configured, endpoints_successful, start_time, end_time.
   */
  summary?: {
    /**
     * Endpoints configured (list or count).
     */
    endpoints_configured?: unknown[] | number;
    /**
     * Endpoints scraped successfully (list or count).
     */
    endpoints_successful?: unknown[] | number;
    /**
     * Start of collection, naive local ISO time.
     */
    start_time?: string | null;
    /**
     * End of collection, naive local ISO time.
     */
    end_time?: string | null;
    [k: string]: unknown;
  } | null;
  /**
   * host:port -> {gpus: {gpu_<i>: GPU}}.
   */
  endpoints: {
    [k: string]: {
      /**
       * gpu_<index> -> the GPU's summary.
       */
      gpus: {
        [k: string]: GpuSummary;
      };
      [k: string]: unknown;
    };
  };
  /**
   * Scrape errors.
   */
  error_summary?: unknown[] | null;
  [k: string]: unknown;
} & TelemetryDataSchemaJson;
/**
 * Schema 1.5: platform is written, and metric names are vendor-scoped (nvidia_* on nvidia, amd_* on amd).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "gpu15".
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "gpu15".
 */
export type GpuSummary15 = GpuSummary & {
  [k: string]: unknown;
};
/**
 * telemetry_data under schema 1.5.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "v15".
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "v15".
 */
export type TelemetryData15 = {
  /**
   * endpoints_configured, endpoints_successful, start_time, end_time.
   */
  summary?: {
    /**
     * Endpoints configured (list or count).
     */
    endpoints_configured?: unknown[] | number;
    /**
     * Endpoints scraped successfully (list or count).
     */
    endpoints_successful?: unknown[] | number;
    /**
     * Start of collection, naive local ISO time.
     */
    start_time?: string | null;
    /**
     * End of collection, naive local ISO time.
     */
    end_time?: string | null;
    [k: string]: unknown;
  } | null;
  /**
   * host:port -> {gpus: {gpu_<i>: GPU}}.
   */
  endpoints: {
    [k: string]: {
      /**
       * gpu_<index> -> the GPU's summary.
       */
      gpus: {
        [k: string]: GpuSummary15;
      };
      [k: string]: unknown;
    };
  };
  /**
   * Scrape errors.
   */
  error_summary?: unknown[] | null;
  [k: string]: unknown;
} | null;
export type TelemetryDataSchemaJson = {
  /**
   * endpoints_configured, endpoints_successful, start_time, end_time.
   */
  summary?: {
    /**
     * Endpoints configured (list or count).
     */
    endpoints_configured?: unknown[] | number;
    /**
     * Endpoints scraped successfully (list or count).
     */
    endpoints_successful?: unknown[] | number;
    /**
     * Start of collection, naive local ISO time.
     */
    start_time?: string | null;
    /**
     * End of collection, naive local ISO time.
     */
    end_time?: string | null;
    [k: string]: unknown;
  } | null;
  /**
   * host:port -> {gpus: {gpu_<i>: GPU}}.
   */
  endpoints: {
    [k: string]: {
      /**
       * gpu_<index> -> the GPU's summary.
       */
      gpus: {
        [k: string]: GpuSummary;
      };
      [k: string]: unknown;
    };
  };
  /**
   * Scrape errors.
   */
  error_summary?: unknown[] | null;
  [k: string]: unknown;
} | null;
/**
 * profile_export_aiperf.json in the run1 (R) layout (facts F16): every metric under records, keyed by tag.
 */
export type SummaryFileRun1 = SummaryFileCommon & {
  /**
   * Metric tag -> MetricResult, in results-dict order.
   */
  records: {
    [k: string]: MetricResult;
  };
  [k: string]: unknown;
};
/**
 * The flat layout with schema_version (L from #488 on, N schema 1.1-1.5, released 0.8-0.12); metric blocks may carry count and sum (schema 1.1).
 */
export type SummaryFileVersioned = SummaryFileFlat & {
  /**
   * Export schema version ("1.0" ... "1.5").
   */
  schema_version: string;
  [k: string]: unknown;
};
/**
 * Any profile_export_aiperf.json: a file with records is checked as run1, one with schema_version as versioned flat, any other as flat (O).
 */
export type SummaryFile = SummaryFileRun1 | SummaryFileFlat | SummaryFileVersioned;
/**
 * One slice: its bounds (new shape) or index (old shape), then tag -> metric block.
 *
 * This interface was referenced by `TimeslicesFile`'s JSON-Schema
 * via the `definition` "timeslice".
 */
export type Timeslice = {
  [k: string]: unknown;
};

/**
 * `aiperf-tools analyze --json` and @aiperf/analysis analyzeJson(): a finished run re-analysed with AIPerf's definitions (goodput, warmup and trimming, time slices, steady state, load shape). Nanosecond timestamps are decimal strings (exact beyond 2^53).
 */
export interface AnalyzeResultFile {
  /**
   * Version of this JSON layout.
   */
  schemaVersion: "1.0";
  /**
   * Always "analyze".
   */
  kind: "analyze";
  /**
   * Version of the records file, which picks the statistics engine (R, O, L, 0.10, 0.12).
   */
  recordsVersion: "R" | "O" | "L" | "0.10" | "0.12";
  /**
   * What was analysed and what was left out (nothing disappears silently).
   */
  counts: {
    /**
     * Records read.
     */
    records: number;
    /**
     * Warmup records left out (not with --include-warmup).
     */
    warmupExcluded: number;
    /**
     * Records left out by --skip-first.
     */
    skippedFirst: number;
    /**
     * Records left out by --trim-start / --trim-end.
     */
    trimmed: number;
    /**
     * Records analysed (valid + errors).
     */
    analyzed: number;
    /**
     * Valid records analysed.
     */
    valid: number;
    /**
     * Error records analysed.
     */
    errors: number;
  };
  /**
   * The analysed records' first start and last end; null without timestamps.
   */
  window: {
    /**
     * Nanoseconds (epoch or duration) as a decimal string.
     *
     * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
     * via the `definition` "ns".
     */
    startNs: string;
    /**
     * Nanoseconds (epoch or duration) as a decimal string.
     *
     * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
     * via the `definition` "ns".
     */
    endNs: string;
    /**
     * Length of the window in seconds.
     */
    durationSec: number;
  } | null;
  /**
   * The summary of the analysed records, computed with the run's engine.
   */
  metrics: AnalyzeMetric[];
  /**
   * Goodput in requests/sec.
   */
  goodput?: {
    /**
     * The SLOs given.
     */
    slos: {
      /**
       * Metric tag.
       */
      tag: string;
      /**
       * In the metric's display unit.
       */
      threshold: number;
      /**
       * Display unit.
       */
      unit: string;
      /**
       * <= : pass when the value is at most the threshold; >= for LARGER_IS_BETTER metrics.
       *
       * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
       * via the `definition` "direction".
       */
      direction: "<=" | ">=";
      /**
       * Valid records passing this SLO.
       */
      passed: number;
      /**
       * Share of valid records passing, in percent.
       */
      attainmentPct: number;
    }[];
    /**
     * Valid records considered.
     */
    validRequests: number;
    /**
     * AIPerf's good_request_count.
     */
    goodRequestCount: number;
    /**
     * good_request_count / benchmark_duration (requests/sec); null without a duration.
     */
    goodput: number | null;
    /**
     * Share of valid records passing, in percent.
     */
    attainmentPct: number;
    /**
     * good / (valid + errors).
     */
    goodRequestFraction: number;
    /**
     * AIPerf's own goodput of the run, when its summary has the setting.
     */
    aiperf?: {
      /**
       * The SLOs given.
       */
      slos: string;
      /**
       * Valid records passing every SLO (AIPerf's good_request_count).
       */
      goodRequestCount: number | null;
      /**
       * Goodput in requests/sec.
       */
      goodput: number | null;
      /**
       * Our values equal AIPerf's; null when the SLOs or the window differ from AIPerf's.
       */
      matches: boolean | null;
    };
  };
  /**
   * Attainment of one metric as a function of the threshold (--slo-curve).
   */
  sloCurve?: {
    /**
     * Metric tag.
     */
    tag: string;
    /**
     * Display unit.
     */
    unit: string;
    /**
     * <= : pass when the value is at most the threshold; >= for LARGER_IS_BETTER metrics.
     *
     * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
     * via the `definition` "direction".
     */
    direction: "<=" | ">=";
    /**
     * Attainment at evenly spaced thresholds from the smallest to the largest value.
     */
    points: {
      /**
       * Threshold in the metric's display unit.
       */
      threshold: number;
      /**
       * Share of valid records passing, in percent.
       */
      attainmentPct: number;
    }[];
  };
  /**
   * Per-slice statistics (--slice-duration).
   */
  timeslices?: {
    /**
     * Nanoseconds (epoch or duration) as a decimal string.
     *
     * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
     * via the `definition` "ns".
     */
    sliceDurationNs: string;
    /**
     * Non-empty slices in order; slice k = [first start + k*d, first start + (k+1)*d), records by start time.
     */
    slices: {
      /**
       * Slice number k: the slice starts at first start + k x duration.
       */
      index: number;
      /**
       * Nanoseconds (epoch or duration) as a decimal string.
       *
       * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
       * via the `definition` "ns".
       */
      startNs: string;
      /**
       * Nanoseconds (epoch or duration) as a decimal string.
       *
       * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
       * via the `definition` "ns".
       */
      endNs: string;
      /**
       * False for the last slice (it ends at the last request's end).
       */
      complete: boolean;
      /**
       * Records in scope.
       */
      requests: number;
      /**
       * Load in the slice.
       */
      load: {
        /**
         * Time-weighted mean of requests in flight.
         */
        meanInFlight: number;
        /**
         * Peak of requests in flight.
         */
        maxInFlight: number;
        /**
         * Records starting in the slice per second of the slice.
         */
        requestsPerSec: number;
        /**
         * Output tokens of the records starting in the slice per second of the slice.
         */
        outputTokensPerSec: number;
      };
      /**
       * Summary of the records in scope, display units.
       */
      metrics: AnalyzeMetric[];
    }[];
  };
  /**
   * The steady-state window (--steady-state, AIPerf's CUSUM + MSER-5) and the summary inside it.
   */
  steadyState?: {
    /**
     * AIPerf's detection_method, e.g. cusum_mser5_latency_mser5_ttft or fallback_min_window.
     */
    method: string;
    /**
     * Nanoseconds (epoch or duration) as a decimal string.
     *
     * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
     * via the `definition` "ns".
     */
    rampUpEndNs: string;
    /**
     * Nanoseconds (epoch or duration) as a decimal string.
     *
     * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
     * via the `definition` "ns".
     */
    rampDownStartNs: string;
    /**
     * Nanoseconds (epoch or duration) as a decimal string.
     *
     * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
     * via the `definition` "ns".
     */
    durationNs: string;
    /**
     * Requests considered.
     */
    totalRequests: number;
    /**
     * Requests inside the window.
     */
    steadyStateRequests: number;
    /**
     * In-window requests / requests.
     */
    fractionRetained: number;
    /**
     * Requests / in-window requests; null when none is in the window.
     */
    varianceInflationFactor: number | null;
    /**
     * floor(in-window requests x 0.01): requests beyond the p99.
     */
    effectiveP99SampleSize: number;
    /**
     * effectiveP99SampleSize < 10.
     */
    sampleSizeWarning: boolean;
    /**
     * Spearman correlation of 10 batch means of in-window latencies with time; null below 10 values.
     */
    trendCorrelation: number | null;
    /**
     * Two-sided p-value of the trend.
     */
    trendPValue: number | null;
    /**
     * |trend| > 0.65 with p < 0.05.
     */
    stationarityWarning: boolean;
    /**
     * Each signal's own ramp-up end and ramp-down start (AIPerf's cross_validation).
     */
    signals: {
      [k: string]: {
        /**
         * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
         * via the `definition` "nsOrNull".
         */
        rampUpEndNs: string | null;
        /**
         * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
         * via the `definition` "nsOrNull".
         */
        rampDownStartNs: string | null;
      };
    };
    /**
     * Summary of the records in scope, display units.
     */
    metrics: AnalyzeMetric[];
    /**
     * Seeded bootstrap confidence intervals of the window's headline statistics (avg, p50, p90, p99 of request latency, TTFT and ITL): the mean's is avg ± z·σ/√n, a percentile's the percentile interval of exact bootstrap replicates. Metrics with fewer than 10 values are left out.
     */
    intervals: {
      /**
       * Confidence level in percent.
       */
      confidence: number;
      /**
       * Bootstrap replicates per percentile.
       */
      resamples: number;
      /**
       * Seed of the replicates: the same seed gives the same intervals.
       */
      seed: number;
      /**
       * One entry per headline metric with at least 10 in-window values.
       */
      metrics: {
        /**
         * The metric's tag as the summary names it.
         */
        tag: string;
        /**
         * Display unit of value, low and high.
         */
        unit: string;
        /**
         * In-window values the intervals come from.
         */
        count: number;
        /**
         * avg, p50, p90 and p99, each as the summary states it and its interval.
         */
        stats: {
          /**
           * The statistic.
           */
          stat: "avg" | "p50" | "p90" | "p99";
          /**
           * The statistic as the window's summary states it.
           */
          value: number;
          /**
           * Lower end of the interval (display unit).
           */
          low: number;
          /**
           * Upper end of the interval (display unit).
           */
          high: number;
        }[];
      }[];
    };
  };
  /**
   * Requests in flight over time from the records' start and end; null without timestamps.
   */
  loadShape: {
    /**
     * Records in scope.
     */
    requests: number;
    /**
     * First start to last end, in seconds.
     */
    spanSec: number;
    /**
     * Peak of requests in flight.
     */
    maxInFlight: number;
    /**
     * Time-weighted mean of in-flight requests.
     */
    meanInFlight: number;
    /**
     * The configured concurrency, else the peak.
     */
    targetConcurrency: number;
    /**
     * Where the target concurrency comes from.
     */
    targetSource: "input_config" | "peak";
    /**
     * Seconds from the first start until the target was first reached; null if never.
     */
    rampUpSec: number | null;
    /**
     * Seconds from the last moment at the target until the last end; null if never reached.
     */
    drainSec: number | null;
    /**
     * [seconds since the first start, requests in flight] at each change (thinned to about 2000 points).
     */
    timeline: number[][];
  } | null;
  /**
   * What was left out or approximated, and why.
   */
  notes: string[];
}
/**
 * One metric of a summary, values in display units (as AIPerf writes them).
 *
 * This interface was referenced by `AnalyzeResultFile`'s JSON-Schema
 * via the `definition` "metric".
 */
export interface AnalyzeMetric {
  /**
   * Metric tag.
   */
  tag: string;
  /**
   * Human-readable metric name.
   */
  header: string;
  /**
   * Display unit.
   */
  unit: string;
  /**
   * Present statistics only (avg, min, max, sum, p1...p99, std, count).
   */
  stats: {
    [k: string]: number;
  };
}
/**
 * `aiperf-tools check --json` and @aiperf/analysis checkRun(): absolute thresholds on one run.
 */
export interface CheckResult {
  /**
   * Version of this JSON layout.
   */
  schemaVersion: "1.0";
  /**
   * Always "check": tells a check result from a compare result.
   */
  kind: "check";
  run: RunDescription;
  /**
   * Every threshold with its measured value and outcome, in the order given.
   */
  thresholds: ThresholdOutcome[];
  /**
   * Every threshold passed.
   */
  passed: boolean;
}
/**
 * A run as compare and check saw it: where its numbers came from and what it was (provenance).
 */
export interface RunDescription {
  /**
   * The run as the user named it (path relative to the working directory, or <stdin>).
   */
  label: string;
  /**
   * records: the summary was recomputed from profile_export.jsonl and per-request values are known; summary: only a summary JSON was given.
   */
  source: "records" | "summary";
  /**
   * Counted records (benchmark phases summarized) and how many are errors; null for a summary alone.
   */
  records: {
    /**
     * Records read (valid and error).
     */
    counted: number;
    /**
     * Records with an error.
     */
    errors: number;
  } | null;
  /**
   * What is known about the run, each fact with where it was found.
   */
  provenance: ProvenanceValue[];
}
/**
 * This interface was referenced by `RunDescription`'s JSON-Schema
 * via the `definition` "provenanceValue".
 */
export interface ProvenanceValue {
  field: ProvenanceField;
  /**
   * Its value, as found.
   */
  value: string | number | boolean;
  /**
   * summary: its aiperf_version or layout; input_config: the settings AIPerf recorded; cli_command: the AIPerf command line it recorded; records: observed in the per-request records.
   */
  source: "summary" | "input_config" | "cli_command" | "records";
}
/**
 * One threshold evaluated on one run (check) or one candidate (compare).
 */
export interface ThresholdOutcome {
  /**
   * The threshold as written, e.g. `ttft.p99 < 500ms`.
   */
  expression: string;
  /**
   * Where it was written: `--threshold`, or a thresholds file and JSON pointer.
   */
  origin: string;
  /**
   * The metric's tag in the run (aliases resolved: ttft may be time_to_first_token).
   */
  metric: string;
  /**
   * avg, min, max, std or a percentile such as p99.
   */
  stat: string;
  /**
   * The comparison operator of the threshold.
   */
  op: "<" | "<=" | ">" | ">=";
  /**
   * The limit, converted to `unit`.
   */
  limit: number;
  /**
   * The metric's unit, or % for a relative-percent threshold.
   */
  unit: string;
  /**
   * null: absolute; percent: change in percent of the baseline; delta: change in the metric's unit.
   */
  relative: "percent" | "delta" | null;
  /**
   * compare: index of the candidate; check: null.
   */
  candidate: number | null;
  /**
   * The baseline's value for a relative threshold, else null.
   */
  baseline: number | null;
  /**
   * The run's (candidate's) value of the statistic.
   */
  value: number;
  /**
   * What was compared with the limit: the value, or its change; null when the change is undefined (baseline 0).
   */
  actual: number | null;
  /**
   * Whether the measured value satisfies the threshold.
   */
  passed: boolean;
}
/**
 * `aiperf-tools compare --json` and @aiperf/analysis compareRuns(): a baseline against one or more candidates. Values are in each metric's display unit; every number is finite (undefined ones are null). A renderer draws one row per metric and statistic, and one column group (value, delta, delta %, interval, verdict) per candidate.
 */
export interface CompareResult {
  /**
   * Version of this JSON layout.
   */
  schemaVersion: "1.0";
  /**
   * Always "compare": tells a compare result from a check result.
   */
  kind: "compare";
  options: CompareSettings;
  baseline: RunDescription;
  /**
   * Each candidate's overall outcome, in the order given.
   *
   * @minItems 1
   */
  candidates: CandidateOutcome[];
  /**
   * Metrics the baseline has and at least one candidate has too, in console order (display order, then the summary's order); run-level figures (error_rate) last.
   */
  metrics: MetricComparison[];
  /**
   * Every relative threshold, per candidate, with its measured change and outcome.
   */
  thresholds: ThresholdOutcome[];
  /**
   * No statistic worse and no threshold failed, for every candidate.
   */
  passed: boolean;
  /**
   * What was left out and why (metrics of one side only, untested statistics).
   */
  notes: string[];
}
/**
 * The settings the comparison ran with.
 */
export interface CompareSettings {
  /**
   * Confidence of the intervals, percent, simultaneous over all intervals of a candidate.
   */
  confidence: number;
  /**
   * Changes within this many percent of the baseline are never better or worse.
   */
  noise: number;
  /**
   * Seed of the bootstrap: the same seed gives the same intervals.
   */
  seed: number;
  /**
   * Bootstrap replicates per percentile and run.
   */
  resamples: number;
  /**
   * Fewer per-request values than this on a side: the statistic is not tested.
   */
  minSamples: number;
  /**
   * How intervals are formed: delta ± z·sqrt(se_b² + se_c²), bootstrap standard errors, z Bonferroni-adjusted over the candidate's tested statistics.
   */
  intervals: "bootstrap-se-bonferroni";
}
/**
 * This interface was referenced by `CompareResult`'s JSON-Schema
 * via the `definition` "candidate".
 */
export interface CandidateOutcome {
  run: RunDescription;
  /**
   * bootstrap: both sides have per-request records; none: a side has a summary only ("no records: thresholds only").
   */
  significance: "bootstrap" | "none";
  /**
   * Statistics with an interval (the Bonferroni family).
   */
  tested: number;
  /**
   * The z of the intervals; null when nothing was tested.
   */
  z: number | null;
  /**
   * Run settings that differ from the baseline's (AIPerf version, producer, model, endpoint, load, ISL/OSL): the runs may not be comparable.
   */
  provenanceWarnings: ProvenanceWarning[];
  /**
   * Statistics whose verdict is worse.
   */
  regressions: number;
  /**
   * Statistics whose verdict is better.
   */
  improvements: number;
  /**
   * Thresholds of this candidate that failed.
   */
  thresholdsFailed: number;
  /**
   * No statistic of this candidate is worse and none of its thresholds failed.
   */
  passed: boolean;
}
export interface ProvenanceWarning {
  field: ProvenanceField;
  /**
   * The baseline's value of the setting.
   */
  baseline: string | number | boolean;
  /**
   * The candidate's value of the setting.
   */
  candidate: string | number | boolean;
  /**
   * The warning as printed on the console.
   */
  message: string;
}
/**
 * This interface was referenced by `CompareResult`'s JSON-Schema
 * via the `definition` "metricComparison".
 */
export interface MetricComparison {
  /**
   * The baseline's tag for the metric.
   */
  tag: string;
  /**
   * The metric's display header.
   */
  header: string;
  /**
   * Display unit of every value of the row.
   */
  unit: string;
  /**
   * Which way is better: lower (latencies), higher (throughputs), none (counts, timestamps).
   */
  direction: "lower" | "higher" | "none";
  /**
   * A list metric (inter_chunk_latency): per-request means for Mann-Whitney; its percentiles are untested.
   */
  list: boolean;
  /**
   * Per-request values of the baseline, null without records.
   */
  baselineCount: number | null;
  /**
   * Per candidate, in the order of `candidates`: its tag, value count and distribution test.
   */
  candidates: MetricCandidate[];
  /**
   * One row per statistic both sides have (avg, percentiles, min, max, std, ...).
   */
  stats: StatComparison[];
}
/**
 * This interface was referenced by `CompareResult`'s JSON-Schema
 * via the `definition` "metricCandidate".
 */
export interface MetricCandidate {
  /**
   * The candidate's tag for the metric (ttft vs time_to_first_token), null when it lacks the metric.
   */
  tag: string | null;
  /**
   * Per-request values of the candidate, null without records.
   */
  count: number | null;
  /**
   * The distribution test; null without per-request values on both sides.
   */
  mannWhitney: MannWhitneyOutcome | null;
  verdict: Verdict;
}
/**
 * Mann-Whitney U of the candidate's per-request values against the baseline's (two-sided, normal approximation with tie and continuity correction, as scipy.stats.mannwhitneyu method=asymptotic).
 *
 * This interface was referenced by `CompareResult`'s JSON-Schema
 * via the `definition` "mannWhitney".
 */
export interface MannWhitneyOutcome {
  /**
   * U of the candidate sample.
   */
  u: number;
  /**
   * U / (n_b n_c): P(candidate > baseline) + P(equal) / 2.
   */
  superiority: number;
  /**
   * Standardised U (tie- and continuity-corrected).
   */
  z: number;
  /**
   * Two-sided p-value.
   */
  p: number;
}
export interface StatComparison {
  /**
   * The statistic's key (avg, p99, ...).
   */
  stat: string;
  /**
   * The baseline's value, in the display unit.
   */
  baseline: number;
  /**
   * Per candidate, in the order of `candidates`: value, delta, interval, verdict.
   */
  candidates: StatCell[];
}
/**
 * This interface was referenced by `CompareResult`'s JSON-Schema
 * via the `definition` "statCell".
 */
export interface StatCell {
  /**
   * The candidate's value; null when it lacks the statistic.
   */
  value: number | null;
  /**
   * candidate - baseline.
   */
  delta: number | null;
  /**
   * 100 · delta / |baseline|; null when the baseline is 0.
   */
  deltaPercent: number | null;
  /**
   * Interval of delta (same unit), null when untested.
   */
  ci: {
    /**
     * Lower end of the interval of the difference (candidate - baseline), display unit.
     */
    low: number;
    /**
     * Upper end of the interval of the difference (candidate - baseline), display unit.
     */
    high: number;
  } | null;
  verdict: Verdict;
}
/**
 * One error_summary entry: a distinct (code, type, message) and how many profiling error records had it.
 */
export interface ErrorDetailsCount {
  error_details: ErrorDetails;
  /**
   * Number of error records with this error.
   */
  count: number;
  [k: string]: unknown;
}
/**
 * Why a request failed (facts F4). Only message is required: code is null or omitted for e.g. timeouts, and cause, cause_chain and details exist from #389/#640 on. Equality and error_summary grouping use (code, type, message) only.
 */
export interface ErrorDetails {
  /**
   * HTTP status or custom code (499 = client-side cancellation); null or absent when unknown.
   */
  code?: number | null;
  /**
   * Error type, usually the Python exception class name, e.g. "RequestCancellationError".
   */
  type?: string | null;
  /**
   * Human-readable message (from L on: repr(exception), credentials redacted, at most 4096 characters).
   */
  message: string;
  /**
   * Message of the underlying exception (L, #389).
   */
  cause?: string | null;
  /**
   * Exception class names along __cause__/__context__ (L, #640).
   */
  cause_chain?: string[] | null;
  /**
   * Arbitrary extra detail (L, #389); opaque.
   */
  details?: unknown;
  [k: string]: unknown;
}
/**
 * One metric of AIPerf's registry (facts F6), as kept in schemas/catalog/metrics.json. Base values are in unit; summaries and records show displayUnit. Flags and displayOrder are those of the newest catalogued format (L) unless a ...ByFormat entry says otherwise.
 */
export interface MetricDefinition {
  /**
   * Metric tag, the key in records and summaries.
   */
  tag: string;
  /**
   * Human-readable name used in CSV and console output.
   */
  header: string;
  /**
   * Short name for dashboards; null if none.
   */
  shortHeader: string | null;
  /**
   * Whether dashboards hide the unit next to shortHeader.
   */
  shortHeaderHideUnit: boolean;
  /**
   * Base (internal) unit tag in which AIPerf computes the metric.
   */
  unit: string;
  /**
   * Unit tag of records and summaries; null means the same as unit.
   */
  displayUnit: string | null;
  /**
   * record: one value per request, summarized as a distribution; aggregate: one running scalar; derived: computed once from other results.
   */
  kind: "record" | "aggregate" | "derived";
  /**
   * scalar, or list (values of one request are flattened into the distribution).
   */
  valueType: "scalar" | "list";
  /**
   * Python type of the base value (of the list elements for lists): int or float; null if unknown.
   */
  numberType: "int" | "float" | null;
  direction: MetricDirection;
  flags: CatalogFlagList;
  /**
   * Flags of older formats where they differ from flags.
   */
  flagsByFormat?: {
    R?: CatalogFlagList;
    O?: CatalogFlagList;
  };
  /**
   * Tags of the metrics this one is computed from (newest names).
   */
  required: string[];
  /**
   * Console sort key (ascending); null sorts last.
   */
  displayOrder: number | null;
  /**
   * Display order of older formats where it differs (request_count: 1000 in R).
   */
  displayOrderByFormat?: {
    /**
     * Display order in run1 (R).
     */
    R?: number | null;
  };
  /**
   * Catalogued formats that have this metric: R (run1, 2025-10-03), O (main 2025-10-10), L (main 2026-03-13).
   *
   * @minItems 1
   */
  presentIn: CatalogFormat[];
  /**
   * Where the metric first appeared, e.g. "run1 (0.1.1)" or "#343 2025-10-10".
   */
  introduced: string;
  /**
   * Tag this metric was renamed to in later formats.
   */
  renamedTo?: string;
  /**
   * Tag this metric had in earlier formats.
   */
  renamedFrom?: string;
  /**
   * How AIPerf computes the value, in base units.
   */
  formula: string;
  /**
   * Notable changes across versions.
   */
  changes?: string[];
  /**
   * AIPerf class that implements the metric.
   */
  pythonClass?: string;
  /**
   * AIPerf source file of that class.
   */
  sourceFile?: string;
}
/**
 * One line of profile_export.jsonl (facts F1): metadata, the metrics the request produced, and its error. Unknown keys (e.g. trace_data) and unknown metric tags are allowed.
 */
export interface MetricRecordInfo {
  metadata: MetricRecordMetadata;
  /**
   * Metric tag -> value in display units. Valid records carry record/aggregate metrics, error records only ERROR_ONLY ones; may be empty from L on.
   */
  metrics: {
    [k: string]: MetricValue;
  };
  /**
   * Why the request failed; null (R/O) or absent (L and later) for valid records.
   */
  error?: ErrorDetails | null;
  /**
   * HTTP trace export (L, #565, with --export-http-trace); opaque.
   */
  trace_data?: {
    [k: string]: unknown;
  } | null;
  [k: string]: unknown;
}
/**
 * One metric of a per-request record (facts F1): the value converted to the display unit, and that unit's tag. Key order in AIPerf output is value, unit.
 */
export interface MetricValue {
  /**
   * Scalar (int or float) or, for list metrics such as inter_chunk_latency, a list of numbers. Integers above 2^53 arrive here as (rounded) JSON numbers.
   */
  value: number | number[];
  /**
   * Display unit tag, e.g. "ms", "ns", "tokens", "requests", "tokens/sec/user".
   */
  unit: string;
  [k: string]: unknown;
}
/**
 * Record metadata of the run1 (R, AIPerf 0.1.x) format (facts F2): wall-clock start in timestamp_ns, phase in credit_phase. Unknown keys are allowed.
 */
export interface MetricRecordMetadataRun1 {
  /**
   * X-Request-ID header sent with the request (uuid4).
   */
  x_request_id?: string | null;
  /**
   * X-Correlation-ID header (uuid4; the credit drop id).
   */
  x_correlation_id?: string | null;
  /**
   * Dataset conversation id.
   */
  conversation_id?: string | null;
  /**
   * Turn of the conversation, 0-based.
   */
  turn_index?: number | null;
  /**
   * Wall-clock request start (time.time_ns()); exceeds 2^53, so a JSON.parse value is rounded.
   */
  timestamp_ns: number;
  /**
   * Worker that sent the request, e.g. "worker_1d62deaa".
   */
  worker_id: string;
  /**
   * Record processor that computed the metrics, e.g. "record_processor_ef1716ef".
   */
  record_processor_id: string;
  /**
   * Benchmark phase of the request.
   */
  credit_phase: "warmup" | "profiling";
  [k: string]: unknown;
}
/**
 * Record metadata from the #325 merge on (O, L, N and released 0.8-0.12; facts F2, F5): session_num, request_start_ns/request_end_ns, benchmark_phase. Null and default fields may be omitted; unknown keys are allowed. Property order is the per-request CSV's column order; x-since (first records version with the field), x-header (CSV header), x-column (column shared with another key) and x-version-marker (the key tells the records version) annotate the fields (no validation effect).
 */
export interface MetricRecordMetadataSession {
  /**
   * Credit number: request number for single-turn runs, conversation number for multi-turn runs.
   */
  session_num: number;
  /**
   * Request number (N).
   */
  request_num?: number | null;
  /**
   * X-Request-ID header sent with the request (uuid4).
   */
  x_request_id?: string | null;
  /**
   * X-Correlation-ID header (uuid4).
   */
  x_correlation_id?: string | null;
  /**
   * x_correlation_id of the depth-0 root of the session tree; equals x_correlation_id for roots (0.12).
   */
  root_correlation_id?: string | null;
  /**
   * Dataset conversation id (key into inputs.json).
   */
  conversation_id?: string | null;
  /**
   * Turn of the conversation, 0-based.
   */
  turn_index?: number | null;
  /**
   * DAG depth of the session: 0 = root, +1 per sub-agent fork (0.10; written as 0 by pydantic, dropped by msgspec).
   */
  agent_depth?: number;
  /**
   * Benchmark phase (renamed from credit_phase): "warmup" or "profiling"; newer versions may add phases.
   */
  benchmark_phase?: string;
  /**
   * Absolute index of the phase in the ordered phase list (0.12).
   */
  phase_index?: number | null;
  /**
   * Index among profiling-kind phases; absent for warmup phases (0.12).
   */
  profiling_index?: number | null;
  /**
   * User-given unique phase name (0.12), e.g. "warmup", "profiling" or a custom name.
   */
  phase_name?: string | null;
  /**
   * Semantic kind of the named phase (0.12).
   */
  phase_kind?: "warmup" | "profiling" | null;
  /**
   * Wall clock when the rate limiter issued the credit (L, #565).
   */
  credit_issued_ns?: number | null;
  /**
   * Wall clock when the worker received the credit (N).
   */
  credit_received_ns?: number | null;
  /**
   * Wall-clock request start (the former timestamp_ns); exceeds 2^53.
   */
  request_start_ns: number;
  /**
   * Wall clock of the streaming 200 OK; omitted or null when unknown (e.g. error records).
   */
  request_ack_ns?: number | null;
  /**
   * Wall clock of the last raw response; not always request_start_ns + request_latency (facts F2).
   */
  request_end_ns: number;
  /**
   * Whether this request was cancelled (default false; omitted by N when false).
   */
  was_cancelled?: boolean;
  /**
   * Wall clock of the cancellation, if cancelled.
   */
  cancellation_time_ns?: number | null;
  /**
   * Record classified as a context-overflow event in agentic replay: counts towards completion, kept out of metrics and errors (0.12).
   */
  context_overflow_skip?: boolean;
  /**
   * Clock offset applied to the timestamps (N).
   */
  clock_offset_ns?: number | null;
  /**
   * Worker that sent the request.
   */
  worker_id: string;
  /**
   * Record processor that computed the metrics.
   */
  record_processor_id: string;
  /**
   * x_correlation_id of the parent session that forked this one; absent for roots (0.10).
   */
  parent_correlation_id?: string | null;
  /**
   * Id of the original trace a reconstructed request came from (0.13, trace loaders).
   */
  source_trace_id?: string | null;
  /**
   * 0-based index of the original top-level request inside source_trace_id (0.13).
   */
  source_outer_idx?: number | null;
  /**
   * 0-based index inside a nested request list under source_outer_idx (0.13).
   */
  source_inner_idx?: number | null;
  /**
   * Loader-specific classification of the source request (0.13).
   */
  source_kind?: string | null;
  /**
   * Dense global dispatch ordinal (later Rust engine variant).
   */
  global_dispatch_index?: number | null;
  [k: string]: unknown;
}
/**
 * Summary statistics of one metric in display units (facts F11, F12, F16): the R MetricResult (all 16 keys, nulls written), the O/L JsonMetricResult (tag, header and count dropped, nulls omitted) and schema 1.1+ (count and sum added). Reduced stat sets (e.g. only avg, p50, p90, p95, p99, min, max, std) are valid; unknown keys are allowed.
 */
export interface MetricResult {
  /**
   * Metric tag (R only).
   */
  tag?: string;
  /**
   * Display unit tag the statistics are expressed in.
   */
  unit: string;
  /**
   * Human-readable metric name (R only).
   */
  header?: string;
  /**
   * Mean (for scalars: the value itself). null when AIPerf wrote NaN/Inf.
   */
  avg: number | null;
  /**
   * Smallest value. null or absent when not computed.
   */
  min?: number | null;
  /**
   * Largest value. null or absent when not computed.
   */
  max?: number | null;
  /**
   * Sum of the values, in display units (L MetricResult, schema 1.1 JSON). null or absent when not computed.
   */
  sum?: number | null;
  /**
   * 1st percentile (numpy linear interpolation). null or absent when not computed.
   */
  p1?: number | null;
  /**
   * 5th percentile. null or absent when not computed.
   */
  p5?: number | null;
  /**
   * 10th percentile (O and later). null or absent when not computed.
   */
  p10?: number | null;
  /**
   * 25th percentile. null or absent when not computed.
   */
  p25?: number | null;
  /**
   * Median. null or absent when not computed.
   */
  p50?: number | null;
  /**
   * 75th percentile. null or absent when not computed.
   */
  p75?: number | null;
  /**
   * 90th percentile. null or absent when not computed.
   */
  p90?: number | null;
  /**
   * 95th percentile. null or absent when not computed.
   */
  p95?: number | null;
  /**
   * 99th percentile. null or absent when not computed.
   */
  p99?: number | null;
  /**
   * Population standard deviation. null or absent when not computed.
   */
  std?: number | null;
  /**
   * Number of values (R: 1 for scalars; schema 1.1+: record metrics only).
   */
  count?: number | null;
  /**
   * A fractional percentile (e.g. p99.9). null or absent when not computed.
   *
   * This interface was referenced by `MetricResult`'s JSON-Schema definition
   * via the `patternProperty` "^p\d+\.\d+$".
   */
  [k: string]: unknown;
}
/**
 * phase_manifest.json of a multi-phase run (spec §13.6.3): Rust writes schema_version 1 (an integer) and no artifact paths; Python entries add relative artifact paths.
 */
export interface PhaseManifest {
  /**
   * 1 (Rust, an integer); Python's spelling is a string.
   */
  schema_version: number | string;
  /**
   * The phases in order; at least one.
   *
   * @minItems 1
   */
  phases: PhaseManifestEntry[];
  [k: string]: unknown;
}
export interface PhaseManifestEntry {
  /**
   * Unique name (case-insensitively).
   */
  phase_name: string;
  /**
   * warmup or profiling.
   */
  phase_kind: "warmup" | "profiling";
  /**
   * Absolute index in the ordered phase list.
   */
  phase_index: number;
  /**
   * Index among profiling phases; absent for warmup.
   */
  profiling_index?: number | null;
  /**
   * Left out of the root aggregate.
   */
  exclude_from_results?: boolean;
  /**
   * Python: relative path of the phase's summary JSON.
   */
  metrics_json?: string;
  /**
   * Python: relative path of the phase's summary CSV.
   */
  metrics_csv?: string;
  /**
   * Python: relative path of the phase's server metrics.
   */
  server_metrics_json?: string;
  /**
   * Python: relative path of the phase's GPU telemetry.
   */
  gpu_telemetry_json?: string;
  [k: string]: unknown;
}
/**
 * One data row of the Rust engine's profile_export_records.csv (spec §13.4.2), as header -> cell text: LF line endings, integers in decimal, booleans true/false, metric cells as Rust f64 Display (no exponent, no trailing .0), an empty cell for an absent value. Metric columns are named "<Header> (<unit>)" and are any column not listed here; the later variant adds global_dispatch_index, trace export the trace_* columns.
 */
export interface RecordsCsvRow {
  /**
   * Conversation index (Rust).
   */
  session_num: string;
  /**
   * Per-request id.
   */
  x_request_id: string;
  /**
   * Session id.
   */
  x_correlation_id: string;
  /**
   * Dataset conversation id; empty when none.
   */
  conversation_id: string;
  /**
   * Turn within the conversation.
   */
  turn_index: string;
  /**
   * Wall clock of the credit; empty when unknown.
   */
  credit_issued_ns: string;
  /**
   * Wall clock of the request start.
   */
  request_start_ns: string;
  /**
   * First-token time (Rust); empty when none.
   */
  request_ack_ns: string;
  /**
   * Wall clock of the request end.
   */
  request_end_ns: string;
  /**
   * rust-0 (earlier variant) or the worker's id.
   */
  worker_id: string;
  /**
   * Dense global dispatch ordinal (later variant).
   */
  global_dispatch_index?: string;
  /**
   * "aiperf runner".
   */
  record_processor_id: string;
  /**
   * warmup or profiling.
   */
  benchmark_phase: "warmup" | "profiling";
  /**
   * true or false.
   */
  was_cancelled: string;
  /**
   * Wall clock of the cancellation; empty when not cancelled.
   */
  cancellation_time_ns: string;
  /**
   * HTTP-like error code; empty when none.
   */
  error_code: string;
  /**
   * Error class; empty on success.
   */
  error_type: string;
  /**
   * Error message; empty on success.
   */
  error_message: string;
  /**
   * Trace export: true, false or empty.
   */
  trace_connection_reused?: string;
  /**
   * A metric column: the value in the unit of its header, or empty.
   */
  [k: string]: string;
}
/**
 * server_metrics_export.json (spec §13.6.1): the Prometheus scrapes summarized, schema_version "1.1"; also phases/<name>/server_metrics.json.
 */
export interface ServerMetricsFile {
  /**
   * "1.1" (and "1.0" earlier).
   */
  schema_version: string;
  /**
   * AIPerf version.
   */
  aiperf_version?: string;
  /**
   * Benchmark identifier.
   */
  benchmark_id?: string | null;
  /**
   * Endpoints configured/successful, start/end time (naive local ISO), endpoint_info, phase_time_ranges.
   */
  summary: {
    /**
     * Endpoint URLs (or their count).
     */
    endpoints_configured: unknown[] | number;
    /**
     * Endpoints scraped successfully (or their count).
     */
    endpoints_successful: unknown[] | number;
    /**
     * Naive local ISO time.
     */
    start_time?: string | null;
    /**
     * Naive local ISO time.
     */
    end_time?: string | null;
    /**
     * Per-endpoint details; opaque.
     */
    endpoint_info?: {
      [k: string]: unknown;
    } | null;
    /**
     * phase -> {start_ns, end_ns, ...}.
     */
    phase_time_ranges?: {
      [k: string]: {
        [k: string]: unknown;
      };
    } | null;
    [k: string]: unknown;
  };
  /**
   * The phase the metrics cover ("profiling").
   */
  metrics_phase?: string;
  /**
   * Metric family -> its summary; opaque per family.
   */
  metrics: {
    [k: string]: unknown;
  };
  /**
   * The warmup phase's metrics.
   */
  warmup_metrics?: {
    [k: string]: unknown;
  } | null;
  /**
   * The run's configuration; opaque.
   */
  input_config?: {
    [k: string]: unknown;
  } | null;
  [k: string]: unknown;
}
/**
 * profile_export_aiperf_steady_state.json (Python, spec §13.5.2): the detected window's metadata and the metrics recomputed inside it (only unit, avg, min, max, p50, p90, p95, p99, std).
 */
export interface SteadyStateFile {
  window_metadata: SteadyStateWindowMetadata;
  /**
   * tag -> metric block inside the window.
   */
  metrics: {
    [k: string]: MetricResult;
  };
  [k: string]: unknown;
}
/**
 * How the window was found; ns timestamps as floats.
 */
export interface SteadyStateWindowMetadata {
  /**
   * Signals used joined by _ (e.g. cusum_mser5_latency_mser5_ttft), or a fallback_* / user_override / zero_duration / empty.
   */
  detection_method: string;
  /**
   * Window start (ns).
   */
  ramp_up_end_ns: number;
  /**
   * Window end (ns).
   */
  ramp_down_start_ns: number;
  /**
   * Window length (ns).
   */
  steady_state_duration_ns: number;
  /**
   * Records considered.
   */
  total_requests: number;
  /**
   * Records inside the window.
   */
  steady_state_requests: number;
  /**
   * fraction_retained, variance_inflation_factor, effective_p99_sample_size, sample_size_warning.
   */
  quality?: {
    [k: string]: unknown;
  } | null;
  /**
   * trend_correlation, trend_p_value, stationarity_warning.
   */
  stationarity?: {
    [k: string]: unknown;
  } | null;
  /**
   * Each signal's ramp bounds (ns or null).
   */
  cross_validation?: {
    [k: string]: number | null;
  } | null;
  /**
   * Confidence intervals when bootstrap iterations > 0.
   */
  bootstrap?: {
    [k: string]: unknown;
  } | null;
  [k: string]: unknown;
}
/**
 * Keys every profile_export_aiperf.json layout shares (facts F16): the echoed configuration, the run's cancellation state, the error summary and the profiling phase's start and end.
 */
export interface SummaryFileCommon {
  /**
   * The user configuration (only explicitly set options, version-specific shape); opaque.
   */
  input_config?: {
    [k: string]: unknown;
  };
  /**
   * Whether the profiling run was cancelled (Ctrl-C); not per request.
   */
  was_cancelled?: boolean;
  /**
   * One entry per distinct (code, type, message), first-seen order; [] if none.
   */
  error_summary?: ErrorDetailsCount[];
  /**
   * Start of the profiling phase: ISO 8601 with microseconds, naive local time (R-L) or UTC (N); null if unknown.
   */
  start_time?: string | null;
  /**
   * End of the profiling phase, same format as start_time; null if unknown.
   */
  end_time?: string | null;
  [k: string]: unknown;
}
/**
 * One GPU: identity, vendor platform (1.5, and Rust under 1.4: after gpu_uuid), where it ran, its metrics.
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "gpu".
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "gpu".
 */
export interface GpuSummary {
  /**
   * Index on its host.
   */
  gpu_index: number;
  /**
   * Model name.
   */
  gpu_name?: string | null;
  /**
   * UUID.
   */
  gpu_uuid?: string | null;
  /**
   * "nvidia", "amd" (schema 1.5), Rust's fallback label otherwise.
   */
  platform?: string;
  /**
   * Host.
   */
  hostname?: string | null;
  /**
   * Kubernetes namespace.
   */
  namespace?: string | null;
  /**
   * Kubernetes pod.
   */
  pod_name?: string | null;
  /**
   * Metric name -> statistics.
   */
  metrics: {
    [k: string]: TelemetryMetricResult;
  };
  [k: string]: unknown;
}
/**
 * Statistics of one GPU metric: a unit and whatever statistics exist (count kept).
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "metric".
 *
 * This interface was referenced by `undefined`'s JSON-Schema
 * via the `definition` "metric".
 */
export interface TelemetryMetricResult {
  /**
   * Display unit (W, %, MiB, ...).
   */
  unit?: string;
  /**
   * A statistic (avg, min, max, p*, std, count, sum); null when not finite.
   */
  [k: string]: unknown;
}
/**
 * Gates for `aiperf-tools check --thresholds FILE` and `compare --thresholds FILE`, in the shape of k6's thresholds: metric -> expressions `stat op value[unit]` (or `op value` for avg). A signed value is a change against the baseline (compare only): `p99 < +5%`.
 */
export interface ThresholdsFile {
  /**
   * Optional URL of this schema, for editors.
   */
  $schema?: string;
  /**
   * Metric tag (or alias such as ttft, itl, error_rate) -> threshold expressions, e.g. {"ttft": ["p99 < 500ms", "avg < +5%"], "error_rate": ["< 1%"]}.
   */
  thresholds: {
    /**
     * @minItems 1
     */
    [k: string]: string[];
  };
  /**
   * compare: changes smaller than this many percent of the baseline are never better or worse (default 2); the command line's --noise wins.
   */
  noise?: number;
  /**
   * compare: confidence of the intervals in percent, simultaneous over every interval of a candidate (default 95); --confidence wins.
   */
  confidence?: number;
  /**
   * compare: seed of the bootstrap (default 1); --seed wins.
   */
  seed?: number;
}
/**
 * One row of profile_export_aiperf_timeslices.csv, header -> cell (spec §13.5.1): Rust `Timeslice,Start_NS,End_NS,Metric,Unit,Stat,Value` (values .2f); older Python `Timeslice,Metric,Unit,Stat,Value`. CRLF line endings; one row per present statistic, no count.
 */
export interface TimeslicesCsvRow {
  /**
   * Slice index, from 0.
   */
  Timeslice: string;
  /**
   * Slice start (ns), Rust.
   */
  Start_NS?: string;
  /**
   * Slice end (ns), Rust.
   */
  End_NS?: string;
  /**
   * Display header (falls back to the tag).
   */
  Metric: string;
  /**
   * Display unit.
   */
  Unit: string;
  /**
   * avg, min, max, sum, a percentile or std.
   */
  Stat: string;
  /**
   * The statistic: .2f (Rust) or Python's number text.
   */
  Value: string;
}
/**
 * profile_export_aiperf_timeslices.json (spec §13.5.1): slices in chronological order, each a metric block per tag. New shape (0.12+, Python 0.13, Rust): start_ns/end_ns per slice, is_complete: false on the last partial slice; old shape (2025): timeslice_index per slice.
 */
export interface TimeslicesFile {
  /**
   * Non-empty slices, chronological; the position is the slice index (new shape).
   */
  timeslices: Timeslice[];
  /**
   * The run's configuration; opaque (absent in Rust without a frontend config).
   */
  input_config?: {
    [k: string]: unknown;
  } | null;
  [k: string]: unknown;
}
