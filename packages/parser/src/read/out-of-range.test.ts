// Class 15 of issue 9: a number literal beyond a double (1e400) is reported as written, with line,
// column and pointer: in a per-record metric value (strict, lenient) and anywhere in a summary file,
// input_config included, where the schema lets any number through.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RecordValidationError } from "../errors.js";
import { parseSummary, SummarySchemaError } from "../summary-file/parse-summary.js";
import { parseRecordLine } from "./record-line.js";
import { RUN1_SUMMARY, run1Lines } from "./test-support/fixtures.js";

const RANGE = "(a double holds at most ±1.8e308)";

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("per-record values beyond a double", () => {
  const line = run1Lines().find((l) => l.includes(`"inter_chunk_latency"`)) as string;

  it.each(["1e400", "-1E+400"])("a metric value %s: out of double range, at its column and pointer", (lit) => {
    const text = line.replace(/"request_latency":\{"value":[^,]+,/, `"request_latency":{"value":${lit},`);
    expect(text).not.toBe(line);
    const e = thrown(() => parseRecordLine(text, 7, "r.jsonl"));
    expect(e).toBeInstanceOf(RecordValidationError);
    expect((e as RecordValidationError).message).toBe(`out of double range: ${lit} ${RANGE}`);
    expect((e as RecordValidationError).location).toEqual({
      file: "r.jsonl",
      line: 7,
      column: text.indexOf(lit) + 1,
      pointer: "/metrics/request_latency/value",
    });
  });

  it("inside a list value", () => {
    const text = line.replace(
      /"inter_chunk_latency":\{"value":\[([^,\]]+),/,
      '"inter_chunk_latency":{"value":[$1,1e400,',
    );
    expect(text).not.toBe(line);
    const e = thrown(() => parseRecordLine(text, 1, "r.jsonl")) as RecordValidationError;
    expect(e.message).toBe(`out of double range: 1e400 ${RANGE}`);
    expect(e.location.column).toBe(text.indexOf("1e400") + 1);
  });
});

describe("summary values beyond a double", () => {
  const TEXT = readFileSync(RUN1_SUMMARY, "utf8");

  it("in input_config: refused as written, not kept as Infinity", () => {
    const text = TEXT.replace('"concurrency": 100,', '"concurrency": 1e400,');
    expect(text).not.toBe(TEXT);
    const e = thrown(() => parseSummary(text, "s.json"));
    expect(e).toBeInstanceOf(SummarySchemaError);
    const offset = text.indexOf("1e400");
    const before = text.slice(0, offset).split("\n");
    expect((e as SummarySchemaError).issues).toEqual([
      {
        message: `out of double range: 1e400 ${RANGE}`,
        location: {
          file: "s.json",
          line: before.length,
          column: (before.at(-1) as string).length + 1,
          pointer: "/input_config/loadgen/concurrency",
        },
      },
    ]);
  });

  it("a large finite number in input_config is kept", () => {
    const s = parseSummary(TEXT.replace('"concurrency": 100,', '"concurrency": 1e300,'), "s.json");
    expect(JSON.stringify(s.inputConfig)).toContain("1e+300");
  });
});
