// @aiperf/cli as a library: run aiperf-tools in-process (tests, other tools) with your own
// streams, and map failures to exit codes the way the command does. The bin is src/bin.ts.
export { main } from "./run.js";
export { BUNDLED_RUN_DIR, processContext } from "./context.js";
export type { CliContext, Sink } from "./context.js";
export { ExitCode, EXIT_CODE_HELP } from "./exit-codes.js";
export type { ExitCodeValue } from "./exit-codes.js";
export { CliError, describeFailure } from "./errors.js";
export type { Failure } from "./errors.js";
