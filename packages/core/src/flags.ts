// Metric flag bits (facts F6); identical meaning in every AIPerf version that has them.
export const MetricFlag = {
  NONE: 0,
  STREAMING_ONLY: 1 << 0,
  ERROR_ONLY: 1 << 1,
  PRODUCES_TOKENS_ONLY: 1 << 2,
  NO_CONSOLE: 1 << 3,
  LARGER_IS_BETTER: 1 << 4,
  INTERNAL: 1 << 5,
  SUPPORTS_AUDIO_ONLY: 1 << 6,
  SUPPORTS_IMAGE_ONLY: 1 << 7,
  SUPPORTS_REASONING: 1 << 8,
  EXPERIMENTAL: 1 << 9,
  /** Composite: STREAMING_ONLY | PRODUCES_TOKENS_ONLY. */
  STREAMING_TOKENS_ONLY: (1 << 0) | (1 << 2),
  /** O and later. */
  GOODPUT: 1 << 10,
  /** O and later (#325): never written to the per-record JSONL. */
  NO_INDIVIDUAL_RECORDS: 1 << 11,
  /** L (#389). */
  TOKENIZES_INPUT_ONLY: 1 << 12,
  /** L. */
  SUPPORTS_VIDEO_ONLY: 1 << 13,
  /** L: disabled with --use-server-token-count. */
  USAGE_DIFF_ONLY: 1 << 14,
  /** L: aiohttp trace metrics. */
  HTTP_TRACE_ONLY: 1 << 15,
  /** L: video generation endpoints. */
  PRODUCES_VIDEO_ONLY: 1 << 16,
} as const satisfies Record<string, number>;

export type MetricFlagName = keyof typeof MetricFlag;

/** True when every bit of flag is set in mask (so NONE is always contained). */
export function hasFlag(mask: number, flag: number): boolean {
  return (mask & flag) === flag;
}

/** Bitmask of a list of flag names. */
export function flagMask(names: readonly MetricFlagName[]): number {
  let mask = 0;
  for (const name of names) mask |= MetricFlag[name];
  return mask;
}

/** Names of the single-bit flags set in mask, in bit order (composites and NONE are never listed). */
export function flagNames(mask: number): MetricFlagName[] {
  return (Object.keys(MetricFlag) as MetricFlagName[]).filter((name) => {
    const bit = MetricFlag[name];
    return bit !== 0 && (bit & (bit - 1)) === 0 && (mask & bit) !== 0;
  });
}
