// The head of a record stream, read ahead to detect its version before the first row is written; shared by the
// per-request CSV and the Parquet writer (@aiperf/parquet), which must agree on the version they pick.
import { detectRecordsVersion } from "@aiperf/parser";
import type { ParsedRecord, RecordsVersion } from "@aiperf/parser";

/** Detection needs the union of keys: later formats omit null fields line by line. No records: the newest layout. */
export function detectHeadVersion(head: readonly ParsedRecord[]): RecordsVersion {
  if (head.length === 0) return "L";
  const keys = new Set<string>();
  for (const record of head) for (const key of Object.keys(record.metadata)) keys.add(key);
  return detectRecordsVersion(keys);
}

/** Up to `n` items of `source` (fewer when it ends first); the rest stay in the iterator. */
export async function takeHead<T>(source: AsyncIterator<T>, n: number): Promise<T[]> {
  const head: T[] = [];
  while (head.length < n) {
    const next = await source.next();
    if (next.done === true) break;
    head.push(next.value);
  }
  return head;
}

/** The head, then the rest of the stream it was taken from. */
export async function* withHead<T>(head: readonly T[], rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield* head;
  yield* rest;
}
