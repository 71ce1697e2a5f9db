// @aiperf/cli from its tarball, in-process: `summarize --out` writes AIPerf's two files byte for byte.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { main, processContext } from "@aiperf/cli";

const [runDir = "", workDir = ""] = process.argv.slice(2);
const out = join(workDir, "cli-esm");
const code = await main(["summarize", runDir, "--out", out], processContext());
const same = (name: string): boolean =>
  readFileSync(join(out, name), "utf8") === readFileSync(join(runDir, name), "utf8");
console.log(JSON.stringify({ code, json: same("profile_export_aiperf.json"), csv: same("profile_export_aiperf.csv") }));
