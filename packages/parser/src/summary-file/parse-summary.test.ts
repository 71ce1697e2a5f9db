import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { JsonFloat } from "../format/py-json.js";
import { SourceNotFoundError, SummaryFormatError, WrongFileKindError } from "../errors.js";
import { RUN1_DIR, RUN1_JSONL, RUN1_SUMMARY, tempDir } from "../read/test-support/fixtures.js";
import { parseSummary, SummarySchemaError } from "./parse-summary.js";
import { readSummary } from "./read-summary.js";

const RUN1_TEXT = readFileSync(RUN1_SUMMARY, "utf8");

function failure(text: string): SummaryFormatError {
  try {
    parseSummary(text, "s.json");
  } catch (e) {
    if (e instanceof SummaryFormatError) return e;
    throw e;
  }
  throw new Error("expected a SummaryFormatError");
}

describe("R (run1, AIPerf's own file)", () => {
  const s = parseSummary(RUN1_TEXT, RUN1_SUMMARY);
  const file = JSON.parse(RUN1_TEXT) as {
    records: Record<string, Record<string, unknown>>;
    input_config: unknown;
    error_summary: unknown;
  };

  it("is variant R with the 21 metrics in the file's order and tags as written", () => {
    expect(s.variant).toBe("R");
    expect(s.metrics.map((m) => m.tag)).toEqual(Object.keys(file.records));
    expect(s.metrics).toHaveLength(21);
    expect(s.metrics[2]?.tag).toBe("ttft");
  });

  it("keeps every non-null value of every metric, and nothing else", () => {
    for (const m of s.metrics) {
      const block = file.records[m.tag] as Record<string, unknown>;
      expect(m.header).toBe(block.header);
      expect(m.unit).toBe(block.unit);
      const { tag: _t, unit: _u, header: _h, ...stats } = block;
      expect(m.stats).toEqual(Object.fromEntries(Object.entries(stats).filter(([, v]) => v !== null)));
    }
    const scalars = s.metrics.filter((m) => m.stats.min === undefined).map((m) => m.tag);
    expect(scalars).toEqual([
      "error_request_count",
      "request_count",
      "min_request_timestamp",
      "max_response_timestamp",
      "total_isl",
      "benchmark_duration",
      "total_output_tokens",
      "total_reasoning_tokens",
      "total_osl",
      "request_throughput",
      "output_token_throughput",
    ]);
  });

  it("takes kinds from the catalog", () => {
    const kind = (tag: string): string | undefined => s.metrics.find((m) => m.tag === tag)?.kind;
    expect([kind("ttft"), kind("request_count"), kind("benchmark_duration")]).toEqual([
      "record",
      "aggregate",
      "derived",
    ]);
  });

  it("carries the non-metric fields", () => {
    expect(s.errorSummary).toEqual(file.error_summary);
    expect(s.errorSummary[0]?.count).toBe(11);
    // Same values; the file's float literal `10.0` is kept as a float for writing back.
    expect(JSON.parse(JSON.stringify(s.inputConfig))).toEqual(file.input_config);
    const loadgen = (s.inputConfig as { loadgen: Record<string, unknown> }).loadgen;
    expect(loadgen.request_cancellation_rate).toBeInstanceOf(JsonFloat);
    expect(loadgen.concurrency).toBe(100);
    expect(s.wasCancelled).toBe(false);
    expect([s.startTime, s.endTime]).toEqual(["2025-10-03T13:13:39.146443", "2025-10-03T13:13:48.474205"]);
    expect(s.extra).toBeUndefined();
    expect(s.schemaVersion).toBeUndefined();
    expect(s.notes).toEqual([]);
  });
});

// Hand-written files in the layouts of facts F5, F16.
const O_FILE = `{
  "request_throughput": {"unit": "requests/sec", "avg": 9.55},
  "request_latency": {"unit": "ms", "avg": 9059.6, "p1": 8180.9, "p5": 8840.6, "p10": 8900.1, "p25": 8962.9, "p50": 9097.3, "p75": 9212.6, "p90": 9277.6, "p95": 9290.0, "p99": 9297.6, "min": 7936.9, "max": 9299.7, "std": 220.2},
  "request_count": {"unit": "requests", "avg": 89.0},
  "time_to_first_token": {"unit": "ms", "avg": 2343.2, "min": 464.6, "max": 3853.8},
  "goodput": null,
  "good_request_count": null,
  "input_config": {"endpoint": {"type": "chat"}},
  "was_cancelled": false,
  "error_summary": [],
  "start_time": "2025-10-10T10:00:00.000001",
  "end_time": null
}`;

