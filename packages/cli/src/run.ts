// The one error boundary: parses argv, runs a command, maps every failure to
// one line on stderr and an exit code. Command modules are imported lazily so
// that --help and --version never load the parser.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { colorEnabled, colors } from "./color.js";
import type { CliContext, CommandContext } from "./context.js";
import { describeFailure } from "./errors.js";
import { EXIT_CODE_HELP, ExitCode } from "./exit-codes.js";
import { terminalText } from "./terminal-text.js";
import { cliVersion } from "./version.js";

const PATH_HELP = `Paths:
  A path may be a profile_export.jsonl file, an AIPerf artifacts directory, a .gz
  file, or - for standard input. Without a path, the bundled example run (run1) is used.`;

const EXAMPLES: Record<string, string[]> = {
  inspect: [
    "aiperf-tools inspect",
    "aiperf-tools inspect artifacts/my-run/",
    "gunzip -c run.jsonl.gz | aiperf-tools inspect -",
  ],
  metrics: [
    "aiperf-tools metrics                  # the whole metric catalog",
    "aiperf-tools metrics artifacts/my-run/ --json",
  ],
  summarize: [
    "aiperf-tools summarize",
    "aiperf-tools summarize artifacts/my-run/ --percentiles 50,90,99.9",
    "aiperf-tools summarize artifacts/my-run/ --out recomputed/ --force",
    "aiperf-tools summarize profile_export.jsonl.gz --json > summary.json",
  ],
  export: [
    "aiperf-tools export artifacts/my-run/ -o requests.csv",
    "aiperf-tools export --long | head",
    "aiperf-tools export artifacts/my-run/ --format parquet -o run.parquet",
  ],
  validate: [
    "aiperf-tools validate artifacts/my-run/",
    "aiperf-tools validate profile_export.jsonl --summary other/profile_export_aiperf.json",
  ],
  compare: [
    "aiperf-tools compare before/ after/",
    "aiperf-tools compare before/ after/ --threshold 'ttft.p99 < +5%' --threshold 'request_throughput.avg > -3%'",
    "aiperf-tools compare before/ gpu-a/ gpu-b/ --format markdown > comment.md",
    "aiperf-tools compare before/profile_export_aiperf.json after/ --json",
  ],
  query: [
    "aiperf-tools query 'SELECT count(*) AS n, avg(request_latency) AS avg_ms FROM records'",
    "aiperf-tools query \"SELECT run_name, value FROM summary WHERE metric = 'ttft' AND stat = 'p99'\" runs/c1/ runs/c8/",
    "aiperf-tools query 'SELECT * FROM records LIMIT 5' run.parquet --format csv",
  ],
  check: [
    "aiperf-tools check artifacts/my-run/ --threshold 'ttft.p99 < 500ms' --threshold 'error_rate < 1%'",
    "aiperf-tools check artifacts/my-run/ --thresholds gates.json --format markdown",
  ],
  analyze: [
    "aiperf-tools analyze artifacts/my-run/ --goodput 'time_to_first_token:200 inter_token_latency:20'",
    "aiperf-tools analyze artifacts/my-run/ --slo-curve time_to_first_token",
    "aiperf-tools analyze artifacts/my-run/ --trim-start 30s --trim-end 10s --skip-first 100",
    "aiperf-tools analyze artifacts/my-run/ --slice-duration 10s --steady-state --out analysis/",
    "aiperf-tools analyze artifacts/my-run/ --goodput 'ttft:200' --json > analysis.json",
  ],
  report: [
    "aiperf-tools report -o report.html                  # the bundled run1",
    "aiperf-tools report artifacts/my-run/ -o report.html",
    "aiperf-tools report sweep/c1 sweep/c8 sweep/c64 -o sweep.html --force",
  ],
};

function examples(name: string): string {
  return `\nExamples:\n${(EXAMPLES[name] ?? []).map((e) => `  $ ${e}`).join("\n")}\n`;
}

/**
 * `50,90,99.9` -> [50, 90, 99.9]: plain decimals (digits, an optional fraction) strictly
 * between 0 and 100, each once. Hex, binary, exponents, signs and `Infinity` are refused
 * (Number() would take them), as is the same percentile twice (`50,50.0`).
 * @internal Exported for its tests only.
 */
