// @aiperf/core/fs: the node-only helpers (node:fs), kept off the main entry so
// `@aiperf/core` stays usable in browser bundles.
export {
  FileWriteError,
  OutputExistsError,
  PENDING_TEMP_FILES_KEY,
  removePendingTempFiles,
  writeFileAtomic,
  writeFilesAtomic,
} from "./atomic-write.js";
export type { AtomicFile, StreamProducer, WriteFileAtomicOptions, WriteFilesAtomicOptions } from "./atomic-write.js";
