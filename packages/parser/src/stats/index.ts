export { GrowableFloat64Array } from "./growable-array.js";
export {
  lowerLerpPercentile,
  npMean,
  npPercentile,
  npStd,
  npSum,
  pairwiseSum,
} from "./numpy.js";
export type { NumpyOptions } from "./numpy.js";
export { TDigest } from "./tdigest.js";
