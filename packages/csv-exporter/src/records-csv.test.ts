import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { loadRecords } from "@aiperf/parser";
import type { ParsedRecord } from "@aiperf/parser";
import { beforeAll, describe, expect, it } from "vitest";
import { catalogColumnPlan, scanRecordColumns } from "./record-columns.js";
import { writeRecordsCsv } from "./records-csv.js";
import { makeRecord, readCsv, recordsCsv, RUN1_DIR } from "./test-support/helpers.js";

const JSONL = join(RUN1_DIR, "profile_export.jsonl");
// Raw lines, to check exactness against the file's digits without going through our parser.
const RAW_LINES = readFileSync(JSONL, "utf8")
  .split("\n")
  .filter((l) => l !== "");

// The header for R-format records, written out by hand from the column reference in the README.
const RUN1_HEADER = [
  "Line",
  "Request ID",
  "Correlation ID",
  "Conversation ID",
  "Turn Index",
  "Phase",
  "Request Start (ns)",
  "Worker ID",
  "Record Processor ID",
  "Error Code",
  "Error Type",
  "Error Message",
  "Time to First Token (ms)",
  "Time to Second Token (ms)",
  "Request Latency (ms)",
  "Inter Token Latency (ms)",
  "Output Token Throughput Per User (tokens/sec/user)",
  "Output Sequence Length (tokens)",
  "Input Sequence Length (tokens)",
  "Request Count",
  "Error Request Count",
  "Inter Chunk Latency Count",
  "Inter Chunk Latency Avg (ms)",
  "Inter Chunk Latency Min (ms)",
  "Inter Chunk Latency Max (ms)",
  "Maximum Response Timestamp (ns)",
  "Minimum Request Timestamp (ns)",
  "Output Token Count (tokens)",
  "Reasoning Token Count (tokens)",
  "Other Metadata (JSON)",
  "Other Metrics (JSON)",
];

// Scalar metric tags of run1 and their column.
const RUN1_SCALARS: Record<string, string> = {
  ttft: "Time to First Token (ms)",
  ttst: "Time to Second Token (ms)",
  request_latency: "Request Latency (ms)",
  inter_token_latency: "Inter Token Latency (ms)",
  output_token_throughput_per_user: "Output Token Throughput Per User (tokens/sec/user)",
  output_sequence_length: "Output Sequence Length (tokens)",
  input_sequence_length: "Input Sequence Length (tokens)",
  request_count: "Request Count",
  error_request_count: "Error Request Count",
  max_response_timestamp: "Maximum Response Timestamp (ns)",
  min_request_timestamp: "Minimum Request Timestamp (ns)",
  output_token_count: "Output Token Count (tokens)",
  reasoning_token_count: "Reasoning Token Count (tokens)",
};

/** Digits of an integer field in a raw JSON line, e.g. "timestamp_ns" or a metric's value. */
function rawInteger(line: string, pattern: RegExp): string | undefined {
  return pattern.exec(line)?.[1];
}

