// One record -> CSV row(s), following a fixed ColumnPlan. Whatever has no
// column lands in an "Other ..." JSON cell or is counted as not exported.
import { toJsonText } from "@aiperf/core";
import type { ParsedRecord, RecordMetricValue } from "@aiperf/parser";
import { cellText } from "./cells.js";
import { exactSum } from "./exact-sum.js";
import type { CellValue } from "./cells.js";
import type { ColumnPlan, ListPart } from "./record-columns.js";

/** Counts of everything that did not get a column of its own. */
export interface ExportTally {
  /** Tag -> records whose value went to "Other Metrics (JSON)" (unknown tag, other unit or shape). */
  otherMetrics: Record<string, number>;
  /** Key -> records whose value went to "Other Metadata (JSON)" (error keys as `error.<key>`). */
  otherMetadata: Record<string, number>;
  /**
   * JSON pointer -> records whose value no column held: top-level extras such as
   * `/trace_data`, and with a plan lacking the Other columns `/metadata/<key>`,
   * `/error/<key>`, `/metrics/<tag>`.
   */
  notExported: Record<string, number>;
}

export const newTally = (): ExportTally => ({ otherMetrics: {}, otherMetadata: {}, notExported: {} });
/** RFC 6901 JSON pointer from path segments. */
const pointer = (...segments: string[]): string =>
  segments.map((s) => `/${s.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
/** Keys are data ("__proto__", "constructor"): counted as own properties, never through the prototype. */
const bump = (counts: Record<string, number>, key: string): void => {
  const value = Object.hasOwn(counts, key) ? (counts[key] as number) + 1 : 1;
  Object.defineProperty(counts, key, { value, writable: true, enumerable: true, configurable: true });
};

/** Column positions of a plan, looked up per record field. */
export class RowLayout {
  readonly width: number;
  private readonly line: number[] = [];
  private readonly metadata: { index: number; keys: readonly string[] }[] = [];
  private readonly errors: { index: number; key: string; json: boolean }[] = [];
  private readonly scalars = new Map<string, { index: number; unit: string | null }>();
  private readonly lists = new Map<string, { unit: string | null; parts: [ListPart, number][] }>();
  private otherMetadataIndex = -1;
  private otherMetricsIndex = -1;
  private readonly consumed = new Set<string>();

  constructor(
    plan: ColumnPlan,
    private readonly injectionSafe: boolean,
  ) {
    this.width = plan.columns.length;
    plan.columns.forEach((col, index) => {
      switch (col.source) {
        case "line":
          this.line.push(index);
          break;
        case "metadata":
          this.metadata.push({ index, keys: col.keys });
          break;
        case "error":
          this.errors.push({ index, key: col.key, json: col.json });
          break;
        case "metric":
          this.scalars.set(col.tag, { index, unit: col.unit });
          break;
        case "list": {
          const entry = this.lists.get(col.tag) ?? { unit: col.unit, parts: [] };
          entry.parts.push([col.part, index]);
          this.lists.set(col.tag, entry);
          break;
        }
        case "other-metadata":
          this.otherMetadataIndex = index;
          break;
        case "other-metrics":
          this.otherMetricsIndex = index;
          break;
      }
    });
  }

  /** The wide row of one record (texts, ready for the CSV writer). */
  wideRow(record: ParsedRecord, tally: ExportTally): string[] {
    const cells: CellValue[] = new Array<CellValue>(this.width).fill(null);
    for (const index of this.line) cells[index] = record.line;
    const otherMetadata = this.fillMetadata(record, cells, tally);
    const otherMetrics = this.fillMetrics(record, cells, tally);
    if (this.otherMetadataIndex >= 0 && otherMetadata !== null)
      cells[this.otherMetadataIndex] = toJsonText(otherMetadata);
    if (this.otherMetricsIndex >= 0 && otherMetrics !== null) cells[this.otherMetricsIndex] = toJsonText(otherMetrics);
    if (record.extra !== undefined) for (const key of Object.keys(record.extra)) bump(tally.notExported, pointer(key));
    // In place: one array per row, not two.
    for (let i = 0; i < cells.length; i++) cells[i] = cellText(cells[i], this.injectionSafe);
    return cells as string[];
  }

  private fillMetadata(record: ParsedRecord, cells: CellValue[], tally: ExportTally): Record<string, unknown> | null {
    // Reused per row (a Set and pair arrays per record were a good part of the export's garbage).
    const consumed = this.consumed;
    consumed.clear();
    const metadata = record.metadata;
    for (const { index, keys } of this.metadata) {
      const key =
        keys.length === 1
          ? (keys[0] as string)
          : keys.find((k) => Object.hasOwn(metadata, k) && metadata[k] !== undefined);
      if (key === undefined || !Object.hasOwn(metadata, key) || metadata[key] === undefined) continue;
      consumed.add(key);
      cells[index] = scalarCell(metadata[key]);
    }
    const leftover: Leftover[] = [];
    for (const key of Object.keys(metadata))
      if (!consumed.has(key)) leftover.push({ key, value: metadata[key], pointer: pointer("metadata", key) });
    const error = (record.error ?? null) as Record<string, unknown> | null;
    if (error !== null) {
      const used = new Set<string>();
      for (const { index, key, json } of this.errors) {
        const value = Object.hasOwn(error, key) ? error[key] : undefined;
        used.add(key);
        cells[index] = json && value != null ? toJsonText(value) : scalarCell(value);
      }
      for (const [k, value] of Object.entries(error)) {
        if (!used.has(k) && value !== undefined)
          leftover.push({ key: `error.${k}`, value, pointer: pointer("error", k) });
      }
    }
    return divert(leftover, this.otherMetadataIndex >= 0 ? tally.otherMetadata : null, tally);
  }

  private fillMetrics(record: ParsedRecord, cells: CellValue[], tally: ExportTally): Record<string, unknown> | null {
    const leftover: Leftover[] = [];
    const metrics = record.metrics;
    for (const tag of Object.keys(metrics)) {
      const mv = metrics[tag] as RecordMetricValue;
      if (Array.isArray(mv.value)) {
        const list = this.lists.get(tag);
        if (list !== undefined && unitFits(list.unit, mv)) {
          const stats = listStats(mv.value);
          for (const [part, index] of list.parts) cells[index] = stats[part];
          continue;
        }
      } else {
        const scalar = this.scalars.get(tag);
        if (scalar !== undefined && unitFits(scalar.unit, mv)) {
          cells[scalar.index] = mv.value;
          continue;
        }
      }
      leftover.push({ key: tag, value: mv, pointer: pointer("metrics", tag) });
    }
    return divert(leftover, this.otherMetricsIndex >= 0 ? tally.otherMetrics : null, tally);
  }

  /** Long format: one row per value of every list-valued metric. */
  longRows(record: ParsedRecord): string[][] {
    const rows: string[][] = [];
    const requestId = scalarCell(record.metadata.x_request_id);
    for (const [tag, mv] of Object.entries(record.metrics)) {
      if (!Array.isArray(mv.value)) continue;
      mv.value.forEach((value, index) => {
        rows.push(
          [record.line, requestId, tag, mv.unit, index, value].map((cell) => cellText(cell, this.injectionSafe)),
        );
      });
    }
    return rows;
  }
}

interface Leftover {
  /** Key in the Other JSON object. */
  key: string;
  value: unknown;
  /** Where it was in the record, for the not-exported count. */
  pointer: string;
}

/**
 * Leftovers go to the Other column when the plan has one (`counts` set), otherwise
 * they are counted as not exported. Returns the Other cell's object, if any.
 */
function divert(
  leftover: readonly Leftover[],
  counts: Record<string, number> | null,
  tally: ExportTally,
): Record<string, unknown> | null {
  if (leftover.length === 0) return null;
  for (const item of leftover) bump(counts ?? tally.notExported, counts ? item.key : item.pointer);
  return counts ? Object.fromEntries(leftover.map(({ key, value }) => [key, value])) : null;
}

/** Headers of the long format. */
export const LONG_HEADERS: readonly string[] = ["Line", "Request ID", "Metric", "Unit", "Index", "Value"];

const unitFits = (unit: string | null, mv: RecordMetricValue): boolean => unit === null || unit === mv.unit;

/** Primitive values as they are; anything structured (an unexpected object) as JSON. */
function scalarCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case "string":
    case "number":
    case "bigint":
    case "boolean":
      return value;
    default:
      return toJsonText(value);
  }
}

/** count, mean (correctly rounded sum of the values as written / count), min and max of one record's list. */
function listStats(values: readonly number[]): Record<ListPart, number | null> {
  if (values.length === 0) return { count: 0, avg: null, min: null, max: null };
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { count: values.length, avg: exactSum(values) / values.length, min, max };
}
