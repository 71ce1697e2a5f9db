// @aiperf/cli as a library: run aiperf-tools in-process (tests, other tools)
// or call a command directly with your own streams. The bin is src/bin.ts.
export { main } from "./run.js";
export { BUNDLED_RUN_DIR, processContext } from "./context.js";
export type { CliContext, CommandContext, Sink } from "./context.js";
export { ExitCode, EXIT_CODE_HELP } from "./exit-codes.js";
export type { ExitCodeValue } from "./exit-codes.js";
export { CliError, describeFailure } from "./errors.js";
export { default as inspect } from "./commands/inspect.js";
export { default as metrics } from "./commands/metrics.js";
export { default as summarize } from "./commands/summarize.js";
export { default as exportRecords } from "./commands/export.js";
export { default as validate } from "./commands/validate.js";
export { default as compare } from "./commands/compare.js";
export { default as check } from "./commands/check.js";
// Moved to @aiperf/analysis; re-exported for existing users.
export { compareSummaries } from "@aiperf/analysis";
export type { Comparison, Difference } from "@aiperf/analysis";
