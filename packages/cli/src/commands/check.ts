// `check RUN --threshold EXPR...`: absolute gates on one run, for CI. Exit 0 when every threshold
// passes, 1 when one fails, 2 for a malformed threshold, an unknown metric or a missing statistic.
import { checkMarkdown, checkRun, thresholdLine } from "@aiperf/analysis";
import { toJsonText } from "@aiperf/core";
import type { CommandContext } from "../context.js";
import { usageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { terminalText } from "../terminal-text.js";
import { asUsage, gatherThresholds, loadRun, outputFormat } from "./compare.js";
import type { GateOptions } from "./compare.js";

export default async function check(ctx: CommandContext, path: string | undefined, opts: GateOptions): Promise<number> {
  const format = outputFormat(opts);
  const gates = await gatherThresholds(ctx, opts);
  if (gates.thresholds.length === 0)
    throw usageError("check needs at least one threshold", "pass --threshold 'ttft.p99 < 500ms' or --thresholds FILE");
  const run = await loadRun(ctx, path, opts);
  const result = asUsage(() => checkRun(run, gates.thresholds));
  if (format === "json") ctx.stdout.write(`${toJsonText(result, { indent: 2 })}\n`);
  else if (format === "markdown") ctx.stdout.write(checkMarkdown(result));
  else {
    const { out } = ctx;
    const lines = [`run: ${terminalText(run.label)}`];
    for (const t of result.thresholds) {
      const line = terminalText(thresholdLine(t));
      lines.push(t.passed ? out.green(line) : out.red(line));
    }
    const failed = result.thresholds.filter((t) => !t.passed).length;
    lines.push(
      failed === 0
        ? out.green(`PASS: ${result.thresholds.length} threshold(s)`)
        : out.red(`FAIL: ${failed} of ${result.thresholds.length} threshold(s)`),
    );
    ctx.stdout.write(`${lines.join("\n")}\n`);
  }
  return result.passed ? ExitCode.ok : ExitCode.invalidData;
}
