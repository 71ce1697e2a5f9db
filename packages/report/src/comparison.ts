// The comparison table of several runs: @aiperf/analysis's compareRuns result
// (the first run the baseline, the others candidates), as `aiperf-tools compare`
// prints it, with its preamble and epilogue as notes.
import { comparisonEpilogue, comparisonPreamble, comparisonTable } from "@aiperf/analysis";
import type { CompareResult, TableOptions } from "@aiperf/analysis";
import type { ComparisonView } from "./model.js";

export function comparisonView(result: CompareResult, options: TableOptions = {}): ComparisonView {
  const table = comparisonTable(result, options);
  return {
    title: "Comparison with the first run",
    columns: table.head,
    numeric: table.numeric,
    rows: table.rows.map((row) => ({
      cells: row.map((c) => (c.verdict === undefined ? { text: c.text } : { text: c.text, verdict: c.verdict })),
    })),
    notes: [...comparisonPreamble(result), ...comparisonEpilogue(result)],
  };
}
