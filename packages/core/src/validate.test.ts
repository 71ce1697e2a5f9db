import { describe, expect, it } from "vitest";
import {
  assertErrorDetails,
  assertMetricRecordInfo,
  isMetricRecordInfo,
  isMetricValue,
  validateErrorDetails,
  validateMetricRecordInfo,
  validateMetricRecordMetadata,
  validateMetricValue,
} from "./index.js";
import { ValidationError } from "./validation-error.js";
import { laterTimeout, laterValid, run1Error, run1Lines, run1Valid } from "./test-support/fixtures.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const lines = (value: unknown): string[] => validateMetricRecordInfo(value).map((i) => `${i.pointer}: ${i.message}`);

describe("run1 records", () => {
  const all = run1Lines();

  it("has the 100 lines of the fixture", () => {
    expect(all).toHaveLength(100);
  });

  it("validates every line", () => {
    const failures = all.flatMap((line, i) => lines(JSON.parse(line)).map((msg) => `line ${i + 1}: ${msg}`));
    expect(failures).toEqual([]);
    expect(all.every((line) => isMetricRecordInfo(JSON.parse(line)))).toBe(true);
  });

  it("accepts timestamps above 2^53 as (rounded) JSON numbers", () => {
    const r = run1Valid();
    expect(r.metadata.timestamp_ns).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(() => assertMetricRecordInfo(r)).not.toThrow();
  });

  it("returns one shared empty list on the fast path", () => {
    expect(validateMetricRecordInfo(run1Valid())).toBe(validateMetricRecordInfo(run1Error()));
  });
});

describe("records of later AIPerf versions", () => {
  it("accepts an L/0.12 line: session metadata, unknown metadata keys and tags, no error key", () => {
    expect(lines(laterValid())).toEqual([]);
  });

  it("accepts an error without code but with cause and cause_chain, and no request_ack_ns", () => {
    expect(lines(laterTimeout())).toEqual([]);
  });

  it("accepts error details, trace_data and unknown top-level keys", () => {
    const r = laterTimeout();
    r.error.details = { status: 504, body: ["x"] };
    r.trace_data = { dns_lookup_start_perf_ns: 1 };
    r.future_field = 1;
    expect(lines(r)).toEqual([]);
  });

  it("accepts an error record with empty metrics (written from L on)", () => {
    const r = laterTimeout();
    r.metrics = {};
    expect(lines(r)).toEqual([]);
  });
});

/** [name, base record, mutation, expected "pointer: message" lines] */
type Case = [string, () => Json, (r: Json) => unknown, string[]];

