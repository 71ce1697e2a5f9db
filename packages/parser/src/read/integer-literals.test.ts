// Class 5 of issue 9: integer fields (`*_ns`, counts, error codes) written with a
// fraction or an exponent are refused with line, column and pointer, never
// rounded; lenient mode skips and counts the line.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RecordValidationError } from "../errors.js";
import { loadRecordsSync } from "./load-sync.js";
import { loadRecords } from "./read-records.js";
import { parseRecordLine } from "./record-line.js";
import { run1Lines, tempDir } from "./test-support/fixtures.js";
import { versionLine } from "./test-support/versions.js";

const tmp = tempDir();
afterAll(tmp.cleanup);
const LINES = run1Lines();
const OK_LINE = LINES[20] as string; // a successful request: ttft, osl, isl, ...
const ERR_LINE = LINES[0] as string; // error 499

/** `line` with `from` replaced by `to`; the column (1-based) where `to`'s value starts. */
function edit(line: string, from: string, to: string, valueAfter: string): { text: string; column: number } {
  expect(line.includes(from)).toBe(true);
  const text = line.replace(from, to);
  return { text, column: text.indexOf(to) + to.indexOf(valueAfter) + valueAfter.length + 1 };
}

const osl = /"output_sequence_length":\{"value":(\d+)/;
const oslValue = (OK_LINE.match(osl) as RegExpMatchArray)[1] as string;
const ts = (OK_LINE.match(/"timestamp_ns":(\d+)/) as RegExpMatchArray)[1] as string;
const CASES: {
  name: string;
  line: string;
  from: string;
  to: string;
  after: string;
  pointer: string;
  literal: string;
}[] = [
  {
    name: "a *_ns beyond 2^53 with .0",
    line: OK_LINE,
    from: `"timestamp_ns":${ts}`,
    to: `"timestamp_ns":${ts}.0`,
    after: '"timestamp_ns":',
    pointer: "/metadata/timestamp_ns",
    literal: `${ts}.0`,
  },
  {
    name: "a *_ns in exponent form",
    line: OK_LINE,
    from: `"timestamp_ns":${ts}`,
    to: '"timestamp_ns":1.759522419154829e18',
    after: '"timestamp_ns":',
    pointer: "/metadata/timestamp_ns",
    literal: "1.759522419154829e18",
  },
  {
    name: "a small *_ns with .0",
    line: versionLine("O").replace('"was_cancelled":false', '"was_cancelled":false,"clock_offset_ns":-42'),
    from: '"clock_offset_ns":-42',
    to: '"clock_offset_ns":-42.0',
    after: '"clock_offset_ns":',
    pointer: "/metadata/clock_offset_ns",
    literal: "-42.0",
  },
  {
    name: "turn_index 1e0",
    line: OK_LINE,
    from: '"turn_index":0',
    to: '"turn_index":0e0',
    after: '"turn_index":',
    pointer: "/metadata/turn_index",
    literal: "0e0",
  },
  {
    name: "a count with .5",
    line: OK_LINE,
    from: `"output_sequence_length":{"value":${oslValue}`,
    to: `"output_sequence_length":{"value":${oslValue}.5`,
    after: '"value":',
    pointer: "/metrics/output_sequence_length/value",
    literal: `${oslValue}.5`,
  },
  {
    name: "an error code with .0",
    line: ERR_LINE,
    from: '"code":499',
    to: '"code":499.0',
    after: '"code":',
    pointer: "/error/code",
    literal: "499.0",
  },
];

describe("integer literals in integer fields", () => {
  it.each(CASES)("strict: $name is a validation error at its value", (c) => {
    const { text, column } = edit(c.line, c.from, c.to, c.after);
    let err: unknown;
    try {
      parseRecordLine(text, 7, "f.jsonl");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RecordValidationError);
    expect((err as RecordValidationError).location).toEqual({ file: "f.jsonl", line: 7, column, pointer: c.pointer });
    expect((err as RecordValidationError).message).toBe(
      c.pointer.startsWith("/metrics/")
        ? `must be a whole number (a count), found ${c.literal}`
        : `must be an integer literal (no fraction or exponent), found ${c.literal}`,
    );
  });

  it("the lossless path (a key repeated in trace_data) refuses the same literal at the same place", () => {
    const { text, column } = edit(OK_LINE, '"turn_index":0', '"turn_index":0.0', '"turn_index":');
    const ambiguous = `${text.slice(0, -1)},"trace_data":{"turn_index":3,"timestamp_ns":1}}`;
    expect(() => parseRecordLine(ambiguous, 1)).toThrow(
      expect.objectContaining({ location: { file: "<string>", line: 1, column, pointer: "/metadata/turn_index" } }),
    );
  });

  it("a count written as a whole double (the Rust engine's 105.0, 1e0) is accepted as that count", () => {
    const osl = edit(
      OK_LINE,
      `"output_sequence_length":{"value":${oslValue}`,
      `"output_sequence_length":{"value":${oslValue}.0`,
      '"value":',
    );
    expect(parseRecordLine(osl.text, 1).metrics.output_sequence_length?.value).toBe(Number(oslValue));
    const errs = edit(ERR_LINE, '"error_request_count":{"value":1', '"error_request_count":{"value":1e0', '"value":');
    expect(parseRecordLine(errs.text, 1).metrics.error_request_count?.value).toBe(1);
  });

  it("floats elsewhere stay accepted: unknown tags (no integer type known)", () => {
    const line = OK_LINE.replace(
      '"metrics":{',
      '"metrics":{"new_tag":{"value":5.0,"unit":"tokens"},"output_sequence_length_x":{"value":1e3,"unit":"tokens"},',
    );
    expect(parseRecordLine(line, 1).metrics.new_tag?.value).toBe(5);
    expect(parseRecordLine(line, 1).metrics.output_sequence_length_x?.value).toBe(1000);
  });

  it("lenient: each such line is skipped and counted, the others read (async and sync)", async () => {
    const bad = CASES.map((c) => edit(c.line, c.from, c.to, c.after).text);
    const text = `${[OK_LINE, ...bad, ERR_LINE].join("\n")}\n`;
    const path = join(tmp.dir, "ints.jsonl");
    writeFileSync(path, text);
    for (const { report } of [
      await loadRecords(path, { mode: "lenient" }),
      loadRecordsSync(path, { mode: "lenient" }),
    ]) {
      expect(report.accepted).toBe(2);
      expect(report.skipped).toBe(CASES.length);
      expect(report.linesRead).toBe(CASES.length + 2);
      expect(report.issues.map((i) => [i.line, i.pointer, i.kind])).toEqual(
        CASES.map((c, k) => [k + 2, c.pointer, "validation"]),
      );
    }
    await expect(loadRecords(path)).rejects.toMatchObject({ kind: "validation", location: { line: 2 } });
  });
});
