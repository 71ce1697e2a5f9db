import { readSummary } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { errorRows, headlineTable } from "./headline.js";
import { RUN1_DIR } from "./test-support/runs.js";

describe("headline table", () => {
  it("run1's summary file gives AIPerf's own console table, cell for cell", async () => {
    const table = headlineTable(await readSummary(RUN1_DIR));
    expect(table.columns).toEqual(["Metric", "avg", "min", "max", "p99", "p90", "p50", "std"]);
    // AIPerf's console output for run1 (rich table; README "summarize").
    expect(table.rows.map((r) => [r.metric, ...r.cells])).toEqual([
      ["Time to First Token (ms)", "2,343.22", "464.66", "3,853.86", "3,833.39", "3,796.93", "2,369.32", "1,049.82"],
      ["Time to Second Token (ms)", "120.17", "21.28", "143.25", "142.92", "141.26", "136.64", "40.17"],
      ["Request Latency (ms)", "9,059.65", "7,936.97", "9,299.77", "9,297.61", "9,277.60", "9,097.35", "220.22"],
      ["Inter Token Latency (ms)", "27.76", "22.13", "34.86", "33.73", "32.87", "27.62", "3.73"],
      [
        "Output Token Throughput Per User (tokens/sec/user)",
        "36.68",
        "28.69",
        "45.19",
        "45.08",
        "43.87",
        "36.21",
        "4.98",
      ],
      ["Output Sequence Length (tokens)", "242.97", "193.00", "247.00", "247.00", "247.00", "247.00", "9.42"],
      ["Input Sequence Length (tokens)", "550.00", "550.00", "550.00", "550.00", "550.00", "550.00", "0.00"],
      ["Output Token Throughput (tokens/sec)", "2,320.72", "N/A", "N/A", "N/A", "N/A", "N/A", "N/A"],
      ["Request Throughput (requests/sec)", "9.55", "N/A", "N/A", "N/A", "N/A", "N/A", "N/A"],
      ["Request Count (requests)", "89.00", "N/A", "N/A", "N/A", "N/A", "N/A", "N/A"],
    ]);
  });

  it("error rows: code, type, message and count as the console shows them", async () => {
    expect(errorRows(await readSummary(RUN1_DIR))).toEqual([
      {
        code: "499",
        type: "RequestCancellationError",
        message: "Request was cancelled after 0.000 seconds",
        count: "11",
      },
    ]);
  });
});
