export { toSummaryCsv, SUMMARY_STAT_COLUMNS } from "./summary-csv.js";
export type { SummaryCsvOptions } from "./summary-csv.js";
export { writeRecordsCsv } from "./records-csv.js";
export type { RecordsCsvOptions, RecordsCsvResult } from "./records-csv.js";
export { catalogColumnPlan, scanRecordColumns, selectColumnPlan } from "./record-columns.js";
export type { ColumnPlan, ListPart, RecordColumn } from "./record-columns.js";
export type { ExportTally } from "./record-rows.js";
export { LONG_HEADERS } from "./record-rows.js";
export { CSV_OPTIONS, isFormulaLike, metricLabel, neutralizeFormula } from "./cells.js";
