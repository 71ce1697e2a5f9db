import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_FILE, describeRecords, loadAsync, loadSync } from "./parse-profile-export.js";

const here = dirname(fileURLToPath(import.meta.url));
const APP = join(here, "..");
/**
 * What AIPerf's Python example prints for run1, generated with python3 from the
 * JSONL and the spec's metric registry (headers), independent of this code:
 *   recs = [json.loads(l) for l in open(path) if l.strip()]
 *   print(f"Loaded {len(recs)} records from {path}")
 *   r = next(r for r in recs if r['error'] is None); print("\nExample Metrics:")
 *   for t, m in r['metrics'].items(): print(f"  {header[t]} ({t}): {m['value']} ({m['unit']})")
 *   e = next(r for r in recs if r['error'] is not None); print("\nExample Error:")
 *   print(json.dumps(e['error'], indent=2))
 */
const EXPECTED = readFileSync(join(here, "test-support", "run1-expected.txt"), "utf8");
const LABEL = "artifacts/run1/profile_export.jsonl";

describe("parse-profile-export", () => {
  it("the bundled artifacts are the project's run1 fixture, byte for byte", () => {
    for (const name of ["profile_export.jsonl", "profile_export_aiperf.json", "profile_export_aiperf.csv"]) {
      const bundled = readFileSync(join(APP, "artifacts", "run1", name));
      expect(bundled.equals(readFileSync(join(APP, "..", "..", "fixtures", "aiperf-run1", name))), name).toBe(true);
    }
  });

  it("prints what the Python example prints for run1 (sync mode)", () => {
    expect(`${describeRecords(LABEL, loadSync(DEFAULT_FILE)).join("\n")}\n`).toBe(EXPECTED);
  });

  it("async mode loads the same records", async () => {
    const [sync, async] = [loadSync(DEFAULT_FILE), await loadAsync(DEFAULT_FILE)];
    expect(async).toHaveLength(100);
    expect(async).toEqual(sync);
  });

  it("omits the sections it has nothing for", () => {
    const valid = loadSync(DEFAULT_FILE).filter((r) => r.error === null);
    const lines = describeRecords("x.jsonl", valid);
    expect(lines[0]).toBe("Loaded 89 records from x.jsonl");
    expect(lines).toContain("Example Metrics:");
    expect(lines).not.toContain("Example Error:");
  });

  it("runs as a script, with and without --async, on a given path", () => {
    const script = join(APP, "dist", "parse-profile-export.js");
    for (const args of [[LABEL], [LABEL, "--async"]]) {
      const r = spawnSync(process.execPath, [script, ...args], { cwd: APP, encoding: "utf8" });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(EXPECTED);
    }
  });

  it("a missing file is one located error line and exit 1", () => {
    const r = spawnSync(process.execPath, [join(APP, "dist", "parse-profile-export.js"), "nope.jsonl"], {
      cwd: APP,
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: .*nope\.jsonl: no such file or directory\n$/);
  });
});
