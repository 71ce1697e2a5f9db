// Options of summarize() and their per-version defaults.
import { UsageError } from "../errors.js";
import type { RecordsVersion, Summary, SummaryVariant } from "../model.js";

export interface SummarizeOptions {
  /** Statistics engine; "auto" (default) detects it from the records' metadata keys (facts F5). */
  version?: RecordsVersion | "auto";
  /**
   * Percentiles to report (default AIPerf's: R 1,5,25,50,75,90,95,99; later versions add 10). Each a finite
   * number strictly between 0 and 100, each once (as the CLI's --percentiles); else a UsageError.
   */
  percentiles?: number[];
  /** Benchmark phases that count (default ["profiling"]: warmup is excluded, as AIPerf does). */
  phases?: string[];
  /**
   * Sum in 8192-element chunks as numpy <= 2.2 (run1 pins numpy 2.2.6). Default: true for R and O,
   * false for L and later (numpy 2.4 era). Matters only for float data with more than 8192 values.
   */
  numpyChunking?: boolean;
  /**
   * An existing AIPerf summary of the same run: input_config, was_cancelled, start_time, end_time and
   * metrics that cannot be derived from the records are carried over (marked carriedOver); for 0.12 its
   * start/end time give the observation window of the throughputs (facts F15).
   */
  reference?: Summary;
  /** Layout the result is meant for (default R for R records, L for O/L, N for 0.10 and 0.12). */
  variant?: SummaryVariant;
}

export const AIPERF_PERCENTILES_R: readonly number[] = [1, 5, 25, 50, 75, 90, 95, 99];
export const AIPERF_PERCENTILES: readonly number[] = [1, 5, 10, 25, 50, 75, 90, 95, 99];

export interface ResolvedOptions {
  version: RecordsVersion;
  percentiles: readonly number[];
  chunked: boolean;
  variant: SummaryVariant;
  reference: Summary | undefined;
}

export function defaultVariant(version: RecordsVersion): SummaryVariant {
  if (version === "R") return "R";
  return version === "0.10" || version === "0.12" ? "N" : "L";
}

export function resolveOptions(options: SummarizeOptions, version: RecordsVersion): ResolvedOptions {
  const percentiles = options.percentiles ?? (version === "R" ? AIPERF_PERCENTILES_R : AIPERF_PERCENTILES);
  checkPercentiles(percentiles);
  return {
    version,
    percentiles,
    chunked: options.numpyChunking ?? (version === "R" || version === "O"),
    variant: options.variant ?? defaultVariant(version),
    reference: options.reference,
  };
}

/**
 * The rules of the CLI's --percentiles for the library: finite numbers strictly between 0 and 100
 * (0 and 100 are min and max, reported anyway), no percentile twice (two equal stat keys).
 */
export function checkPercentiles(percentiles: unknown): void {
  if (!Array.isArray(percentiles)) throw new UsageError(`percentiles must be an array of numbers`);
  const seen = new Set<number>();
  for (const p of percentiles as unknown[]) {
    if (typeof p !== "number" || !(p > 0 && p < 100))
      throw new UsageError(
        `percentile ${typeof p === "string" ? `'${p}'` : String(p)} is not a number strictly between 0 and 100`,
        "give percentiles such as [50, 90, 99.9]",
      );
    if (seen.has(p)) throw new UsageError(`percentile ${p} is given twice`);
    seen.add(p);
  }
}

/** Stat key of a percentile: 99 -> "p99", 99.9 -> "p99.9". */
export function percentileKey(p: number): string {
  return `p${p}`;
}
