export * from "./model.js";
export * from "./errors.js";
export * from "./read/index.js";
export * from "./summary-file/index.js";
export * from "./summarize/index.js";
export * from "./format/index.js";
export * from "./stats/index.js";
export { orderedTarget, runOrdered } from "./read/ordered-chunks.js";
export type {
  BlockEncoder,
  BlockEncoderModule,
  EncodedBlock,
  OrderedOptions,
  OrderedOutcome,
  OrderedTarget,
} from "./read/ordered-chunks.js";
