export { summarize, summarizeSync } from "./summarize.js";
export { SummaryAccumulator } from "./accumulator.js";
export { SubsetSummarizer } from "./subset-summaries.js";
export { AIPERF_PERCENTILES, AIPERF_PERCENTILES_R, defaultVariant, percentileKey } from "./options.js";
export type { SummarizeOptions } from "./options.js";
export { recoverBase } from "./base-values.js";
export type { Recovered } from "./base-values.js";
export { summarizeFile } from "./summarize-file.js";
export type { SummarizeFileOptions, SummarizeFileResult } from "./summarize-file.js";
