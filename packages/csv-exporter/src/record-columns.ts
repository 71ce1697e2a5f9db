// Column plans of the per-request CSV. A single streaming pass cannot add
// columns later, so the set is fixed before the first row: from the catalog
// for the records' version (default), from a first pass (scanRecordColumns),
// or from an explicit list of column ids.
import { getMetric, MetricFlag, metricDisplayOrder, metricFlags, metrics, recordMetadataFields } from "@aiperf/core";
import type { CatalogFormat, MetricDefinition } from "@aiperf/core";
import { detectRecordsVersion } from "@aiperf/parser";
import type { ParsedRecord, RecordsVersion } from "@aiperf/parser";
import { metricLabel } from "./cells.js";

/** Per-request summary of a list-valued metric (inter-chunk latency). */
export type ListPart = "count" | "avg" | "min" | "max";
const LIST_PARTS: readonly ListPart[] = ["count", "avg", "min", "max"];

export type RecordColumn =
  | { id: string; header: string; source: "line" }
  | { id: string; header: string; source: "metadata"; keys: readonly string[] }
  | { id: string; header: string; source: "error"; key: string; json: boolean }
  /** `unit` null accepts any unit (a metric whose unit was never seen). */
  | { id: string; header: string; source: "metric"; tag: string; unit: string | null }
  | { id: string; header: string; source: "list"; tag: string; unit: string | null; part: ListPart }
  | { id: string; header: string; source: "other-metadata" }
  | { id: string; header: string; source: "other-metrics" };

/** The columns of one CSV, fixed before the first row. */
export interface ColumnPlan {
  version: RecordsVersion;
  columns: RecordColumn[];
}

const VERSION_ORDER: readonly RecordsVersion[] = ["R", "O", "L", "0.10", "0.12"];
const atLeast = (version: RecordsVersion, since: RecordsVersion): boolean =>
  VERSION_ORDER.indexOf(version) >= VERSION_ORDER.indexOf(since);

interface FieldSpec {
  id: string;
  header: string;
  since: RecordsVersion;
  /** Metadata keys read in this order; R's `timestamp_ns`/`credit_phase` share a column with their later names. */
  keys?: readonly string[];
}

/**
 * One column per metadata field with a CSV header in the metadata schemas, in their property
 * order; R's timestamp_ns/credit_phase fill the columns of their later names (x-column).
 */
const METADATA_FIELDS: readonly FieldSpec[] = recordMetadataFields.flatMap((f) => {
  if (f.header === undefined) return [];
  const shared = recordMetadataFields.filter((o) => o.column === f.column && o.key !== f.key);
  const keys = [...shared.map((o) => o.key), f.key];
  const since = shared.some((o) => o.since === "R") ? "R" : f.since;
  return [{ id: f.column, header: f.header, since, ...(shared.length > 0 ? { keys } : {}) }];
});

const ERROR_FIELDS: readonly (FieldSpec & { key: string; json: boolean })[] = [
  { id: "error_code", header: "Error Code", since: "R", key: "code", json: false },
  { id: "error_type", header: "Error Type", since: "R", key: "type", json: false },
  { id: "error_message", header: "Error Message", since: "R", key: "message", json: false },
  { id: "error_cause", header: "Error Cause", since: "L", key: "cause", json: false },
  { id: "error_cause_chain", header: "Error Cause Chain (JSON)", since: "L", key: "cause_chain", json: true },
  { id: "error_details", header: "Error Details (JSON)", since: "L", key: "details", json: true },
];

/** Every metadata key that has a column of its own. */
const KNOWN_METADATA_KEYS: ReadonlySet<string> = new Set(METADATA_FIELDS.flatMap((f) => f.keys ?? [f.id]));

const LINE_COLUMN: RecordColumn = { id: "line", header: "Line", source: "line" };
const OTHER_METADATA: RecordColumn = {
  id: "other_metadata",
  header: "Other Metadata (JSON)",
  source: "other-metadata",
};
const OTHER_METRICS: RecordColumn = { id: "other_metrics", header: "Other Metrics (JSON)", source: "other-metrics" };