export function parsePercentiles(value: string): number[] {
  const out: number[] = [];
  for (const part of value.split(",").map((p) => p.trim())) {
    const n = Number(part);
    if (!/^\d+(\.\d+)?$/.test(part) || n <= 0 || n >= 100) {
      throw new InvalidArgumentError(
        `'${part}' is not a percentile between 0 and 100 (exclusive); expected e.g. 50,90,99.9`,
      );
    }
    if (out.includes(n)) throw new InvalidArgumentError(`percentile ${part} is given twice`);
    out.push(n);
  }
  return out;
}

/** V8's longest string (0x1fffffe8 units): the parser's cap on its line limit (MAX_LINE_BYTES_CAP). */
const MAX_LINE_BYTES_CAP = 0x1fffffe8;

/** `--max-line-bytes N`: a whole number of bytes from 1 to the parser's cap, plain decimal digits. */
function parseMaxLineBytes(value: string): number {
  const n = Number(value);
  if (!/^[1-9][0-9]*$/.test(value) || n > MAX_LINE_BYTES_CAP)
    throw new InvalidArgumentError(`'${value}' is not a number of bytes from 1 to ${MAX_LINE_BYTES_CAP}`);
  return n;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function parseNumberIn(min: number, max: number, what: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || n < min || n > max)
      throw new InvalidArgumentError(`'${value}' is not ${what}`);
    return n;
  };
}

function parseStats(value: string): string[] | "all" {
  if (value.trim() === "all") return "all";
  const out = value.split(",").map((s) => s.trim());
  for (const s of out)
    if (!/^(avg|min|max|std|p\d+(\.\d+)?)$/.test(s))
      throw new InvalidArgumentError(`'${s}' is not a statistic; expected e.g. avg,p50,p99 or all`);
  return out;
}

function parseTolerance(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0)
    throw new InvalidArgumentError(`'${value}' is not a non-negative number`);
  return n;
}

type Loader = () => Promise<{
  default: (ctx: CommandContext, path: string | undefined, opts: never) => Promise<number>;
}>;

const COMMANDS: Record<string, Loader> = {
  inspect: () => import("./commands/inspect.js"),
  metrics: () => import("./commands/metrics.js"),
  summarize: () => import("./commands/summarize.js"),
  export: () => import("./commands/export.js"),
  validate: () => import("./commands/validate.js"),
  compare: () => import("./commands/compare.js"),
  check: () => import("./commands/check.js"),
  report: () => import("./commands/report.js"),
  analyze: () => import("./commands/analyze.js"),
  query: () => import("./commands/query.js"),
};

interface State {
  exitCode: number;
}