const malformed: Case[] = [
  [
    "missing metadata",
    run1Valid,
    (r) => {
      delete r.metadata;
      return r;
    },
    ["/metadata: is required"],
  ],
  [
    "missing metrics",
    run1Error,
    (r) => {
      delete r.metrics;
      return r;
    },
    ["/metrics: is required"],
  ],
  [
    "worker_id not a string",
    run1Valid,
    (r) => {
      r.metadata.worker_id = 7;
      return r;
    },
    ["/metadata/worker_id: must be string"],
  ],
  [
    "missing record_processor_id",
    run1Error,
    (r) => {
      delete r.metadata.record_processor_id;
      return r;
    },
    ["/metadata/record_processor_id: is required"],
  ],
  [
    "run1 record without timestamp_ns",
    run1Valid,
    (r) => {
      delete r.metadata.timestamp_ns;
      return r;
    },
    ["/metadata/timestamp_ns: is required"],
  ],
  [
    "timestamp_ns as a string",
    run1Valid,
    (r) => {
      r.metadata.timestamp_ns = "1759522419159192408";
      return r;
    },
    ["/metadata/timestamp_ns: must be integer"],
  ],
  [
    "timestamp_ns not an integer",
    run1Valid,
    (r) => {
      r.metadata.timestamp_ns = 1.5;
      return r;
    },
    ["/metadata/timestamp_ns: must be integer"],
  ],
  [
    "unknown credit_phase",
    run1Valid,
    (r) => {
      r.metadata.credit_phase = "cooldown";
      return r;
    },
    ['/metadata/credit_phase: must be one of "warmup", "profiling"'],
  ],
  [
    "turn_index as a string",
    run1Valid,
    (r) => {
      r.metadata.turn_index = "0";
      return r;
    },
    ["/metadata/turn_index: must be integer or null"],
  ],
  [
    "x_request_id as a number",
    run1Valid,
    (r) => {
      r.metadata.x_request_id = 42;
      return r;
    },
    ["/metadata/x_request_id: must be string or null"],
  ],
  [
    "metadata is an array",
    run1Valid,
    (r) => {
      r.metadata = [];
      return r;
    },
    ["/metadata: must be object"],
  ],
  [
    "metrics is an array",
    run1Valid,
    (r) => {
      r.metrics = [];
      return r;
    },
    ["/metrics: must be object"],
  ],
  [
    "MetricValue without unit",
    run1Valid,
    (r) => {
      delete r.metrics.ttft.unit;
      return r;
    },
    ["/metrics/ttft/unit: is required"],
  ],
  [
    "MetricValue with a string value",
    run1Valid,
    (r) => {
      r.metrics.ttft.value = "1680.5";
      return r;
    },
    ["/metrics/ttft/value: must be number or array"],
  ],
  [
    "list value with a non-number",
    run1Valid,
    (r) => {
      r.metrics.inter_chunk_latency.value[3] = null;
      return r;
    },
    ["/metrics/inter_chunk_latency/value/3: must be number"],
  ],
  [
    "MetricValue that is a bare number",
    run1Valid,
    (r) => {
      r.metrics.request_count = 1;
      return r;
    },
    ["/metrics/request_count: must be object"],
  ],
  [
    "MetricValue with a null unit",
    run1Valid,
    (r) => {
      r.metrics.ttft.unit = null;
      return r;
    },
    ["/metrics/ttft/unit: must be string"],
  ],
  [
    "MetricValue without value",
    run1Error,
    (r) => {
      delete r.metrics.error_request_count.value;
      return r;
    },
    ["/metrics/error_request_count/value: is required"],
  ],
  [
    "tag with '/' is escaped in the pointer",
    run1Valid,
    (r) => {
      r.metrics["a/b~c"] = { value: 1 };
      return r;
    },
    ["/metrics/a~1b~0c/unit: is required"],
  ],
  [
    "error is a string",
    run1Error,
    (r) => {
      r.error = "cancelled";
      return r;
    },
    ["/error: must be object or null"],
  ],
  [
    "error without message",
    run1Error,
    (r) => {
      delete r.error.message;
      return r;
    },
    ["/error/message: is required"],
  ],
  [
    "error code as a string",
    run1Error,
    (r) => {
      r.error.code = "499";
      return r;
    },
    ["/error/code: must be integer or null"],
  ],
  [
    "error type as a number",
    run1Error,
    (r) => {
      r.error.type = 1;
      return r;
    },
    ["/error/type: must be string or null"],
  ],
  [
    "cause_chain is a string",
    laterTimeout,
    (r) => {
      r.error.cause_chain = "TimeoutError";
      return r;
    },
    ["/error/cause_chain: must be array or null"],
  ],
  [
    "cause_chain with a number",
    laterTimeout,
    (r) => {
      r.error.cause_chain[1] = 5;
      return r;
    },
    ["/error/cause_chain/1: must be string"],
  ],
  [
    "later record without request_end_ns",
    laterValid,
    (r) => {
      delete r.metadata.request_end_ns;
      return r;
    },
    ["/metadata/request_end_ns: is required"],
  ],
  [
    "later record with session_num 1.5",
    laterValid,
    (r) => {
      r.metadata.session_num = 1.5;
      return r;
    },
    ["/metadata/session_num: must be integer"],
  ],
  [
    "was_cancelled as a string",
    laterValid,
    (r) => {
      r.metadata.was_cancelled = "false";
      return r;
    },
    ["/metadata/was_cancelled: must be boolean"],
  ],
  [
    "credit_issued_ns as a string",
    laterValid,
    (r) => {
      r.metadata.credit_issued_ns = "1";
      return r;
    },
    ["/metadata/credit_issued_ns: must be integer or null"],
  ],
  [
    "trace_data is a number",
    laterValid,
    (r) => {
      r.trace_data = 3;
      return r;
    },
    ["/trace_data: must be object or null"],
  ],
  [
    "metadata of neither variant",
    run1Valid,
    (r) => {
      r.metadata = { worker_id: "w", record_processor_id: "p" };
      return r;
    },
    [
      "/metadata/session_num: is required",
      "/metadata/request_start_ns: is required",
      "/metadata/request_end_ns: is required",
    ],
  ],
  ["a number instead of an object", run1Valid, () => 42, [": must be object"]],
  ["null instead of an object", run1Valid, () => null, [": must be object"]],
  ["an array instead of an object", run1Valid, () => [run1Valid()], [": must be object"]],
  ["a string instead of an object", run1Valid, () => "{}", [": must be object"]],
  [
    "several problems at once, all listed",
    run1Valid,
    (r) => {
      r.metadata.worker_id = null;
      r.metrics.ttst = { value: [1, "2"], unit: "ms" };
      r.error = { code: 1.5 };
      return r;
    },
    [
      "/metadata/worker_id: must be string",
      "/metrics/ttst/value/1: must be number",
      "/error/message: is required",
      "/error/code: must be integer or null",
    ],
  ],
];

