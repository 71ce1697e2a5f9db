// The record types are derived from the schema-generated types. The expectTypeOf
// assertions are compile-time checks; the last test runs the TypeScript compiler
// on this file, so they are enforced by `npm test` too (CI does not type-check tests).
import { fileURLToPath } from "node:url";
import type { ErrorDetails, MetricRecordMetadataSession } from "@aiperf/core";
import ts from "typescript";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { ExactNs, ParsedRecord, RecordErrorDetails, RecordMetadata, RecordMetricValue, Summary } from "./model.js";

describe("ParsedRecord, derived from schemas/", () => {
  it("types every *_ns field of both metadata variants as an exact bigint, null where the schema allows it", () => {
    expectTypeOf<RecordMetadata["timestamp_ns"]>().toEqualTypeOf<bigint | undefined>(); // run1
    expectTypeOf<RecordMetadata["request_start_ns"]>().toEqualTypeOf<bigint | undefined>(); // session
    expectTypeOf<RecordMetadata["request_end_ns"]>().toEqualTypeOf<bigint | undefined>();
    expectTypeOf<RecordMetadata["request_ack_ns"]>().toEqualTypeOf<bigint | null | undefined>();
    expectTypeOf<RecordMetadata["credit_issued_ns"]>().toEqualTypeOf<bigint | null | undefined>();
    expectTypeOf<RecordMetadata["credit_received_ns"]>().toEqualTypeOf<bigint | null | undefined>();
    expectTypeOf<RecordMetadata["cancellation_time_ns"]>().toEqualTypeOf<bigint | null | undefined>();
    expectTypeOf<RecordMetadata["clock_offset_ns"]>().toEqualTypeOf<bigint | null | undefined>();
  });

  it("carries the other schema fields as generated, including ones never listed by hand", () => {
    expectTypeOf<RecordMetadata["worker_id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<RecordMetadata["session_num"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<RecordMetadata["turn_index"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<RecordMetadata["credit_phase"]>().toEqualTypeOf<"warmup" | "profiling" | undefined>();
    // request_num (N) exists only in the session schema.
    expectTypeOf<RecordMetadata["request_num"]>().toEqualTypeOf<number | null | undefined>();
    // 0.12's phase fields are in the session schema now (issue 11); keys of no schema are kept, as unknown.
    expectTypeOf<RecordMetadata["phase_index"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<RecordMetadata["not_in_any_schema"]>().toEqualTypeOf<unknown>();
  });

  it("turns a field added to a schema into the parser's type by itself", () => {
    // What the codegen would give for a schema with two new fields.
    type Grown = MetricRecordMetadataSession & { dispatch_ns?: number | null; retries: number };
    expectTypeOf<ExactNs<Grown>["dispatch_ns"]>().toEqualTypeOf<bigint | null | undefined>();
    expectTypeOf<ExactNs<Grown>["retries"]>().toEqualTypeOf<number>();
    expectTypeOf<ExactNs<Grown>["request_start_ns"]>().toEqualTypeOf<bigint>();
  });

  it("keeps the metric value, error and extra shapes", () => {
    expectTypeOf<RecordMetricValue["value"]>().toEqualTypeOf<number | bigint | number[]>();
    expectTypeOf<RecordMetricValue["unit"]>().toEqualTypeOf<string>();
    expectTypeOf<ParsedRecord["metrics"]>().toEqualTypeOf<Record<string, RecordMetricValue>>();
    expectTypeOf<ParsedRecord["error"]>().toEqualTypeOf<RecordErrorDetails | null>();
    // An error code beyond 2^53 is read as a bigint; the other fields are the generated ones.
    expectTypeOf<RecordErrorDetails["code"]>().toEqualTypeOf<number | bigint | null | undefined>();
    expectTypeOf<RecordErrorDetails["message"]>().toEqualTypeOf<ErrorDetails["message"]>();
    expectTypeOf<RecordErrorDetails["cause_chain"]>().toEqualTypeOf<ErrorDetails["cause_chain"]>();
    expectTypeOf<Summary["errorSummary"][number]["error_details"]>().toEqualTypeOf<RecordErrorDetails>();
    expectTypeOf<NonNullable<ParsedRecord["extra"]>["trace_data"]>().toEqualTypeOf<
      { [k: string]: unknown } | null | undefined
    >();
    // A run1 line as the reader builds it is a ParsedRecord.
    const record: ParsedRecord = {
      line: 1,
      metadata: { timestamp_ns: 1759522419154568925n, credit_phase: "profiling", worker_id: "w" },
      metrics: { ttft: { value: 464.66410099999996, unit: "ms" } },
      error: null,
    };
    expect(record.metadata.timestamp_ns).toBe(1759522419154568925n);
  });

  it("holds for the TypeScript compiler (the assertions above, type-checked)", () => {
    const file = fileURLToPath(import.meta.url);
    const config = ts.getParsedCommandLineOfConfigFile(
      fileURLToPath(new URL("../tsconfig.test.json", import.meta.url)),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
      },
    );
    if (config === undefined) throw new Error("tsconfig.test.json not found");
    const program = ts.createProgram([file], { ...config.options, noEmit: true });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where =
        d.file?.fileName === file ? ` (line ${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1})` : "";
      return `${ts.flattenDiagnosticMessageText(d.messageText, "\n")}${where}`;
    });
    expect(problems).toEqual([]);
  });
});
