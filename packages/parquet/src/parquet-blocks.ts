// Encoder module of the parallel Parquet export (loaded by the parser's ordered-export workers):
// records -> complete row groups (encoded column chunks, metadata with offsets relative to the block),
// which the main thread appends to the file in order and lists in the footer.
import type { BlockEncoder, EncodedBlock, ParsedRecord } from "@aiperf/parser";
import { ChunkFileWriter, shiftRowGroup } from "./chunk-writer.js";
import { BlockSink, type FileLayout, type ParquetBlock, RowGroupBuffers } from "./write.js";

export type ParquetBlockConfig = Pick<FileLayout, "columns" | "constants" | "groupSize">;

export function createBlockEncoder(config: unknown): BlockEncoder {
  const layout = config as ParquetBlockConfig;
  const rows = new RowGroupBuffers(layout);
  const sink = new BlockSink();
  // The schema is the main thread's business (the footer).
  const writer = new ChunkFileWriter(sink, [], rows.buffers, "SNAPPY", false);

  const take = (): EncodedBlock | undefined => {
    if (rows.filled === 0) return undefined;
    const start = sink.offset;
    const records = rows.filled;
    const group = writer.encodeRowGroup(records);
    rows.filled = 0;
    if (group === undefined) return undefined;
    shiftRowGroup(group, -BigInt(start));
    const bytes = sink.takeBytes();
    const block: ParquetBlock = { bytes, group, records, ...rows.builder.take() };
    return { data: block, transfer: [bytes.buffer as ArrayBuffer] };
  };

  return {
    add(record: ParsedRecord): EncodedBlock | undefined {
      return rows.add(record) >= layout.groupSize ? take() : undefined;
    },
    flush: take,
  };
}
