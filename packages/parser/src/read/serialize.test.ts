import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParsedRecord } from "../model.js";
import { parseRecordLine } from "./record-line.js";
import { serializeRecord } from "./serialize.js";
import { run1Lines } from "./test-support/fixtures.js";

const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n });
const unsafeInt = fc.oneof(
  fc.bigInt({ min: 2n ** 53n + 1n, max: 2n ** 64n }),
  fc.bigInt({ min: -(2n ** 64n), max: -(2n ** 53n) - 1n }),
);
const double = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0));
const metricValue = fc.record({
  value: fc.oneof(double, fc.integer(), unsafeInt, fc.array(double, { maxLength: 20 })),
  unit: fc.constantFrom("ms", "ns", "tokens", "requests", "tokens/sec/user"),
});
/** Canonical JSON (what a file can hold): no -0, no undefined. */
const jsonValue = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);

const record: fc.Arbitrary<ParsedRecord> = fc
  .record({
    line: fc.integer({ min: 1, max: 1_000_000 }),
    start: int64,
    end: int64,
    ack: fc.option(int64),
    offset: fc.option(int64, { nil: undefined }),
    worker: fc.string(),
    runOne: fc.boolean(),
    metrics: fc.dictionary(fc.string({ minLength: 1 }), metricValue, { maxKeys: 6 }),
    error: fc.option(
      fc.record({
        code: fc.option(fc.integer({ min: 100, max: 599 })),
        type: fc.option(fc.string()),
        message: fc.string(),
      }),
    ),
    // trace_data is an object in the schema (L+); a field from a future version can be anything.
    extra: fc.option(
      fc.record({ trace_data: fc.dictionary(fc.string(), jsonValue), future_field: jsonValue }, { requiredKeys: [] }),
      { nil: undefined },
    ),
  })
  .map(({ line, start, end, ack, offset, worker, runOne, metrics, error, extra }) => {
    const metadata: ParsedRecord["metadata"] = runOne
      ? {
          x_request_id: null,
          turn_index: 0,
          timestamp_ns: start,
          worker_id: worker,
          record_processor_id: "rp",
          credit_phase: "profiling",
        }
      : {
          session_num: 1,
          request_start_ns: start,
          request_ack_ns: ack,
          request_end_ns: end,
          worker_id: worker,
          record_processor_id: "rp",
          benchmark_phase: "warmup",
        };
    if (offset !== undefined) metadata.clock_offset_ns = offset;
    const r: ParsedRecord = { line, metadata, metrics, error };
    if (extra !== undefined && Object.keys(extra).length > 0) r.extra = extra;
    return r;
  });

describe("serializeRecord", () => {
  it("reproduces every run1 line byte for byte (AIPerf's own file as golden)", () => {
    run1Lines().forEach((line, i) => {
      expect(serializeRecord(parseRecordLine(line, i + 1))).toBe(line);
    });
  });

  it("a record written and read back is unchanged", () => {
    fc.assert(
      fc.property(record, (r) => {
        expect(parseRecordLine(serializeRecord(r), r.line)).toEqual(r);
      }),
      { numRuns: 400 },
    );
  });

  it("writes error:null for R/O-style records only (facts F1)", () => {
    const base = { line: 1, metrics: {}, error: null };
    expect(serializeRecord({ ...base, metadata: { timestamp_ns: 1n } })).toBe(
      '{"metadata":{"timestamp_ns":1},"metrics":{},"error":null}',
    );
    expect(serializeRecord({ ...base, metadata: { request_start_ns: 1n, request_ack_ns: null } })).toBe(
      '{"metadata":{"request_start_ns":1,"request_ack_ns":null},"metrics":{},"error":null}',
    );
    expect(serializeRecord({ ...base, metadata: { request_start_ns: 1n } })).toBe(
      '{"metadata":{"request_start_ns":1},"metrics":{}}',
    );
  });

  it("keeps an integral double above 2^53 a float", () => {
    const r: ParsedRecord = { line: 1, metadata: {}, metrics: { t: { value: 1e20, unit: "ns" } }, error: null };
    expect(serializeRecord(r)).toBe('{"metadata":{},"metrics":{"t":{"value":1e+20,"unit":"ns"}}}');
  });
});
