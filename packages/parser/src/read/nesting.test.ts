// Class 9 of issue 9: nesting deeper than the parser's limit (512) inside one
// record is a located syntax error in strict mode and a skipped, counted line
// in lenient mode; never a stack overflow or an unlocated read failure.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RecordSyntaxError } from "../errors.js";
import { summarizeFile } from "../summarize/summarize-file.js";
import { loadRecordsSync } from "./load-sync.js";
import { loadRecords } from "./read-records.js";
import { parseRecordLine } from "./record-line.js";
import { run1Lines, tempDir } from "./test-support/fixtures.js";

const tmp = tempDir();
afterAll(tmp.cleanup);
const LINES = run1Lines();
const ERR_LINE = LINES[0] as string;

/** ERR_LINE with `"trace_data":` + `depth` nested objects; the column (1-based) of level 513. */
function deepObjects(depth: number): { text: string; column: number } {
  const head = `${ERR_LINE.slice(0, -1)},"trace_data":`;
  const text = `${head}${'{"a":'.repeat(depth)}1${"}".repeat(depth)}}`;
  // The root is level 0 and trace_data's value level 1: the 513th '{' of the chain is level 513.
  return { text, column: head.length + 512 * '{"a":'.length + 1 };
}

/** ERR_LINE with a metadata key holding `depth` nested arrays. */
function deepArrays(depth: number): { text: string; column: number } {
  const start = ERR_LINE.indexOf('"metadata":{') + '"metadata":{"x":'.length;
  const text = ERR_LINE.replace('"metadata":{', `"metadata":{"x":${"[".repeat(depth)}${"]".repeat(depth)},`);
  // metadata is level 1, x's value level 2: the 512th '[' is level 513.
  return { text, column: start + 511 + 1 };
}

describe("deep nesting", () => {
  it("strict: 600 nested objects in trace_data is a syntax error at level 513, pointing at /trace_data", () => {
    const { text, column } = deepObjects(600);
    let err: unknown;
    try {
      parseRecordLine(text, 3, "f.jsonl");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RecordSyntaxError);
    expect((err as RecordSyntaxError).location).toEqual({ file: "f.jsonl", line: 3, column, pointer: "/trace_data/a" });
    expect((err as RecordSyntaxError).format()).toBe(
      `f.jsonl:3:${column}: nesting deeper than 512 levels (the parser's limit) (at /trace_data/a)`,
    );
  });

  it("100000 nested arrays in metadata: the same error, no stack overflow", () => {
    const { text, column } = deepArrays(100_000);
    expect(() => parseRecordLine(text, 1, "f.jsonl")).toThrow(
      expect.objectContaining({
        kind: "syntax",
        location: { file: "f.jsonl", line: 1, column, pointer: "/metadata/x" },
      }),
    );
  });

  it("nesting within the limit is kept as data", () => {
    const r = parseRecordLine(deepObjects(500).text, 1);
    let v: unknown = r.extra?.trace_data;
    let levels = 0;
    while (typeof v === "object" && v !== null) {
      v = (v as { a: unknown }).a;
      levels++;
    }
    expect([levels, v]).toEqual([500, 1]);
  });

  it("lenient: deep lines are skipped and counted, the rest read (stream, sync, summarizeFile)", async () => {
    const path = join(tmp.dir, "deep.jsonl");
    writeFileSync(
      path,
      `${[LINES[1], deepObjects(600).text, LINES[2], deepArrays(100_000).text, LINES[3]].join("\n")}\n`,
    );
    const sync = loadRecordsSync(path, { mode: "lenient" }).report;
    const stream = (await loadRecords(path, { mode: "lenient" })).report;
    const summarized = (await summarizeFile(path, { mode: "lenient", threads: 2 })).report;
    for (const report of [sync, stream, summarized]) {
      expect([report.linesRead, report.accepted, report.skipped]).toEqual([5, 3, 2]);
      expect(report.issues.map((i) => [i.line, i.kind, i.pointer])).toEqual([
        [2, "syntax", "/trace_data/a"],
        [4, "syntax", "/metadata/x"],
      ]);
    }
    await expect(loadRecords(path)).rejects.toMatchObject({ kind: "syntax", location: { line: 2 } });
  });
});
