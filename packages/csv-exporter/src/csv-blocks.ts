// Encoder module of the parallel per-request CSV (loaded by the parser's ordered-export workers):
// records -> CSV text blocks with the tally of what they diverted, the same bytes writeRecordsCsv writes.
import type { BlockEncoder, EncodedBlock, ParsedRecord } from "@aiperf/parser";
import { encodeRows } from "./csv-encode.js";
import type { ColumnPlan } from "./record-columns.js";
import { newTally, RowLayout } from "./record-rows.js";
import type { ExportTally } from "./record-rows.js";

export interface CsvBlockConfig {
  plan: ColumnPlan;
  long: boolean;
  injectionSafe: boolean;
}

/** One block: CSV rows (encoded to UTF-8 by the writing thread), and the counts of the records it holds. */
export interface CsvBlock {
  text: string;
  rows: number;
  records: number;
  tally: ExportTally;
}

const BATCH_ROWS = 256;
/** Text per block: large enough that messages cost nothing, small enough for a few in flight. */
const BLOCK_CHARS = 1 << 20;

export function createBlockEncoder(config: unknown): BlockEncoder {
  const { plan, long, injectionSafe } = config as CsvBlockConfig;
  const layout = new RowLayout(plan, injectionSafe);
  let tally = newTally();
  let rows: string[][] = [];
  let text = "";
  let counts = { rows: 0, records: 0 };

  const take = (): EncodedBlock | undefined => {
    if (rows.length > 0) text += encodeRows(rows);
    rows = [];
    if (counts.records === 0) return undefined;
    const block: CsvBlock = { text, ...counts, tally };
    text = "";
    counts = { rows: 0, records: 0 };
    tally = newTally();
    return { data: block, transfer: [] };
  };

  return {
    add(record: ParsedRecord): EncodedBlock | undefined {
      counts.records++;
      if (long) {
        const out = layout.longRows(record);
        counts.rows += out.length;
        for (const row of out) rows.push(row);
      } else {
        counts.rows++;
        rows.push(layout.wideRow(record, tally));
      }
      if (rows.length < BATCH_ROWS) return undefined;
      text += encodeRows(rows);
      rows = [];
      return text.length >= BLOCK_CHARS ? take() : undefined;
    },
    flush: take,
  };
}
