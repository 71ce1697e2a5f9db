export * from "./model.js";
export * from "./errors.js";
export * from "./read/index.js";
export * from "./summary-file/index.js";
export * from "./summarize/index.js";
export * from "./format/index.js";
export * from "./stats/index.js";
