// cli-table3 with AIPerf's look (box-drawing borders, right-aligned numbers);
// colours only when the stream gets them, otherwise plain characters.
import Table from "cli-table3";
import type { Colors } from "./color.js";

type Align = "left" | "right" | "center";

export interface TableSpec {
  head: string[];
  align: Align[];
  rows: string[][];
  colors: Colors;
  /** Colour of the header cells (by column), e.g. cyan for the metric column. */
  headColor?: (text: string, column: number) => string;
}

export function renderTable(spec: TableSpec): string {
  const { colors } = spec;
  const table = new Table({
    head: spec.head.map((h, i) => (spec.headColor ? spec.headColor(h, i) : colors.bold(h))),
    colAligns: spec.align,
    // cli-table3 colours head and border itself unless told not to.
    style: { head: [], border: [], "padding-left": 1, "padding-right": 1 },
    // No rule between body rows, like AIPerf's rich tables.
    chars: { mid: "", "left-mid": "", "mid-mid": "", "right-mid": "" },
  });
  for (const row of spec.rows) table.push(row);
  // One rule under the (single-line) header, none between body rows.
  const lines = table.toString().split("\n");
  const top = lines[0] ?? "";
  lines.splice(2, 0, top.replace("┌", "├").replaceAll("┬", "┼").replace("┐", "┤"));
  return `${lines.join("\n")}\n`;
}