function buildProgram(ctx: CliContext, state: State): Command {
  const program = new Command("aiperf-tools");
  program
    .description("Read, check, summarize and export AIPerf benchmark results, exactly and without Python.")
    .version(cliVersion(), "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--no-color", "disable colours (colours are only used on a terminal; NO_COLOR is respected)")
    .option("--debug", "print stack traces for errors")
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      // The boundary prints errors itself, as one line.
      outputError: () => {},
    })
    .addHelpText("after", `\n${PATH_HELP}\n\n${EXIT_CODE_HELP}\n`);

  const action =
    (name: string) =>
    async (path: string | undefined, opts: Record<string, unknown>, cmd: Command): Promise<void> => {
      const globals = cmd.optsWithGlobals<{ color: boolean; debug?: boolean }>();
      const colorOut = colorEnabled(ctx.stdout, ctx.env, globals.color);
      const commandCtx: CommandContext = {
        ...ctx,
        out: colors(colorOut),
        err: colors(colorEnabled(ctx.stderr, ctx.env, globals.color)),
        colorOut,
        debug: globals.debug === true,
      };
      const loader = COMMANDS[name];
      if (loader === undefined) throw new Error(`no module for command ${name}`);
      const mod = await loader();
      state.exitCode = await mod.default(commandCtx, path, opts as never);
    };

  const lenient = "skip invalid lines (they are counted and reported) instead of stopping at the first";
  const maxLineBytes = (): Option =>
    new Option("--max-line-bytes <n>", "longest record line accepted, in bytes (default 268435456: 256 MiB)").argParser(
      parseMaxLineBytes,
    );
  program
    .command("inspect")
    .summary("what AIPerf's example script prints, plus record counts")
    .description(
      "Load the records and print an example record's metrics and the first error, as AIPerf's parse_profile_export.py does, plus the record, error and version counts.",
    )
    .argument("[path]", "records to read (see Paths)")
    .option("--lenient", lenient)
    .addOption(maxLineBytes())
    .option("--phase <name>", "one phase of a multi-phase artifacts directory (default: its profiling phase)")
    .addHelpText("after", examples("inspect"))
    .action(action("inspect"));

  program
    .command("metrics")
    .summary("list the metrics of a run, or the whole catalog")
    .description(
      "List the metrics present in a run (header, tag, kind, scalar or list, unit, number of records that have it). Without a path, list the whole metric catalog.",
    )
    .argument("[path]", "records to read (see Paths); omit for the catalog")
    .option("--json", "print JSON instead of a table")
    .option("--lenient", lenient)
    .addOption(maxLineBytes())
    .addHelpText("after", examples("metrics"))
    .action(action("metrics"));

  program
    .command("summarize")
    .summary("AIPerf's console table and summary files, recomputed from the records")
    .description(
      "Recompute the summary from the records and print AIPerf's console table and error summary. With --out, write profile_export_aiperf.json and .csv; an existing AIPerf summary next to the records supplies input_config, was_cancelled, start_time and end_time.",
    )
    .argument("[path]", "records to read (see Paths)")
    .option(
      "--out <dir>",
      "write profile_export_aiperf.json and profile_export_aiperf.csv into DIR (created if missing)",
    )
    .option("--force", "overwrite existing output files")
    .option(
      "--percentiles <list>",
      "percentiles to compute: plain decimals strictly between 0 and 100, each once, e.g. 50,90,99.9 (default: AIPerf's set)",
      parsePercentiles,
    )
    .option("--json", "print the summary JSON (AIPerf's profile_export_aiperf.json) on stdout instead of the tables")
    .addOption(
      new Option(
        "--schema-version <version>",
        "summary JSON layout to write (--out, --json): 1.0 has no per-metric count/sum, 1.1+ has them (default: the existing summary's layout, else the records' version's)",
      ).choices(["1.0", "1.1", "1.3", "1.4", "1.5"]),
    )
    .addOption(
      new Option(
        "--producer <producer>",
        "write the summary JSON as Python AIPerf or the native Rust engine (schema 1.4 only) writes it",
      ).choices(["python", "rust"]),
    )
    .option("--lenient", lenient)
    .addOption(maxLineBytes())
    .option("--phase <name>", "one phase of a multi-phase artifacts directory (default: its profiling phase)")
    .addHelpText("after", examples("summarize"))
    .action(action("summarize"));

  program
    .command("export")
    .summary("per-request CSV")
    .description(
      "Write one CSV row per request (or, with --long, one row per inter-chunk latency) to stdout or a file.",
    )
    .argument("[path]", "records to read (see Paths)")
    .option("-o, --output <file>", "write to FILE instead of stdout")
    .option("--force", "overwrite FILE if it exists")
    .option("--long", "one row per inter-chunk latency value instead of one row per request")
    .addOption(
      new Option("--format <format>", "csv, or parquet (typed columns, needs -o; see README: Parquet and SQL)").choices(
        ["csv", "parquet"],
      ),
    )
    .option("--lenient", lenient)
    .addOption(maxLineBytes())
    .option("--phase <name>", "one phase of a multi-phase artifacts directory (default: its profiling phase)")
    .addHelpText("after", examples("export"))
    .action(action("export"));

  program
    .command("validate")
    .summary("check the records, the summary file, and that they agree")
    .description(
      "Validate every record and the summary file, then recompute the summary from the records and name each metric and statistic that differs. Exit 0 when valid, 1 when not.",
    )
    .argument("[path]", "records to read (see Paths)")
    .option("--summary <file>", "the summary JSON to check (default: profile_export_aiperf.json next to the records)")
    .option("--tolerance <rel>", "allowed relative difference per statistic (default 0: exact)", parseTolerance)
    .addOption(maxLineBytes())
    .option("--phase <name>", "one phase of a multi-phase artifacts directory (default: its profiling phase)")
    .addHelpText("after", examples("validate"))
    .action(action("validate"));

  const gate = (cmd: Command): Command =>
    cmd
      .option("--threshold <expr>", "a gate such as 'ttft.p99 < 500ms' (repeatable; syntax modelled on k6)", collect)
      .option("--thresholds <file>", "a thresholds file (JSON, schemas/thresholds-file.schema.json)")
      .addOption(new Option("--format <format>", "output format").choices(["table", "markdown", "json"]))
      .option("--json", "same as --format json (schemas/compare-result.schema.json, check-result.schema.json)")
      .option("--lenient", lenient)
      .addOption(maxLineBytes());

  gate(
    program
      .command("compare")
      .summary("baseline vs candidates: deltas, bootstrap intervals, verdicts, gates")
      .description(
        "Compare a baseline run with one or more candidates, metric by metric and statistic by statistic: delta, delta %, a bootstrap interval of the change (simultaneous at --confidence over the tested statistics), a Mann-Whitney U p-value, and a verdict by the metric's direction (worse only when the interval excludes 0 and the change exceeds --noise). Runs may be artifacts directories, JSONL (.gz), - (one of them), or a summary JSON alone (then: thresholds only). A signed threshold value is relative to the baseline. Exit 0 when all pass, 1 when a statistic got worse or a threshold failed, 2 for usage mistakes.",
      )
      .argument("<runs...>", "BASELINE CANDIDATE [CANDIDATE...] (see Paths)"),
  )
    .option(
      "--noise <percent>",
      "changes within this percent of the baseline are noise (default 2)",
      parseNumberIn(0, 1e6, "a percentage >= 0"),
    )
    .option(
      "--confidence <percent>",
      "confidence of the intervals (default 95)",
      parseNumberIn(1e-9, 99.999999, "a percentage in (0, 100)"),
    )
    .option(
      "--seed <n>",
      "bootstrap seed (default 1): the same seed, the same intervals",
      parseNumberIn(-(2 ** 31), 2 ** 31 - 1, "an integer"),
    )
    .option(
      "--resamples <n>",
      "bootstrap replicates per percentile (default 2000)",
      parseNumberIn(50, 1e6, "a number of replicates (50 or more)"),
    )
    .option(
      "--stats <list>",
      "statistics in the table, e.g. avg,p50,p99 or all (default avg,min,max,p50,p90,p99,std; moved ones always shown)",
      parseStats,
    )
    .option(
      "--strict-provenance",
      "exit 2 when the runs differ in AIPerf version, producer, model, endpoint, load or ISL/OSL",
    )
    .addHelpText("after", examples("compare"))
    .action(action("compare"));

  gate(
    program
      .command("check")
      .summary("gate one run with absolute thresholds (CI)")
      .description(
        "Evaluate absolute thresholds on one run: 'ttft.p99 < 500ms', 'error_rate < 1%', 'request_throughput.avg > 20'. Units are converted (ns, us, ms, s, %, req/s, tok/s). Exit 0 when all pass, 1 when one fails, 2 for a malformed threshold, an unknown metric or a statistic the run lacks.",
      )
      .argument("[path]", "the run (see Paths; a summary JSON alone works too)"),
  )
    .addHelpText("after", examples("check"))
    .action(action("check"));

  program
    .command("query")
    .summary("DuckDB SQL over runs: tables records and summary")
    .description(
      "Run DuckDB SQL over one or more runs: table `records` (one typed row per request, the columns of export --format parquet, plus run_name, model, concurrency, request_rate, aiperf_version) and table `summary` (run_name, metric, header, unit, stat, value). Needs the optional package @duckdb/node-api (exit 2 with install instructions when absent).",
    )
    .argument("<sql>", "the query")
    .argument("[runs...]", "runs to read (see Paths; .parquet too); default: the bundled run")
    .addOption(new Option("--format <format>", "output format").choices(["table", "csv", "json"]))
    .option("--lenient", lenient)
    .addHelpText("after", examples("query"))
    .action((sql: string, runs: string[], opts: Record<string, unknown>, cmd: Command) =>
      action("query")([sql, ...runs] as never, opts, cmd),
    );

  program
    .command("report")
    .summary("one self-contained HTML page of a run or a sweep of runs")
    .description(
      "Write one HTML file that shows a run (or several, e.g. a concurrency sweep) as tables and charts: the summarize table, run facts, distributions, behaviour over time, errors; for several runs overlaid CDFs and throughput against latency. Offline: no network access, opened by double-click.",
    )
    .argument("[runs...]", "runs to read (see Paths); one page for all of them")
    .option("-o, --output <file>", "write the page to FILE instead of stdout")
    .option("--force", "overwrite FILE if it exists")
    .option("--title <text>", "the page's title")
    .option("--lenient", lenient)
    .addOption(maxLineBytes())
    .addHelpText("after", examples("report"))
    .action(action("report"));

  program
    .command("analyze")
    .summary("goodput for any SLOs, warmup/trimming, time slices, steady state, load shape")
    .description(
      "Re-analyse a finished run with AIPerf's own definitions: goodput and SLO attainment for any --goodput SLOs (AIPerf's syntax, display units), the summary inside a trimmed window (warmup records are excluded by default), per-slice statistics anchored at the first request's start, the steady-state window (CUSUM + MSER-5) and requests in flight over time. Exit 2 for an SLO on a metric the run lacks or a wrong unit; exit 1 when the records lack the timestamps a feature needs.",
    )
    .argument("[path]", "records to read (see Paths)")
    .option("--goodput <slos>", "AIPerf's SLOs, e.g. 'time_to_first_token:200 inter_token_latency:20' (display units)")
    .option("--slo-curve <metric>", "attainment of METRIC as a function of the threshold")
    .option("--include-warmup", "count warmup records too (default: excluded and reported)")
    .option("--trim-start <duration>", "leave out records that start within DURATION of the first start (e.g. 30s)")
    .option("--trim-end <duration>", "leave out records that end within DURATION of the last end (e.g. 10s)")
    .option("--skip-first <n>", "leave out the first N requests by start time")
    .option(
      "--slice-duration <duration>",
      "per-slice statistics in slices of DURATION (e.g. 10s; a bare number is seconds)",
    )
    .option("--steady-state", "find the steady-state window (AIPerf's CUSUM + MSER-5) and summarize inside it")
    .option("--out <dir>", "write AIPerf's timeslice / steady-state JSON and CSV files into DIR")
    .option("--force", "overwrite existing output files")
    .option("--json", "print the result as JSON (schemas/analyze-result.schema.json)")
    .option("--lenient", lenient)
    .option("--phase <name>", "one phase of a multi-phase artifacts directory (default: its profiling phase)")
    .addHelpText("after", examples("analyze"))
    .action(action("analyze"));

  return program;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: readonly string[], ctx: CliContext): Promise<number> {
  const state: State = { exitCode: ExitCode.ok };
  // Known before parsing, so that parse errors honour them too.
  const debug = argv.includes("--debug");
  const errColors = colors(colorEnabled(ctx.stderr, ctx.env, !argv.includes("--no-color")));
  try {
    const program = buildProgram(ctx, state);
    if (argv.length === 0) {
      ctx.stdout.write(program.helpInformation());
      return ExitCode.usage;
    }
    await program.parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version") return ExitCode.ok;
      if (err.code === "commander.help") return ExitCode.usage;
      const message = terminalText(err.message.replace(/^error: /, "").replace(/\s*\n\s*/g, " "));
      ctx.stderr.write(
        `${errColors.red("aiperf-tools: error:")} ${message} ${errColors.dim("(see aiperf-tools --help)")}\n`,
      );
      return ExitCode.usage;
    }
    const failure = describeFailure(err);
    const hint = failure.hint !== undefined ? errColors.dim(`; hint: ${terminalText(failure.hint)}`) : "";
    ctx.stderr.write(`${errColors.red("aiperf-tools: error:")} ${terminalText(failure.line)}${hint}\n`);
    if (debug && err instanceof Error) ctx.stderr.write(`${err.stack ?? err.message}\n`);
    return failure.exitCode;
  }
}
