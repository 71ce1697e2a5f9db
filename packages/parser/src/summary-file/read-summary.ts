// readSummary: a summary file, or the one in an artifacts directory.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { AiperfError, SourceNotFoundError } from "../errors.js";
import type { Summary } from "../model.js";
import { SUMMARY_JSON_FILE, locateArtifacts } from "../read/artifacts.js";
import { isGzipMagic, toReadError } from "../read/source-chunks.js";
import { type ParseSummaryOptions, parseSummary } from "./parse-summary.js";

/** Read and normalize `profile_export_aiperf.json` (path = the file or its artifacts directory; .gz accepted). */
export async function readSummary(path: string, options: ParseSummaryOptions = {}): Promise<Summary> {
  const found = locateArtifacts(path);
  let file = found.records ?? "";
  if (found.dir !== null) {
    if (found.summaryJson === null)
      throw new SourceNotFoundError(
        join(found.dir, SUMMARY_JSON_FILE),
        "this artifacts directory has no summary file; summarize the records instead",
      );
    file = found.summaryJson;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
    if (isGzipMagic(bytes)) bytes = gunzipSync(bytes);
  } catch (e) {
    const err = toReadError(e, file, undefined);
    throw err instanceof AiperfError ? err : e;
  }
  return parseSummary(bytes.toString("utf8"), file, options);
}