describe("writeRecordsCsv on run1 (wide, catalog columns)", () => {
  let records: ParsedRecord[];
  let text: string;
  let rows: Record<string, string>[];
  let header: string[];

  beforeAll(async () => {
    records = (await loadRecords(JSONL)).records;
    ({ text } = await recordsCsv(records));
    const table = readCsv(text);
    header = table[0] ?? [];
    rows = table.slice(1).map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
  });

  it("has the documented header, one row per record, CRLF after every row", () => {
    expect(header).toEqual(RUN1_HEADER);
    expect(rows).toHaveLength(100);
    expect(text.endsWith("\r\n")).toBe(true);
    // run1 has no CR/LF inside a field, so every line break is a row break.
    expect(text.split("\r\n")).toHaveLength(102);
    expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("writes ns timestamps with the file's exact digits (beyond 2^53)", () => {
    rows.forEach((row, i) => {
      const raw = RAW_LINES[i] ?? "";
      expect(row.Line).toBe(String(i + 1));
      expect(row["Request Start (ns)"]).toBe(rawInteger(raw, /"timestamp_ns":(\d+)/));
      expect(row["Minimum Request Timestamp (ns)"]).toBe(
        rawInteger(raw, /"min_request_timestamp":\{"value":(\d+)/) ?? "",
      );
      expect(row["Maximum Response Timestamp (ns)"]).toBe(
        rawInteger(raw, /"max_response_timestamp":\{"value":(\d+)/) ?? "",
      );
    });
    // Spot checks far above 2^53: JSON.parse would give 1759522427096160800 for line 12;
    // line 100 holds the run's maximum (facts F15: 1759522428472357876).
    expect(rows[11]?.["Maximum Response Timestamp (ns)"]).toBe("1759522427096160677");
    expect(rows[99]?.["Maximum Response Timestamp (ns)"]).toBe("1759522428472357876");
  });

  it("matches every record field by field", () => {
    records.forEach((record, i) => {
      const row = rows[i] ?? {};
      const raw = JSON.parse(RAW_LINES[i] ?? "") as {
        metadata: Record<string, unknown>;
        error: Record<string, unknown> | null;
      };
      expect(row["Request ID"]).toBe(raw.metadata.x_request_id);
      expect(row["Correlation ID"]).toBe(raw.metadata.x_correlation_id);
      expect(row["Conversation ID"]).toBe(raw.metadata.conversation_id);
      expect(row["Turn Index"]).toBe(String(raw.metadata.turn_index));
      expect(row.Phase).toBe(raw.metadata.credit_phase);
      expect(row["Worker ID"]).toBe(raw.metadata.worker_id);
      expect(row["Record Processor ID"]).toBe(raw.metadata.record_processor_id);
      expect(row["Error Code"]).toBe(raw.error === null ? "" : String(raw.error.code));
      expect(row["Error Type"]).toBe(raw.error === null ? "" : raw.error.type);
      expect(row["Error Message"]).toBe(raw.error === null ? "" : raw.error.message);
      for (const [tag, column] of Object.entries(RUN1_SCALARS)) {
        const value = record.metrics[tag]?.value;
        if (value === undefined) expect(row[column], `${tag} line ${record.line}`).toBe("");
        else if (typeof value === "bigint") expect(BigInt(row[column] ?? "")).toBe(value);
        else expect(Number(row[column]), `${tag} line ${record.line}`).toBe(value);
      }
      expect(row["Other Metadata (JSON)"]).toBe("");
      expect(row["Other Metrics (JSON)"]).toBe("");
    });
    expect(rows.filter((r) => r["Error Code"] === "499")).toHaveLength(11);
  });

  it("summarizes inter-chunk latency per request: count, avg, min, max", () => {
    let withList = 0;
    records.forEach((record, i) => {
      const row = rows[i] ?? {};
      const list = record.metrics.inter_chunk_latency?.value;
      if (!Array.isArray(list)) {
        expect(row["Inter Chunk Latency Count"]).toBe("");
        return;
      }
      withList++;
      expect(Number(row["Inter Chunk Latency Count"])).toBe(list.length);
      expect(Number(row["Inter Chunk Latency Min (ms)"])).toBe(Math.min(...list));
      expect(Number(row["Inter Chunk Latency Max (ms)"])).toBe(Math.max(...list));
      const naive = list.reduce((a, b) => a + b, 0) / list.length;
      expect(Number(row["Inter Chunk Latency Avg (ms)"])).toBeCloseTo(naive, 9);
    });
    expect(withList).toBe(89);
    // math.fsum(values) / len(values) for lines 12-14, computed with Python 3.11.
    expect([11, 12, 13].map((i) => rows[i]?.["Inter Chunk Latency Avg (ms)"])).toEqual([
      "32.585544203124996",
      "25.383637276041664",
      "32.81045147142857",
    ]);
    expect([11, 12, 13].map((i) => rows[i]?.["Inter Chunk Latency Count"])).toEqual(["192", "192", "210"]);
    expect(rows[13]?.["Inter Chunk Latency Min (ms)"]).toBe("18.631847999999998");
    expect(rows[12]?.["Inter Chunk Latency Max (ms)"]).toBe("160.85134");
  });

  it("reports the detected version, counts and nothing diverted", async () => {
    const { result } = await recordsCsv(records);
    expect(result).toMatchObject({
      rows: 100,
      records: 100,
      version: "R",
      otherMetrics: {},
      otherMetadata: {},
      notExported: {},
    });
    expect(result.columns).toEqual(RUN1_HEADER);
    expect(result.columnIds.slice(0, 3)).toEqual(["line", "x_request_id", "x_correlation_id"]);
  });
});

describe("writeRecordsCsv long format", () => {
  it("writes one row per inter-chunk latency of run1 (21,537 values, facts F12)", async () => {
    const { records } = await loadRecords(JSONL);
    const { text, result } = await recordsCsv(records, { long: true });
    const [header, ...rows] = readCsv(text);
    expect(header).toEqual(["Line", "Request ID", "Metric", "Unit", "Index", "Value"]);
    expect(rows).toHaveLength(21537);
    expect(result.rows).toBe(21537);
    for (const [line, requestId, tag, unit, index, value] of rows) {
      const record = records[Number(line) - 1];
      const list = record?.metrics.inter_chunk_latency?.value as number[];
      expect([requestId, tag, unit]).toEqual([record?.metadata.x_request_id, "inter_chunk_latency", "ms"]);
      expect(Number(value)).toBe(list[Number(index)]);
    }
    // First value of line 12 as in the file.
    expect(rows[0]?.slice(0, 5)).toEqual([
      "12",
      "1ed40a0d-e708-434d-bb8e-fb1b44cb8717",
      "inter_chunk_latency",
      "ms",
      "0",
    ]);
  });
});

describe("writeRecordsCsv with hostile text", () => {
  const messages = [
    'upstream said: "bad gateway", retry later',
    "line one\nline two",
    "carriage\rreturn",
    'a "quoted" word',
    "trailing comma,",
  ];

  it("round-trips commas, quotes and newlines in error messages (RFC 4180)", async () => {
    const records = messages.map((message, i) =>
      makeRecord(i + 1, { error: { code: 500, type: "ServerError", message } }),
    );
    const { text } = await recordsCsv(records, { version: "R" });
    const rows = readCsv(text);
    const col = rows[0]?.indexOf("Error Message") ?? -1;
    expect(rows.slice(1).map((r) => r[col])).toEqual(messages);
  });

  it.each([
    ['=HYPERLINK("http://x","click")', '\'=HYPERLINK("http://x","click")'],
    ["+cmd", "'+cmd"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)*cmd", "'@SUM(1+1)*cmd"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("neutralizes an error message starting with %j by default", async (message, safe) => {
    const records = [
      makeRecord(1, { error: { code: -1, type: "=Type", message }, metrics: { ttft: { value: -3.5, unit: "ms" } } }),
    ];
    const read = async (injectionSafe?: boolean): Promise<Record<string, string>> => {
      const [header = [], row = []] = readCsv(
        (await recordsCsv(records, injectionSafe === undefined ? { version: "R" } : { version: "R", injectionSafe }))
          .text,
      );
      return Object.fromEntries(header.map((h, i) => [h, row[i] ?? ""]));
    };
    const safeRow = await read();
    expect(safeRow["Error Message"]).toBe(safe);
    expect(safeRow["Error Type"]).toBe("'=Type");
    // Numbers are never altered, negative ones included.
    expect(safeRow["Error Code"]).toBe("-1");
    expect(safeRow["Time to First Token (ms)"]).toBe("-3.5");
    const rawRow = await read(false);
    expect(rawRow["Error Message"]).toBe(message);
    expect(rawRow["Error Type"]).toBe("=Type");
  });
});

describe("writeRecordsCsv column policy", () => {
  const records = [
    makeRecord(1, {
      metadata: { future_field: "x", big_future_ns: 2n ** 63n - 1n },
      metrics: {
        ttft: { value: 1.5, unit: "ms" },
        decode_duration: { value: 7.25, unit: "ms" },
        request_latency: { value: 2.5, unit: "sec" },
      },
      error: null,
      extra: { trace_data: { x: 1 } },
    }),
    makeRecord(2, { metrics: { ttft: { value: 2.5, unit: "ms" } } }),
  ];

  it("catalog: unknown tags, unexpected units and unknown keys go to the Other columns, exactly", async () => {
    const { text, result } = await recordsCsv(records, { version: "R" });
    const [header = [], first = [], second = []] = readCsv(text);
    const cell = (row: string[], name: string): string => row[header.indexOf(name)] ?? "<missing>";
    expect(cell(first, "Time to First Token (ms)")).toBe("1.5");
    expect(cell(first, "Request Latency (ms)")).toBe("");
    expect(JSON.parse(cell(first, "Other Metrics (JSON)"))).toEqual({
      decode_duration: { value: 7.25, unit: "ms" },
      request_latency: { value: 2.5, unit: "sec" },
    });
    expect(cell(first, "Other Metadata (JSON)")).toBe('{"future_field":"x","big_future_ns":9223372036854775807}');
    expect(cell(second, "Other Metrics (JSON)")).toBe("");
    expect(result.otherMetrics).toEqual({ decode_duration: 1, request_latency: 1 });
    expect(result.otherMetadata).toEqual({ future_field: 1, big_future_ns: 1 });
    expect(result.notExported).toEqual({ "/trace_data": 1 });
  });

  it("scanRecordColumns: a first pass gives exactly the columns that occur, unknown tags included", async () => {
    const plan = await scanRecordColumns(records);
    expect(plan.version).toBe("R");
    const { text, result } = await recordsCsv(records, { columns: plan });
    const [header = [], first = []] = readCsv(text);
    expect(header).toEqual([
      "Line",
      "Request ID",
      "Correlation ID",
      "Conversation ID",
      "Turn Index",
      "Phase",
      "Request Start (ns)",
      "Worker ID",
      "Record Processor ID",
      "Error Code",
      "Error Type",
      "Error Message",
      "Time to First Token (ms)",
      "Request Latency (sec)",
      "decode_duration (ms)",
      "Other Metadata (JSON)",
    ]);
    expect(first[header.indexOf("decode_duration (ms)")]).toBe("7.25");
    expect(first[header.indexOf("Request Latency (sec)")]).toBe("2.5");
    expect(result.otherMetrics).toEqual({});
  });

  it("explicit ids: only those columns, the rest counted as not exported", async () => {
    const { text, result } = await recordsCsv(records, {
      columns: ["line", "request_start_ns", "ttft", "inter_chunk_latency.max"],
    });
    expect(readCsv(text)).toEqual([
      ["Line", "Request Start (ns)", "Time to First Token (ms)", "Inter Chunk Latency Max (ms)"],
      ["1", "1759522419154568926", "1.5", ""],
      ["2", "1759522419154568927", "2.5", ""],
    ]);
    expect(result.notExported).toMatchObject({
      "/metrics/decode_duration": 1,
      "/metadata/worker_id": 2,
      "/trace_data": 1,
    });
  });

  it("rejects an unknown column id", async () => {
    await expect(recordsCsv(records, { columns: ["line", "nope"] })).rejects.toThrow(/unknown CSV column id "nope"/);
  });

  it("picks the version from the union of keys in the detection window", async () => {
    const later = [
      makeRecord(1, {
        metadata: {
          timestamp_ns: undefined,
          credit_phase: undefined,
          session_num: 0,
          request_start_ns: 5n,
          benchmark_phase: "profiling",
        },
      }),
      makeRecord(2, {
        metadata: {
          timestamp_ns: undefined,
          credit_phase: undefined,
          session_num: 1,
          request_start_ns: 6n,
          credit_issued_ns: 4n,
          benchmark_phase: "profiling",
        },
      }),
    ].map((r) => ({
      ...r,
      metadata: Object.fromEntries(Object.entries(r.metadata).filter(([, v]) => v !== undefined)),
    }));
    const { result, text } = await recordsCsv(later);
    expect(result.version).toBe("L");
    const [header = [], first = []] = readCsv(text);
    expect(header).toContain("Credit Issued (ns)");
    expect(first[header.indexOf("Request Start (ns)")]).toBe("5");
    expect(first[header.indexOf("Phase")]).toBe("profiling");
  });
});

describe("writeRecordsCsv streaming", () => {
  it("pulls records only as fast as the output drains (constant memory)", async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<ParsedRecord> {
      for (let i = 1; ; i++) {
        pulled = i;
        yield makeRecord(i, { metrics: { ttft: { value: i, unit: "ms" } } });
      }
    }
    // A sink that accepts a few chunks, then stalls until the test fails it.
    let accepted = 0;
    let stall: ((error: Error) => void) | undefined;
    const sink = new Writable({
      highWaterMark: 1024,
      write(_chunk, _enc, callback) {
        if (++accepted < 5) callback();
        else stall = callback;
      },
    });
    const done = writeRecordsCsv(endless(), sink, { version: "R" });
    const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
    while (stall === undefined) await tick();
    for (let i = 0; i < 20; i++) await tick();
    const settled = pulled;
    for (let i = 0; i < 100; i++) await tick();
    // Reading stops while the sink is stalled, after a few 256-row batches of buffering.
    expect(pulled).toBe(settled);
    expect(pulled).toBeLessThan(5000);
    stall(new Error("stop"));
    await expect(done).rejects.toThrow("stop");
  });

  it("leaves the output open with end: false", async () => {
    const chunks: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, callback) {
        chunks.push(chunk.toString());
        callback();
      },
    });
    await writeRecordsCsv([makeRecord(1)], sink, { version: "R", end: false, columns: ["line"] });
    expect(sink.writableEnded).toBe(false);
    expect(chunks.join("")).toBe("Line\r\n1\r\n");
  });
});

