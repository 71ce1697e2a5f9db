import { describe, expect, it } from "vitest";
import { RecordSyntaxError, RecordValidationError } from "../errors.js";
import { parseRecordLine } from "./record-line.js";
import { run1Lines } from "./test-support/fixtures.js";
import { versionLine } from "./test-support/versions.js";

/** Digits of `"key":<digits>` read straight from the text (independent of the parser). */
function digitsIn(line: string, key: string): bigint[] {
  return [...line.matchAll(new RegExp(`"${key}":(?:\\{"value":)?(-?\\d+)[,}]`, "g"))].map((m) =>
    BigInt(m[1] as string),
  );
}

describe("parseRecordLine on run1", () => {
  const lines = run1Lines();

  it("reads all 100 lines; every timestamp equals the digits in the file", () => {
    let errors = 0;
    lines.forEach((line, i) => {
      const r = parseRecordLine(line, i + 1, "run1");
      expect(r.line).toBe(i + 1);
      expect([r.metadata.timestamp_ns]).toEqual(digitsIn(line, "timestamp_ns"));
      for (const tag of ["min_request_timestamp", "max_response_timestamp"]) {
        const want = digitsIn(line, tag);
        if (want.length > 0) expect([r.metrics[tag]?.value]).toEqual(want);
      }
      if (r.error !== null) errors++;
    });
    expect(errors).toBe(11);
  });

  it("keeps the exact value JSON.parse would round", () => {
    const r = parseRecordLine(lines[0] as string, 1);
    expect(r.metadata.timestamp_ns).toBe(1759522419154829652n);
    expect(JSON.parse(lines[0] as string).metadata.timestamp_ns).toBe(1759522419154829600);
  });

  it("leaves every other number as JSON.parse reads it", () => {
    const line = lines.find((l) => l.includes("inter_chunk_latency")) as string;
    const plain = JSON.parse(line) as { metrics: Record<string, { value: unknown }> };
    const r = parseRecordLine(line, 1);
    for (const [tag, mv] of Object.entries(r.metrics)) {
      if (tag === "min_request_timestamp" || tag === "max_response_timestamp") continue;
      expect(mv.value).toEqual(plain.metrics[tag]?.value);
    }
    expect(typeof r.metadata.turn_index).toBe("number");
  });
});

describe("parseRecordLine: what newer versions add is kept", () => {
  it("keeps unknown metric tags, unknown metadata keys and unknown top-level keys", () => {
    const line = versionLine("0.12")
      .replace('"metrics":{', '"metrics":{"decode_duration":{"value":12.5,"unit":"ms","extra":true},')
      .replace(/}$/, ',"trace_data":{"k":[1,2]}}');
    const r = parseRecordLine(line, 1);
    expect(r.metrics.decode_duration).toEqual({ value: 12.5, unit: "ms", extra: true });
    expect(r.metadata.phase_name).toBe("profiling");
    expect(r.extra).toEqual({ trace_data: { k: [1, 2] } });
  });

  it("converts every *_ns metadata field to bigint, small ones too, and keeps nulls", () => {
    const r = parseRecordLine(
      versionLine("O").replace('"was_cancelled":false', '"was_cancelled":false,"clock_offset_ns":-42'),
      1,
    );
    expect(r.metadata.request_start_ns).toBe(1759522419154829652n);
    expect(r.metadata.request_end_ns).toBe(1759522428454602294n);
    expect(r.metadata.request_ack_ns).toBeNull();
    expect(r.metadata.clock_offset_ns).toBe(-42n);
    expect(r.metadata.session_num).toBe(3);
  });

  it("stays exact when a key name recurs in a nested object (lossless fallback)", () => {
    // trace_data repeats request_start_ns with another value: the raw-text shortcut is ambiguous.
    const line = versionLine("L").replace(
      /}$/,
      ',"trace_data":{"request_start_ns":1759522419154829999,"n":[9007199254740993]}}',
    );
    const r = parseRecordLine(line, 1);
    expect(r.metadata.request_start_ns).toBe(1759522419154829652n);
    expect(r.extra).toEqual({ trace_data: { request_start_ns: 1759522419154829999n, n: [9007199254740993n] } });
  });

  it("stays exact for an escaped key and a metric whose unit comes before its value", () => {
    const line = versionLine("L").replace(
      '"metrics":{',
      '"metrics":{"min_request_timestamp":{"unit":"ns","value":1759522419154829653},"w\\"x":{"value":1759522419154829654,"unit":"ns"},',
    );
    const r = parseRecordLine(line, 1);
    expect(r.metrics.min_request_timestamp?.value).toBe(1759522419154829653n);
    expect(r.metrics['w"x']?.value).toBe(1759522419154829654n);
  });

  it("keeps a float written in exponent form a number", () => {
    const line = versionLine("L").replace(
      '"metrics":{',
      '"metrics":{"avg_ts":{"value":1.759522419154569e18,"unit":"ns"},',
    );
    expect(parseRecordLine(line, 1).metrics.avg_ts?.value).toBe(1.759522419154569e18);
  });
});

