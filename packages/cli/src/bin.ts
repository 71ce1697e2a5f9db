#!/usr/bin/env node
import { processContext } from "./context.js";
import { main } from "./run.js";

// `aiperf-tools export | head` closes the pipe early: that is not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});
process.exitCode = await main(process.argv.slice(2), processContext());
