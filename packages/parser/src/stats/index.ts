export { GrowableFloat64Array } from "./growable-array.js";
export {
  NUMPY_BUFSIZE,
  lowerLerpPercentile,
  minMax,
  npMean,
  npPercentile,
  npStd,
  npSum,
  npSumSquaredDeviations,
  pairwiseSum,
} from "./numpy.js";
export type { NumpyOptions } from "./numpy.js";
export { TDigest } from "./tdigest.js";
