// The project's copy of run1 (tests never read ../shared).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const REPO_DIR = join(here, "..", "..", "..", "..");
const RUN1_DIR = join(REPO_DIR, "fixtures", "aiperf-run1");
export const RUN1_JSONL = join(RUN1_DIR, "profile_export.jsonl");
export const RUN1_JSON = join(RUN1_DIR, "profile_export_aiperf.json");