describe("malformed records", () => {
  it("has at least 20 cases", () => {
    expect(malformed.length).toBeGreaterThanOrEqual(20);
  });

  it.each(malformed)("rejects %s", (_name, base, mutate, expected) => {
    const value = mutate(base());
    expect(lines(value)).toEqual(expected);
    expect(isMetricRecordInfo(value)).toBe(false);
    expect(() => assertMetricRecordInfo(value)).toThrow(ValidationError);
  });
});

describe("ValidationError", () => {
  it("lists every issue, one line each, '/' for the root", () => {
    const r = run1Valid();
    r.metadata.worker_id = 7;
    r.metrics.ttft.unit = 1;
    const err = (() => {
      try {
        assertMetricRecordInfo(r);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ValidationError);
    const v = err as ValidationError;
    expect(v.model).toBe("MetricRecordInfo");
    expect(v.name).toBe("ValidationError");
    expect(v.message).toBe("/metadata/worker_id: must be string\n/metrics/ttft/unit: must be string");
    expect(v.issues.map((i) => [i.pointer, i.keyword, i.params])).toEqual([
      ["/metadata/worker_id", "type", { type: "string" }],
      ["/metrics/ttft/unit", "type", { type: "string" }],
    ]);
    expect(() => assertMetricRecordInfo(null)).toThrow(/^\/: must be object$/);
  });
});

describe("component models", () => {
  it("MetricValue accepts run1 values and rejects bad ones", () => {
    const metrics = run1Valid().metrics as Json;
    for (const v of Object.values(metrics)) expect(isMetricValue(v)).toBe(true);
    expect(validateMetricValue({ value: [1, 2], unit: "ms", extra: true })).toEqual([]);
    expect(validateMetricValue({ value: true, unit: "ms" }).map((i) => i.message)).toEqual(["must be number or array"]);
  });

  it("ErrorDetails requires only message", () => {
    expect(validateErrorDetails({ message: "x" })).toEqual([]);
    expect(() => assertErrorDetails(run1Error().error)).not.toThrow();
    expect(() => assertErrorDetails({ code: 499 })).toThrow("/message: is required");
  });

  it("MetricRecordMetadata checks the variant the metadata claims", () => {
    expect(validateMetricRecordMetadata(run1Valid().metadata)).toEqual([]);
    expect(validateMetricRecordMetadata(laterValid().metadata)).toEqual([]);
    const mixed = { ...laterValid().metadata, credit_phase: "profiling" };
    expect(validateMetricRecordMetadata(mixed).map((i) => i.pointer)).toEqual(["/timestamp_ns"]);
  });
});