const L_FILE = `{
  "schema_version": "1.0",
  "aiperf_version": "0.8.0",
  "benchmark_id": "b-1",
  "request_latency": {"unit": "ms", "avg": 10.5, "p50": 10.0, "min": 1.0, "max": 20.0, "std": 2.5},
  "usage_discrepancy_count": {"unit": "requests", "avg": 0.0},
  "telemetry_data": {"summary": {"endpoints_configured": ["localhost:9400"]}, "endpoints": {}},
  "input_config": {"endpoint": {"urls": ["a", "b"]}},
  "error_summary": [{"error_details": {"type": "TimeoutError", "message": "timed out", "cause": "x", "cause_chain": ["TimeoutError"]}, "count": 2}],
  "start_time": "2026-01-01T00:00:00",
  "end_time": "2026-01-01T00:01:00",
  "http_req_waiting": {"unit": "ms", "avg": 3.25, "p99": 4.0}
}`;

const N_FILE = `{
  "schema_version": "1.4",
  "aiperf_version": "0.12.0",
  "request_latency": {"unit": "ms", "avg": 10.5, "min": 1.0, "max": 20.0, "p50": 10.0, "p99": 19.0, "std": 2.5, "count": 20, "sum": 210.0},
  "request_count": {"unit": "requests", "avg": 20.0},
  "effective_concurrency": {"unit": "requests", "avg": 3.5, "p50": 3.0, "p90": 5.0, "p95": 5.5, "p99": 6.0, "min": 1.0, "max": 7.0, "std": 1.1},
  "input_config": {"models": {"items": []}},
  "error_summary": [],
  "start_time": "2026-04-01T00:00:00.5",
  "end_time": "2026-04-01T00:00:10.5",
  "run_info": {"cli_command": "aiperf profile"},
  "decode_duration": {"unit": "ms", "avg": 7.0, "count": 20, "sum": 140.0}
}`;

describe("flat variants", () => {
  it("O: flat with nulls; unset metrics become notes; headers from the catalog", () => {
    const s = parseSummary(O_FILE);
    expect(s.variant).toBe("O");
    expect(s.metrics.map((m) => m.tag)).toEqual([
      "request_throughput",
      "request_latency",
      "request_count",
      "time_to_first_token",
    ]);
    expect(s.metrics[1]).toEqual({
      tag: "request_latency",
      header: "Request Latency",
      unit: "ms",
      kind: "record",
      stats: {
        avg: 9059.6,
        p1: 8180.9,
        p5: 8840.6,
        p10: 8900.1,
        p25: 8962.9,
        p50: 9097.3,
        p75: 9212.6,
        p90: 9277.6,
        p95: 9290.0,
        p99: 9297.6,
        min: 7936.9,
        max: 9299.7,
        std: 220.2,
      },
    });
    expect(s.metrics[3]?.header).toBe("Time to First Token");
    expect(s.notes).toEqual([
      "goodput: null in the file (metric not computed in that run)",
      "good_request_count: null in the file (metric not computed in that run)",
    ]);
    expect([s.startTime, s.endTime]).toEqual(["2025-10-10T10:00:00.000001", null]);
  });

  it("L: schema 1.0; telemetry kept in extra; tags after end_time are metrics, in file order", () => {
    const s = parseSummary(L_FILE);
    expect(s.variant).toBe("L");
    expect([s.schemaVersion, s.aiperfVersion, s.benchmarkId]).toEqual(["1.0", "0.8.0", "b-1"]);
    expect(s.metrics.map((m) => m.tag)).toEqual(["request_latency", "usage_discrepancy_count", "http_req_waiting"]);
    expect(s.metrics[2]).toMatchObject({
      header: "HTTP Waiting (TTFB)",
      kind: "record",
      stats: { avg: 3.25, p99: 4.0 },
    });
    expect(s.extra).toEqual({
      telemetry_data: { summary: { endpoints_configured: ["localhost:9400"] }, endpoints: {} },
    });
    expect(s.errorSummary[0]?.error_details).toEqual({
      type: "TimeoutError",
      message: "timed out",
      cause: "x",
      cause_chain: ["TimeoutError"],
    });
    expect(s.wasCancelled).toBeUndefined();
  });

  it("N: schema >= 1.1 with count/sum, reduced stat sets, run_info in extra, unknown tags kept", () => {
    const s = parseSummary(N_FILE);
    expect(s.variant).toBe("N");
    expect(s.metrics.map((m) => m.tag)).toEqual([
      "request_latency",
      "request_count",
      "effective_concurrency",
      "decode_duration",
    ]);
    expect(s.metrics[0]?.stats).toEqual({
      avg: 10.5,
      min: 1.0,
      max: 20.0,
      p50: 10.0,
      p99: 19.0,
      std: 2.5,
      count: 20,
      sum: 210.0,
    });
    expect(Object.keys(s.metrics[2]?.stats ?? {})).toEqual(["avg", "p50", "p90", "p95", "p99", "min", "max", "std"]);
    expect(s.metrics[3]).toEqual({
      tag: "decode_duration",
      header: "decode_duration",
      unit: "ms",
      kind: "unknown",
      stats: { avg: 7.0, count: 20, sum: 140.0 },
    });
    expect(s.extra).toEqual({ run_info: { cli_command: "aiperf profile" } });
  });

  it("tells L and N apart without schema_version, and says how it decided", () => {
    const noSchema = L_FILE.replace(/"schema_version": "1.0",\n/, "");
    const l = parseSummary(noSchema);
    expect(l.variant).toBe("L");
    expect(l.notes).toEqual(["no schema_version and no nulls: layout taken as L (written between #426 and #488)"]);
    expect(parseSummary(N_FILE.replace(/"schema_version": "1.4",\n/, "")).variant).toBe("N");
    expect(parseSummary(L_FILE.replace('"1.0"', '"1.1"')).variant).toBe("N");
  });

  it("reads an all-error run", () => {
    const s = parseSummary(
      JSON.stringify({
        schema_version: "1.3",
        error_request_count: { unit: "requests", avg: 5 },
        error_isl: { unit: "tokens", avg: 100, min: 100, max: 100, p50: 100, count: 5, sum: 500 },
        total_error_isl: { unit: "tokens", avg: 500 },
        error_summary: [{ error_details: { code: 500, type: "ServerError", message: "boom" }, count: 5 }],
      }),
    );
    expect(s.metrics.map((m) => [m.tag, m.kind])).toEqual([
      ["error_request_count", "aggregate"],
      ["error_isl", "record"],
      ["total_error_isl", "derived"],
    ]);
    expect(s.errorSummary).toEqual([{ error_details: { code: 500, type: "ServerError", message: "boom" }, count: 5 }]);
  });
});

