export { LogHistogram } from "./log-histogram.js";
export type { Cdf, DistributionData, DistributionOptions, HistogramBins } from "./log-histogram.js";
export { TimeBins } from "./time-bins.js";
export type { ChannelKind, FinishedBins, TimeBinsOptions } from "./time-bins.js";
export { Reservoir, mulberry32 } from "./reservoir.js";
export { paretoFront } from "./pareto.js";
export type { SweepPoint } from "./pareto.js";
export { niceCeil } from "./nice.js";
export { DISTRIBUTIONS, RunDataCollector, sliceFactor } from "./run-data.js";
export type {
  DistributionResult,
  DistributionSpec,
  RunChartData,
  RunDataOptions,
  Timeline,
} from "./run-data.js";
