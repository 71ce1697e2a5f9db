// Paths and raw text of the run1 fixture (the project copy) and a temp-dir helper.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const RUN1_DIR = fileURLToPath(new URL("../../../../../fixtures/aiperf-run1/", import.meta.url));
export const RUN1_JSONL = join(RUN1_DIR, "profile_export.jsonl");
export const RUN1_SUMMARY = join(RUN1_DIR, "profile_export_aiperf.json");

/** run1's lines, without the final newline. */
export function run1Lines(): string[] {
  const text = readFileSync(RUN1_JSONL, "utf8");
  return text.slice(0, -1).split("\n");
}

/** A fresh temp directory; call the returned cleanup in afterEach/afterAll. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "aiperf-parser-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
