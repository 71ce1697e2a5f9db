export { writeLongParquet, writeRecordsParquet, writeRecordsParquetFile } from "./write.js";
export type {
  ConstantColumn,
  RecordsParquetFileOptions,
  RecordsParquetOptions,
  RecordsParquetResult,
} from "./write.js";
export { openParquetRecords } from "./read.js";
export type { ParquetLayout, ParquetRecordsFile } from "./read.js";
export { partitionDir, runColumns } from "./dataset.js";
