// The bad inputs every command must answer with one clear line and the right exit code.
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExitCode } from "../exit-codes.js";
import { RUN1_JSON, RUN1_JSONL } from "./harness.js";

export interface BadInput {
  name: string;
  path: string;
  exitCode: number;
  /** The whole stderr line, without colours. */
  line: RegExp;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export async function makeBadInputs(): Promise<BadInput[]> {
  const dir = await mkdtemp(join(tmpdir(), "aiperf-cli-bad-"));
  const empty = join(dir, "empty-artifacts");
  await mkdir(empty);
  const truncated = join(dir, "truncated.jsonl");
  // The first 5000 bytes end inside line 10; python3 gives: newlines + 1 = 10, 374 bytes into it -> column 375.
  await writeFile(truncated, (await readFile(RUN1_JSONL)).subarray(0, 5000));
  const missing = join(dir, "nope", "profile_export.jsonl");
  return [
    {
      name: "a missing file",
      path: missing,
      exitCode: ExitCode.notFound,
      line: new RegExp(`^aiperf-tools: error: ${esc(missing)}: no such file or directory$`),
    },
    {
      name: "a directory without records",
      path: empty,
      exitCode: ExitCode.notFound,
      line: new RegExp(
        `^aiperf-tools: error: ${esc(empty)}: no profile_export\\.jsonl in this directory; hint: pass an AIPerf artifacts directory or a profile_export\\.jsonl file$`,
      ),
    },
    {
      name: "the aggregated summary JSON instead of records",
      path: RUN1_JSON,
      exitCode: ExitCode.usage,
      line: new RegExp(`^aiperf-tools: error: ${esc(RUN1_JSON)}: .*summary.*; hint: .*profile_export\\.jsonl.*$`),
    },
    {
      name: "a truncated file",
      path: truncated,
      exitCode: ExitCode.invalidData,
      line: new RegExp(
        `^aiperf-tools: error: ${esc(truncated)}:10:375: last line is cut off.*; hint: pass --lenient .*$`,
      ),
    },
  ];
}
