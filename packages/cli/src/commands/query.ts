// `query`: DuckDB SQL over runs. Each run's records go to a temporary Parquet
// file (table `records`, with run-level columns), its recomputed summary to
// table `summary` (one row per metric and statistic). DuckDB is optional: it is
// loaded only here, and its absence is a usage error telling how to install it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { toJsonText } from "@aiperf/core";
import { readSummary, SummaryAccumulator } from "@aiperf/parser";
import type { Summary } from "@aiperf/parser";
import type { CommandContext } from "../context.js";
import { CliError, usageError } from "../errors.js";
import { ExitCode } from "../exit-codes.js";
import { type InputOptions, openRun } from "../input.js";
import { writeOutputStream } from "../output.js";
import { renderTable } from "../table.js";

export interface QueryOptions extends InputOptions {
  format?: "table" | "csv" | "json";
}

const DUCKDB = "@duckdb/node-api";

type DuckDB = typeof import("@duckdb/node-api");

async function loadDuckDB(ctx: CommandContext): Promise<DuckDB> {
  // Tests point this at a missing module to see the message.
  const name = ctx.env.AIPERF_TOOLS_DUCKDB_MODULE ?? DUCKDB;
  try {
    return (await import(name)) as DuckDB;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw err;
    throw new CliError(
      ExitCode.usage,
      `query needs DuckDB, and ${DUCKDB} is not installed`,
      `install it where aiperf-tools is installed: npm install ${DUCKDB} (prebuilt for Linux, macOS and Windows)`,
    );
  }
}

/** A run's name: its directory (the parent of a profile_export.* file), else the file name without extension. */
function runName(path: string): string {
  const base = basename(path);
  if (/^profile_export\./.test(base)) return basename(dirname(path));
  return base.replace(/\.(jsonl(\.gz)?|parquet)$/i, "");
}

export default async function queryCommand(
  ctx: CommandContext,
  args: string | string[] | undefined,
  opts: QueryOptions,
): Promise<number> {
  const [sql, ...paths] = typeof args === "string" ? [args] : (args ?? []);
  if (sql === undefined || sql.trim() === "") throw usageError("query needs SQL, e.g. 'SELECT count(*) FROM records'");
  const runs = paths.length > 0 ? paths : [undefined];
  const duckdb = await loadDuckDB(ctx);
  const { runColumns, writeRecordsParquet, partitionDir } = await import("@aiperf/parquet");

  const work = await mkdtemp(join(tmpdir(), "aiperf-tools-query-"));
  try {
    const names = new Map<string, number>();
    const files: string[] = [];
    const summaries: { name: string; summary: Summary }[] = [];
    for (const path of runs) {
      let name = path === undefined ? "run1" : runName(resolve(ctx.cwd, path));
      const seen = names.get(name) ?? 0;
      names.set(name, seen + 1);
      if (seen > 0) name = `${name}#${seen + 1}`;

      const run = await openRun(ctx, path, opts);
      const reference = run.artifacts?.summaryJson
        ? await readSummary(run.artifacts.summaryJson).catch(() => undefined)
        : undefined;
      // One read: records go to Parquet while the summary accumulates.
      const acc = new SummaryAccumulator(reference !== undefined ? { reference } : {});
      const tee = (async function* () {
        for await (const record of run.records) {
          acc.add(record);
          yield record;
        }
      })();
      const file = join(work, partitionDir(name), "part-0.parquet");
      try {
        await writeOutputStream(
          file,
          async (stream) => {
            await writeRecordsParquet(tee, stream, { constants: runColumns(name, reference) });
          },
          { force: false },
        );
      } finally {
        await run.finish().catch(() => undefined);
      }
      files.push(file);
      summaries.push({ name, summary: acc.finish() });
    }

    const instance = await duckdb.DuckDBInstance.create(":memory:");
    const conn = await instance.connect();
    try {
      const list = files.map((f) => `'${f.replaceAll("'", "''")}'`).join(", ");
      await conn.run(`CREATE VIEW records AS SELECT * FROM read_parquet([${list}], union_by_name = true)`);
      await conn.run(
        "CREATE TABLE summary (run_name VARCHAR, metric VARCHAR, header VARCHAR, unit VARCHAR, stat VARCHAR, value DOUBLE)",
      );
      const appender = await conn.createAppender("summary");
      for (const { name, summary } of summaries)
        for (const m of summary.metrics)
          for (const [stat, value] of Object.entries(m.stats)) {
            if (value === undefined) continue;
            appender.appendVarchar(name);
            appender.appendVarchar(m.tag);
            appender.appendVarchar(m.header);
            appender.appendVarchar(m.unit);
            appender.appendVarchar(stat);
            appender.appendDouble(value);
            appender.endRow();
          }
      appender.closeSync();

      let reader: Awaited<ReturnType<typeof conn.runAndReadAll>>;
      try {
        reader = await conn.runAndReadAll(sql);
      } catch (err) {
        // A SQL mistake is the user's: one line, exit 2.
        throw usageError(`SQL: ${(err as Error).message.split("\n")[0] ?? ""}`);
      }
      const columns = reader.columnNames();
      const rows = reader.getRowObjectsJS() as Record<string, unknown>[];
      printRows(ctx, columns, rows, opts.format ?? "table");
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return ExitCode.ok;
}

const cellText = (v: unknown): string =>
  v === null || v === undefined ? "" : typeof v === "object" ? toJsonText(v) : String(v);

function printRows(
  ctx: CommandContext,
  columns: string[],
  rows: Record<string, unknown>[],
  format: "table" | "csv" | "json",
): void {
  if (format === "json") {
    ctx.stdout.write(`${toJsonText(rows)}\n`);
    return;
  }
  const cells = rows.map((row) => columns.map((c) => cellText(row[c])));
  if (format === "csv") {
    const quote = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
    for (const line of [columns, ...cells]) ctx.stdout.write(`${line.map(quote).join(",")}\r\n`);
    return;
  }
  const numeric = columns.map(
    (c) => rows.length > 0 && rows.every((r) => typeof r[c] === "number" || typeof r[c] === "bigint" || r[c] === null),
  );
  ctx.stdout.write(
    `${renderTable({ head: columns, align: numeric.map((n) => (n ? "right" : "left")), rows: cells, colors: ctx.out })}\n`,
  );
}
