// Aggregate metrics (request_count, error_request_count, min/max timestamps, ...):
// order-free integer sums and extremes, kept beside the per-record columns.
import type { RecordErrorDetails, RecordMetadata } from "../model.js";
import { isOslMismatch, recoverRequestedOsl, usageDiscrepancy } from "./base-values.js";
import type { Base } from "./unit-recovery.js";

const MIN_TS = "min_request_timestamp";
const MAX_TS = "max_response_timestamp";

/** What synthesize() reads of a record. */
export interface AggregateRecord {
  metadata: RecordMetadata;
  metrics: Record<string, unknown>;
  error: RecordErrorDetails | null;
}

export function isList(v: unknown): v is ArrayLike<number> {
  return Array.isArray(v) || v instanceof Float64Array;
}

export function num(v: number | bigint): number {
  return typeof v === "bigint" ? Number(v) : v;
}

function big(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(Math.round(v));
}

export class Aggregates {
  /** Counter aggregates (request_count, error_request_count, ...): order-free integer sums. */
  readonly counters = new Map<string, number>();
  /** A counter value was not a safe integer: its sum then depends on the order of addition. */
  counterInexact = false;
  minStart: bigint | undefined;
  maxEnd: bigint | undefined;
  oslUnrecoverable = 0;

  /** An aggregate metric as written in a record. */
  aggregate(tag: string, value: number | bigint | ArrayLike<number>): void {
    if (isList(value)) return;
    if (tag === MIN_TS) this.observeStart(big(value));
    else if (tag === MAX_TS) this.observeEnd(big(value));
    else this.bumpCounter(tag, num(value));
  }

  bumpCounter(tag: string, by: number): void {
    if (!Number.isSafeInteger(by)) this.counterInexact = true;
    this.counters.set(tag, (this.counters.get(tag) ?? 0) + by);
  }

  observeStart(v: bigint): void {
    if (this.minStart === undefined || v < this.minStart) this.minStart = v;
  }

  observeEnd(v: bigint): void {
    if (this.maxEnd === undefined || v > this.maxEnd) this.maxEnd = v;
  }

  /**
   * Aggregates that O and later no longer write per record (NO_INDIVIDUAL_RECORDS) are rebuilt from metadata.
   * Tags synthesized are appended to `tags` (the record's tag sequence).
   */
  synthesize(record: AggregateRecord, valid: boolean, start: bigint | undefined, base: Base, tags: string[]): void {
    const has = (t: string): boolean => t in record.metrics;
    const bump = (t: string, by: number): void => {
      this.bumpCounter(t, by);
      if (!has(t)) tags.push(t);
    };
    if (!valid) {
      if (!has("error_request_count")) bump("error_request_count", 1);
      return;
    }
    if (!has("request_count")) bump("request_count", 1);
    if (start !== undefined && !has(MIN_TS)) {
      this.observeStart(start);
      tags.push(MIN_TS);
    }
    const latency = base.get("request_latency");
    if (start !== undefined && typeof latency === "number" && !has(MAX_TS)) {
      this.observeEnd(start + BigInt(Math.round(latency)));
      tags.push(MAX_TS);
    }
    const pct = base.get("osl_mismatch_diff_pct");
    const osl = base.get("output_sequence_length");
    if (typeof pct === "number" && typeof osl === "number" && !has("osl_mismatch_count")) {
      const req = recoverRequestedOsl(osl, pct);
      if (req === undefined) this.oslUnrecoverable++;
      bump("osl_mismatch_count", req !== undefined && isOslMismatch(osl, req) ? 1 : 0);
    }
    const scalar = (t: string): number | undefined => {
      const v = base.get(t);
      return typeof v === "number" ? v : undefined;
    };
    const usage = usageDiscrepancy(
      scalar("usage_prompt_tokens_diff_pct"),
      scalar("usage_completion_tokens_diff_pct"),
      scalar("usage_reasoning_tokens_diff_pct"),
    );
    if (usage !== undefined && !has("usage_discrepancy_count")) bump("usage_discrepancy_count", usage);
  }
}