describe("parseRecordLine: each class of bad input says where and what", () => {
  const good = versionLine("R");
  const col = (line: string, needle: string): number => line.indexOf(needle) + 1;
  const cases: {
    name: string;
    line: string;
    type: typeof RecordSyntaxError | typeof RecordValidationError;
    column: number;
    pointer: string;
    message: RegExp;
  }[] = [
    (() => {
      const line = good.replace('"turn_index":0', '"turn_index":0,');
      return {
        name: "trailing comma",
        line,
        type: RecordSyntaxError,
        column: col(line, ',"timestamp'),
        pointer: "/metadata",
        message: /expected a property name/,
      };
    })(),
    (() => {
      const line = good.replace('"worker_id":"worker_1"', '"worker_id":worker_1');
      return {
        name: "unquoted string",
        line,
        type: RecordSyntaxError,
        column: col(line, "worker_1,"),
        pointer: "/metadata/worker_id",
        message: /expected a JSON value, found 'w'/,
      };
    })(),
    (() => {
      const line = good.replace('"error":null', '"error" null');
      return {
        name: "missing colon",
        line,
        type: RecordSyntaxError,
        column: col(line, " null") + 1,
        pointer: "",
        message: /expected ':' after the property name, found 'n'/,
      };
    })(),
    (() => {
      const line = `${good} x`;
      return {
        name: "text after the record",
        line,
        type: RecordSyntaxError,
        column: line.length,
        pointer: "",
        message: /unexpected 'x' after the end/,
      };
    })(),
    (() => {
      const line = good.replace('"worker_1"', '"work\ter"');
      return {
        name: "raw tab in a string",
        line,
        type: RecordSyntaxError,
        column: col(line, "\t"),
        pointer: "/metadata/worker_id",
        message: /control character U\+0009/,
      };
    })(),
    (() => {
      const line = good.replace('"worker_1"', "17");
      return {
        name: "wrong type on a known field",
        line,
        type: RecordValidationError,
        column: col(line, "17,"),
        pointer: "/metadata/worker_id",
        message: /must be string/,
      };
    })(),
    (() => {
      const line = good.replace(/"timestamp_ns":\d+/, '"timestamp_ns":"1759522419154829652"');
      return {
        name: "timestamp as a string",
        line,
        type: RecordValidationError,
        column: col(line, '"1759'),
        pointer: "/metadata/timestamp_ns",
        message: /must be integer/,
      };
    })(),
    (() => {
      const line = good.replace('"worker_id":"worker_1",', "");
      return {
        name: "missing required field",
        line,
        type: RecordValidationError,
        column: col(line, '{"x_request_id'),
        pointer: "/metadata/worker_id",
        message: /missing required property 'worker_id'/,
      };
    })(),
    (() => {
      const line = good.replace('{"value":9299.772642,"unit":"ms"}', '{"value":"slow","unit":"ms"}');
      return {
        name: "malformed metric value",
        line,
        type: RecordValidationError,
        column: col(line, '"slow"'),
        pointer: "/metrics/request_latency/value",
        message: /must be number or array/,
      };
    })(),
    (() => {
      const line = good.replace('"error":null', '"error":"boom"');
      return {
        name: "bad error",
        line,
        type: RecordValidationError,
        column: col(line, '"boom"'),
        pointer: "/error",
        message: /must be object or null/,
      };
    })(),
    (() => {
      const line = "[1,2,3]";
      return {
        name: "not an object",
        line,
        type: RecordValidationError,
        column: 1,
        pointer: "",
        message: /must be object/,
      };
    })(),
    (() => {
      const line = good.replace("[21.5,0.25,30]", "[21.5,18446744073709551615]");
      return {
        name: "integer above 2^53 inside a list",
        line,
        type: RecordValidationError,
        column: col(line, "18446"),
        pointer: "/metrics/inter_chunk_latency/value/1",
        message: /inside a list value/,
      };
    })(),
  ];

  it.each(cases)("$name", ({ line, type, column, pointer, message }) => {
    let caught: unknown;
    try {
      parseRecordLine(line, 42, "run.jsonl");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(type);
    const err = caught as RecordSyntaxError;
    expect(err.location).toEqual({ file: "run.jsonl", line: 42, column, pointer });
    expect(err.message).toMatch(message);
    expect(err.format()).toBe(`run.jsonl:42:${column}: ${err.message}${pointer === "" ? "" : ` (at ${pointer})`}`);
  });

  it("counts the further problems of a line with several", () => {
    const line = good.replace('"worker_1"', "1").replace('"rp_1"', "2");
    expect(() => parseRecordLine(line, 1)).toThrow(/must be string \(and 1 more problem\)/);
  });
});
