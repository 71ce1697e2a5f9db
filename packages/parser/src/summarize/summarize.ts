// summarize(): what AIPerf computes from the per-request records (facts F9, F12-F15).
import type { ParsedRecord, Summary } from "../model.js";
import { SummaryAccumulator } from "./accumulator.js";
import type { SummarizeOptions } from "./options.js";

export function summarizeSync(records: Iterable<ParsedRecord>, options: SummarizeOptions = {}): Summary {
  const acc = new SummaryAccumulator(options);
  for (const r of records) acc.add(r);
  return acc.finish();
}

export async function summarize(
  records: Iterable<ParsedRecord> | AsyncIterable<ParsedRecord>,
  options: SummarizeOptions = {},
): Promise<Summary> {
  const acc = new SummaryAccumulator(options);
  if (Symbol.asyncIterator in records) for await (const r of records) acc.add(r);
  else for (const r of records) acc.add(r);
  return acc.finish();
}