describe("metadata columns come from the metadata schemas (issue 10)", () => {
  type Props = Record<string, Record<string, unknown>>;
  const props = (name: string): Props =>
    (
      JSON.parse(
        readFileSync(fileURLToPath(new URL(`../../../schemas/${name}.schema.json`, import.meta.url)), "utf8"),
      ) as { properties: Props }
    ).properties;
  const session = props("metric-record-metadata-session");
  const ORDER = ["R", "O", "L", "0.10", "0.12"];

  it.each(["R", "O", "L", "0.10", "0.12"] as const)(
    "version %s: the headed properties since that version, in order",
    (version) => {
      const expected = Object.entries(session)
        .filter(([, p]) => typeof p["x-header"] === "string")
        .filter(([, p]) => ORDER.indexOf(String(p["x-since"])) <= ORDER.indexOf(version))
        .map(([key, p]) => [String(p["x-column"] ?? key), String(p["x-header"])]);
      const metadata = catalogColumnPlan(version).columns.filter((c) => c.source === "metadata");
      expect(metadata.map((c) => [c.id, c.header])).toEqual(expected);
    },
  );

  it("R's timestamp_ns and credit_phase fill the columns of their later names", () => {
    const cols = catalogColumnPlan("R").columns;
    expect(cols.find((c) => c.id === "phase")).toMatchObject({ keys: ["credit_phase", "benchmark_phase"] });
    expect(cols.find((c) => c.id === "request_start_ns")).toMatchObject({ keys: ["timestamp_ns", "request_start_ns"] });
  });
});