describe("bad summary files", () => {
  it("a syntax error names line and column of the multi-line file", () => {
    const text = RUN1_TEXT.replace('"avg": 550.0,', '"avg": 550.0,,');
    const err = failure(text);
    const before = text.slice(0, text.indexOf(",,") + 1);
    expect(err.location).toMatchObject({
      file: "s.json",
      line: before.split("\n").length,
      column: before.length - before.lastIndexOf("\n"),
    });
    expect(err.message).toMatch(/expected a property name/);
  });

  it("a wrong value names the pointer and where it is", () => {
    const text = O_FILE.replace('"avg": 89.0', '"avg": "89"');
    const err = failure(text);
    const line4 = text.split("\n")[3] as string;
    expect(line4).toContain('"request_count"');
    expect(err.location).toEqual({
      file: "s.json",
      line: 4,
      column: line4.indexOf('"89"') + 1,
      pointer: "/request_count/avg",
    });
    expect(
      failure(O_FILE.replace('"error_summary": []', '"error_summary": [{"error_details": {}}]')).location,
    ).toMatchObject({ pointer: "/error_summary/0/count", line: 10 }); // line 1 is "{";
    expect(failure(RUN1_TEXT.replace('"records": {', '"records": {"x": 1,')).location.pointer).toBe("/records/x");
    expect(failure('{"was_cancelled": "no", "records": {}}').location.pointer).toBe("/was_cancelled");
  });

  it("reports what the SummaryFile schema says, every issue located (issue 10)", () => {
    const schemaFailure = (text: string): SummarySchemaError => {
      const err = failure(text);
      expect(err).toBeInstanceOf(SummarySchemaError);
      return err as SummarySchemaError;
    };
    const where = (e: SummarySchemaError) => e.issues.map((i) => `${i.location.pointer}: ${i.message}`);
    // Missing unit in the run1 layout: the pointer names the missing property, the line is its block's.
    const noUnit = schemaFailure(
      RUN1_TEXT.replace('"unit": "ms",\n      "header": "Time to First Token"', '"header": "Time to First Token"'),
    );
    expect(where(noUnit)).toEqual(["/records/ttft/unit: is required"]);
    expect(noUnit.location.line).toBe(RUN1_TEXT.split("\n").findIndex((l) => l.includes('"ttft": {')) + 1);
    // A string where a number belongs, in the flat layout.
    expect(where(schemaFailure(O_FILE.replace('"p99": 9297.6', '"p99": "9297.6"')))).toEqual([
      "/request_latency/p99: must be number or null",
    ]);
    // A bad error_summary entry: both problems, in the schema's order.
    const entry = schemaFailure(
      O_FILE.replace('"error_summary": []', '"error_summary": [{"error_details": {"code": "500"}, "count": -1}]'),
    );
    expect(where(entry).sort()).toEqual([
      "/error_summary/0/count: must be >= 0",
      "/error_summary/0/error_details/code: must be integer or null",
      "/error_summary/0/error_details/message: is required",
    ]);
    expect(entry.message).toMatch(/\(and 2 more problem\(s\)\)$/);
    // A fractional percentile must be a number too.
    expect(where(schemaFailure(O_FILE.replace('"p99": 9297.6', '"p99": 9297.6, "p99.9": "x"')))).toEqual([
      "/request_latency/p99.9: must be number or null",
    ]);
  });

  it("an unknown schema_version is the wrong kind of file, naming the kind and the fields that did not match", () => {
    const text = N_FILE.replace('"schema_version": "1.4"', '"schema_version": "2.0"');
    const err = (() => {
      try {
        parseSummary(text, "s.json");
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(WrongFileKindError);
    expect((err as WrongFileKindError).message).toBe(
      'an AIPerf summary JSON of unknown schema_version "2.0" (known: 1.0-1.5); fields that did not match: /schema_version',
    );
  });

  it("tolerates unknown non-numeric fields in a metric block, with a note", () => {
    const s = parseSummary(O_FILE.replace('"avg": 89.0', '"avg": 89.0, "description": "valid requests"'));
    expect(s.metrics[2]?.stats).toEqual({ avg: 89.0 });
    expect(s.notes).toContain("request_count: non-numeric field 'description' ignored");
  });

  it("something that is not a summary at all is a SummaryFormatError", () => {
    expect(failure("[1, 2]").message).toBe("must be object");
    expect(failure('{"foo": {"bar": 1}}').message).toMatch(/not an AIPerf summary/);
  });

  it("the per-record JSONL gives a WrongFileKindError with a hint", () => {
    expect(() => parseSummary(readFileSync(RUN1_JSONL, "utf8"), "x.jsonl")).toThrow(WrongFileKindError);
  });

  it("accepts a BOM", () => {
    expect(parseSummary(`\uFEFF${RUN1_TEXT}`).metrics).toHaveLength(21);
  });
});

describe("readSummary", () => {
  const tmp = tempDir();
  afterAll(tmp.cleanup);

  it("reads the file, or the one in an artifacts directory, or a gzip copy", async () => {
    const fromDir = await readSummary(RUN1_DIR);
    expect(fromDir).toEqual(parseSummary(RUN1_TEXT, RUN1_SUMMARY));
    expect(await readSummary(RUN1_SUMMARY)).toEqual(fromDir);
    const gz = join(tmp.dir, "s.json.gz");
    writeFileSync(gz, gzipSync(RUN1_TEXT));
    expect((await readSummary(gz)).metrics).toEqual(fromDir.metrics);
  });

  it("a directory without a summary, or a missing path, is a SourceNotFoundError", async () => {
    const dir = join(tmp.dir, "records-only");
    mkdirSync(dir);
    writeFileSync(join(dir, "profile_export.jsonl"), "");
    const err = await readSummary(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceNotFoundError);
    expect((err as SourceNotFoundError).location.file).toBe(join(dir, "profile_export_aiperf.json"));
    await expect(readSummary(join(tmp.dir, "missing"))).rejects.toBeInstanceOf(SourceNotFoundError);
  });
});

describe("a value beyond a double", () => {
  it("is refused with the literal as written and its location, not as Infinity", () => {
    const text = RUN1_TEXT.replace('"avg": 2343.219436988764,', '"avg": 1e400,');
    expect(text).not.toBe(RUN1_TEXT);
    const e = failure(text);
    expect(e).toBeInstanceOf(SummarySchemaError);
    expect((e as SummarySchemaError).issues).toEqual([
      {
        message: "out of double range: 1e400 (a double holds at most ±1.8e308)",
        location: { file: "s.json", line: 43, column: 14, pointer: "/records/ttft/avg" },
      },
    ]);
  });

  it("leaves other schema messages alone (a finite number where a string belongs)", () => {
    const e = failure(
      RUN1_TEXT.replace(
        '"unit": "ms",\n      "header": "Time to First Token"',
        '"unit": 1e3,\n      "header": "Time to First Token"',
      ),
    );
    expect((e as SummarySchemaError).issues.map((i) => i.message)).toEqual(["must be string"]);
  });
});
