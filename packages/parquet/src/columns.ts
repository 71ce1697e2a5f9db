// Parquet columns of our per-request file: the per-request CSV's catalog column
// plan with real types. Names are the CSV's column ids (snake_case, SQL-friendly);
// a list metric is one LIST<DOUBLE> column named by its tag instead of the CSV's
// count/avg/min/max parts.
import { catalogColumnPlan } from "@aiperf/csv-exporter";
import type { RecordColumn } from "@aiperf/csv-exporter";
import type { RecordsVersion } from "@aiperf/parser";
import type { SchemaElement } from "hyparquet";

/**
 * - `ns`: INT64 read and written as bigint (exact beyond 2^53);
 * - `int`: INT64 holding a JS number (counters, indexes);
 * - `double`: metric value in its display unit; `list`: LIST<DOUBLE>;
 * - `list-ns`: a ms list stored as LIST<INT64> of integer ns, column `<tag>_ns`
 *   (each value is exactly `ns * 1e-6`, AIPerf's own ns -> ms conversion);
 * - `string`, `bool`; `json`: a STRING holding JSON text.
 */
export type ParquetKind = "ns" | "int" | "double" | "list" | "list-ns" | "string" | "bool" | "json";

export type ParquetColumn =
  | { name: string; kind: ParquetKind; source: "line" }
  | { name: string; kind: ParquetKind; source: "metadata"; keys: readonly string[] }
  | { name: string; kind: ParquetKind; source: "error"; key: string }
  | { name: string; kind: ParquetKind; source: "metric"; tag: string; unit: string }
  | { name: string; kind: ParquetKind; source: "other-metadata" | "other-metrics" };

const INT_FIELDS: ReadonlySet<string> = new Set([
  "session_num",
  "request_num",
  "turn_index",
  "agent_depth",
  "phase_index",
  "profiling_index",
]);
const BOOL_FIELDS: ReadonlySet<string> = new Set(["was_cancelled", "context_overflow_skip"]);

function metadataKind(id: string): ParquetKind {
  if (id.endsWith("_ns")) return "ns";
  if (INT_FIELDS.has(id)) return "int";
  if (BOOL_FIELDS.has(id)) return "bool";
  return "string";
}

function toParquet(col: RecordColumn): ParquetColumn | null {
  switch (col.source) {
    case "line":
      return { name: "line", kind: "int", source: "line" };
    case "metadata":
      return { name: col.id, kind: metadataKind(col.id), source: "metadata", keys: col.keys };
    case "error":
      return {
        name: col.id,
        kind: col.key === "code" ? "ns" : col.json ? "json" : "string",
        source: "error",
        key: col.key,
      };
    case "metric":
      // Wall-clock metrics (unit ns) are integers beyond 2^53: INT64 keeps them exact.
      return {
        name: col.tag,
        kind: col.unit === "ns" ? "ns" : "double",
        source: "metric",
        tag: col.tag,
        unit: col.unit ?? "",
      };
    case "list":
      // The four CSV parts collapse into one list column (emitted for the first part).
      return col.part === "count"
        ? { name: col.tag, kind: "list", source: "metric", tag: col.tag, unit: col.unit ?? "" }
        : null;
    case "other-metadata":
    case "other-metrics":
      return { name: col.id, kind: "json", source: col.source };
  }
}

/** Our columns for records of `version`, in the CSV's order. */
export function parquetColumns(version: RecordsVersion): ParquetColumn[] {
  return catalogColumnPlan(version)
    .columns.map(toParquet)
    .filter((c): c is ParquetColumn => c !== null);
}

/**
 * The ns form of a ms list column: `<tag>_ns`, LIST<INT64>. Latencies AIPerf
 * computes as `ns * 1e-6` are full-precision doubles that no codec shrinks; their
 * integer ns bit-pack to about 3.3 bytes each, and `ns * 1e-6` gives back the
 * JSONL's double exactly.
 */
export function nsList(col: ParquetColumn): ParquetColumn {
  return col.kind === "list" && col.source === "metric" && col.unit === "ms"
    ? { ...col, name: `${col.tag}_ns`, kind: "list-ns" }
    : col;
}

/** `columns` with each list column in the form the file has (`<tag>_ns` when present instead of `<tag>`). */
export function resolveLists(columns: readonly ParquetColumn[], present: ReadonlySet<string>): ParquetColumn[] {
  return columns.map((c) => {
    const ns = nsList(c);
    return ns !== c && present.has(ns.name) && !present.has(c.name) ? ns : c;
  });
}

/** Flat Parquet schema (root first) of the columns; every column is nullable. */
export function parquetSchema(columns: readonly ParquetColumn[]): SchemaElement[] {
  const root: SchemaElement = { name: "root", num_children: columns.length };
  return [root, ...columns.flatMap(schemaElements)];
}

function schemaElements(col: ParquetColumn): SchemaElement[] {
  const name = col.name;
  switch (col.kind) {
    case "ns":
    case "int":
      return [{ name, type: "INT64", repetition_type: "OPTIONAL" }];
    case "double":
      return [{ name, type: "DOUBLE", repetition_type: "OPTIONAL" }];
    case "bool":
      return [{ name, type: "BOOLEAN", repetition_type: "OPTIONAL" }];
    case "string":
      return [{ name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" }];
    case "json":
      return [{ name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" }];
    case "list":
      // Standard three-level LIST (what Arrow, DuckDB and Spark write).
      return [
        { name, repetition_type: "OPTIONAL", converted_type: "LIST", num_children: 1 },
        { name: "list", repetition_type: "REPEATED", num_children: 1 },
        { name: "element", type: "DOUBLE", repetition_type: "OPTIONAL" },
      ];
    case "list-ns":
      return [
        { name, repetition_type: "OPTIONAL", converted_type: "LIST", num_children: 1 },
        { name: "list", repetition_type: "REPEATED", num_children: 1 },
        { name: "element", type: "INT64", repetition_type: "OPTIONAL" },
      ];
  }
}