const metadataColumn = (f: FieldSpec): RecordColumn => ({
  id: f.id,
  header: f.header,
  source: "metadata",
  keys: f.keys ?? [f.id],
});
const errorColumn = (f: (typeof ERROR_FIELDS)[number]): RecordColumn => ({
  id: f.id,
  header: f.header,
  source: "error",
  key: f.key,
  json: f.json,
});

/** Catalog format whose flags and tags apply to records of `version`. */
function catalogFormat(version: RecordsVersion): CatalogFormat {
  return version === "R" ? "R" : version === "O" ? "O" : "L";
}

/**
 * Catalog metrics that a record of this format can carry: present in the
 * format, not derived, not INTERNAL/EXPERIMENTAL (hidden from AIPerf's JSONL),
 * and, after R, not NO_INDIVIDUAL_RECORDS. Ordered like AIPerf's console
 * (display order, unordered last), then by tag.
 */
function perRecordMetrics(format: CatalogFormat): MetricDefinition[] {
  const hidden =
    MetricFlag.INTERNAL | MetricFlag.EXPERIMENTAL | (format === "R" ? 0 : MetricFlag.NO_INDIVIDUAL_RECORDS);
  return metrics
    .filter((def) => def.presentIn.includes(format) && def.kind !== "derived")
    .filter((def) => (metricFlags(def, format) & hidden) === 0)
    .sort(
      (a, b) => compareOrder(metricDisplayOrder(a, format), metricDisplayOrder(b, format)) || compareTags(a.tag, b.tag),
    );
}

