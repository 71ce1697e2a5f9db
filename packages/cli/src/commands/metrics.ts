// `metrics`: what a run carries (per tag: how many records, scalar or list,
// unit), or the whole catalog when no path is given.
import { getMetric, metrics as catalog, toJsonText } from "@aiperf/core";
import type { CommandContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { type InputOptions, scanRun } from "../input.js";
import type { ParsedRecord } from "@aiperf/parser";
import { moreLine, topRows } from "../row-limit.js";
import { renderTable } from "../table.js";
import { terminalText } from "../terminal-text.js";

export interface MetricsOptions extends InputOptions {
  json?: boolean;
}

export interface RunMetric {
  header: string;
  tag: string;
  kind: "record" | "aggregate" | "derived" | "unknown";
  shape: "scalar" | "list";
  /** Units seen in the records (one, unless the file mixes them). */
  unit: string;
  records: number;
}

/** Tags in first-appearance order, with how many records carry each; fed one record at a time. */
export class RunMetricsCounter {
  private readonly seen = new Map<string, RunMetric & { units: Set<string> }>();
  records = 0;

  add(record: ParsedRecord): void {
    const seen = this.seen;
    this.records++;
    for (const [tag, m] of Object.entries(record.metrics)) {
      let entry = seen.get(tag);
      if (entry === undefined) {
        const def = getMetric(tag);
        entry = {
          header: def?.header ?? tag,
          tag,
          kind: def?.kind ?? "unknown",
          shape: "scalar",
          unit: "",
          records: 0,
          units: new Set(),
        };
        seen.set(tag, entry);
      }
      entry.records++;
      entry.units.add(m.unit);
      if (Array.isArray(m.value)) entry.shape = "list";
    }
  }

  rows(): RunMetric[] {
    return [...this.seen.values()].map(({ units, ...m }) => ({ ...m, unit: [...units].join(", ") }));
  }
}

function catalogRows() {
  return catalog.map((d) => ({
    header: d.header,
    tag: d.tag,
    kind: d.kind,
    shape: d.valueType,
    unit: d.displayUnit ?? d.unit,
    baseUnit: d.unit,
    flags: d.flags,
    displayOrder: d.displayOrder,
    formats: d.presentIn,
    ...(d.renamedTo !== undefined ? { renamedTo: d.renamedTo } : {}),
  }));
}

export default async function metricsCommand(
  ctx: CommandContext,
  path: string | undefined,
  opts: MetricsOptions,
): Promise<number> {
  const { out } = ctx;
  if (path === undefined) {
    const rows = catalogRows();
    if (opts.json === true) {
      ctx.stdout.write(`${toJsonText(rows, { indent: 2 })}\n`);
      return ExitCode.ok;
    }
    ctx.stdout.write(
      renderTable({
        head: ["Header", "Tag", "Kind", "Shape", "Unit", "Formats"],
        align: ["left", "left", "left", "left", "left", "left"],
        rows: rows.map((r) => [r.header, out.cyan(r.tag), r.kind, r.shape, r.unit, r.formats.join(" ")]),
        colors: out,
      }),
    );
    ctx.stdout.write(`${rows.length} metrics in the catalog (formats: R = run1, O = Oct-2025, L = 2026-03)\n`);
    return ExitCode.ok;
  }
  const counter = new RunMetricsCounter();
  const { label } = await scanRun(ctx, path, opts, (record) => counter.add(record));
  const all = counter.rows();
  if (opts.json === true) {
    ctx.stdout.write(`${toJsonText({ file: label, records: counter.records, metrics: all }, { indent: 2 })}\n`);
    return ExitCode.ok;
  }
  // Catalog metrics all; tags unknown to the catalog, the most frequent few (any number can come from data).
  const unknown = topRows(
    all.filter((r) => r.kind === "unknown"),
    (r) => r.records,
  );
  const rows = [...all.filter((r) => r.kind !== "unknown"), ...unknown.shown];
  ctx.stdout.write(
    renderTable({
      head: ["Header", "Tag", "Kind", "Shape", "Unit", "Records"],
      align: ["left", "left", "left", "left", "left", "right"],
      rows: rows.map((r) => [
        terminalText(r.header),
        out.cyan(terminalText(r.tag)),
        r.kind,
        r.shape,
        terminalText(r.unit),
        String(r.records),
      ]),
      colors: out,
    }),
  );
  ctx.stdout.write(moreLine(unknown.more, "tags the catalog does not know", "--json"));
  ctx.stdout.write(`${all.length} metrics in ${counter.records} records of ${terminalText(label)}\n`);
  return ExitCode.ok;
}
