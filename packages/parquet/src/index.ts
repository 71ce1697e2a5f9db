export { writeLongParquet, writeRecordsParquet } from "./write.js";
export type { ConstantColumn, RecordsParquetOptions, RecordsParquetResult } from "./write.js";
export { openParquetRecords } from "./read.js";
export type { ParquetLayout, ParquetRecordsFile } from "./read.js";
export { partitionDir, runColumns } from "./dataset.js";