const compareTags = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compareOrder = (a: number | null, b: number | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b;

/** Columns of one metric: one value column, or count/avg/min/max for a list metric. */
function metricColumns(tag: string, header: string, unit: string | null, list: boolean): RecordColumn[] {
  if (!list) return [{ id: tag, header: metricLabel(header, unit ?? ""), source: "metric", tag, unit }];
  return LIST_PARTS.map((part) => ({
    id: `${tag}.${part}`,
    header: part === "count" ? `${header} Count` : metricLabel(`${header} ${capitalize(part)}`, unit ?? ""),
    source: "list" as const,
    tag,
    unit,
    part,
  }));
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function catalogMetricColumns(def: MetricDefinition): RecordColumn[] {
  return metricColumns(def.tag, def.header, def.displayUnit ?? def.unit, def.valueType === "list");
}

/**
 * Default plan: every metadata and error field of `version`, one column per
 * catalog metric a record of that version can carry, then two JSON columns for
 * whatever has no column of its own (unknown metadata keys, unknown tags).
 */
export function catalogColumnPlan(version: RecordsVersion): ColumnPlan {
  return {
    version,
    columns: uniqueHeaders([
      LINE_COLUMN,
      ...METADATA_FIELDS.filter((f) => atLeast(version, f.since)).map(metadataColumn),
      ...ERROR_FIELDS.filter((f) => atLeast(version, f.since)).map(errorColumn),
      ...perRecordMetrics(catalogFormat(version)).flatMap(catalogMetricColumns),
      OTHER_METADATA,
      OTHER_METRICS,
    ]),
  };
}

/**
 * A plan with the given column ids, in the given order. Ids: `line`, the
 * metadata/error ids of the README, a metric tag of any catalog format
 * (a list tag expands to its four parts, or name one part: `inter_chunk_latency.max`),
 * `other_metadata`, `other_metrics`.
 */
export function selectColumnPlan(ids: readonly string[], version: RecordsVersion): ColumnPlan {
  const fields = [
    LINE_COLUMN,
    ...METADATA_FIELDS.map(metadataColumn),
    ...ERROR_FIELDS.map(errorColumn),
    OTHER_METADATA,
    OTHER_METRICS,
  ];
  const available = new Map<string, RecordColumn[]>(fields.map((col) => [col.id, [col]]));
  for (const def of metrics) {
    const cols = catalogMetricColumns(def);
    available.set(def.tag, cols);
    // A list metric's parts are selectable one by one too.
    if (cols.length > 1) for (const col of cols) available.set(col.id, [col]);
  }
  const columns = ids.flatMap((id) => {
    const cols = available.get(id);
    if (cols === undefined)
      throw new RangeError(`unknown CSV column id "${id}" (see the column reference in @aiperf/csv-exporter's README)`);
    return cols;
  });
  return { version, columns: uniqueHeaders(columns) };
}

/** What a first pass over the records found. */
interface ScanState {
  metadataKeys: Set<string>;
  errorKeys: Set<string>;
  /** Tag -> first unit seen and value shape; `mixed` when a later record differs. */
  tags: Map<string, { unit: string; list: boolean; mixed: boolean }>;
  records: number;
}

/**
 * First pass: a plan with exactly the fields and metrics that occur in the
 * records (unknown tags get a column too, headed `tag (unit)`). Read the
 * source twice: once here, once for writeRecordsCsv. Memory is the set of
 * keys and tags, not the records.
 */
export async function scanRecordColumns(
  records: Iterable<ParsedRecord> | AsyncIterable<ParsedRecord>,
  options: { version?: RecordsVersion } = {},
): Promise<ColumnPlan> {
  const state: ScanState = { metadataKeys: new Set(), errorKeys: new Set(), tags: new Map(), records: 0 };
  for await (const record of records) scanRecord(state, record);
  const version = options.version ?? (state.records > 0 ? detectRecordsVersion(state.metadataKeys) : "L");
  const hasAny = (keys: readonly string[]): boolean => keys.some((k) => state.metadataKeys.has(k));

  const metadata = METADATA_FIELDS.filter((f) => hasAny(f.keys ?? [f.id]));
  const errors = ERROR_FIELDS.filter((f) => f.since === "R" || state.errorKeys.has(f.key));
  const errorKnown = new Set(errors.map((f) => f.key));
  const otherMetadata =
    [...state.metadataKeys].some((k) => !KNOWN_METADATA_KEYS.has(k)) ||
    [...state.errorKeys].some((k) => !errorKnown.has(k));

  const format = catalogFormat(version);
  const tags = [...state.tags.entries()].sort(([a], [b]) => {
    const da = getMetric(a);
    const db = getMetric(b);
    if (da && db)
      return compareOrder(metricDisplayOrder(da, format), metricDisplayOrder(db, format)) || compareTags(a, b);
    return da ? -1 : db ? 1 : compareTags(a, b);
  });
  const metricCols = tags.flatMap(([tag, seen]) =>
    metricColumns(tag, getMetric(tag)?.header ?? tag, seen.unit, seen.list),
  );
  const otherMetrics = tags.some(([, seen]) => seen.mixed);

  return {
    version,
    columns: uniqueHeaders([
      LINE_COLUMN,
      ...metadata.map(metadataColumn),
      ...errors.map(errorColumn),
      ...metricCols,
      ...(otherMetadata ? [OTHER_METADATA] : []),
      ...(otherMetrics ? [OTHER_METRICS] : []),
    ]),
  };
}

function scanRecord(state: ScanState, record: ParsedRecord): void {
  state.records++;
  for (const key of Object.keys(record.metadata)) state.metadataKeys.add(key);
  if (record.error !== null) for (const key of Object.keys(record.error)) state.errorKeys.add(key);
  for (const [tag, mv] of Object.entries(record.metrics)) {
    const list = Array.isArray(mv.value);
    const seen = state.tags.get(tag);
    if (seen === undefined) state.tags.set(tag, { unit: mv.unit, list, mixed: false });
    else if (seen.unit !== mv.unit || seen.list !== list) seen.mixed = true;
  }
}

/** Headers must be unique for readers that key rows by header; disambiguate with the id. */
function uniqueHeaders(columns: RecordColumn[]): RecordColumn[] {
  const seen = new Set<string>();
  return columns.map((col) => {
    const header = seen.has(col.header) ? `${col.header} [${col.id}]` : col.header;
    seen.add(header);
    return header === col.header ? col : { ...col, header };
  });
}
