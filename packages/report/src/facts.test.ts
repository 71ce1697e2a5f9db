import { readSummary } from "@aiperf/parser";
import type { Summary } from "@aiperf/parser";
import { describe, expect, it } from "vitest";
import { runSettings } from "./facts.js";
import { RUN1_DIR } from "./test-support/runs.js";

const withConfig = (inputConfig: unknown, extra?: Record<string, unknown>): Summary => ({
  variant: "N",
  metrics: [],
  errorSummary: [],
  inputConfig,
  notes: [],
  ...(extra !== undefined ? { extra } : {}),
});

describe("runSettings", () => {
  it("reads run1's input_config (values as in its profile_export_aiperf.json)", async () => {
    const summary = await readSummary(RUN1_DIR);
    expect(runSettings(summary)).toEqual({
      models: ["openai/gpt-oss-20b"],
      endpointType: "chat",
      url: "localhost:9000",
      streaming: true,
      concurrency: 100,
      rateMode: "concurrency_burst",
      requestCount: 100,
      osl: 250,
      command:
        'aiperf profile -m "openai/gpt-oss-20b" --url "localhost:9000" --streaming --num-requests 100 --concurrency 100 --endpoint-type "chat" --osl 250 --request-cancellation-rate 10',
    });
  });

  it("falls back to the command line where input_config lacks a setting", () => {
    const s = runSettings(
      withConfig({
        cli_command: "aiperf profile -m m1 --url 'h:1' --request-rate 2.5 --request-count 40 --isl 128 --osl 64",
      }),
    );
    expect(s).toMatchObject({ models: ["m1"], url: "h:1", requestRate: 2.5, requestCount: 40, isl: 128, osl: 64 });
  });

  it("reads the 0.10 layout (models.items, phases) and run_info's command line", () => {
    const config = {
      models: { items: [{ name: "qwen/Qwen3-0.6B" }] },
      phases: [
        { name: "warmup", concurrency: 1 },
        { name: "profiling", request_rate: 12.5, request_count: 500 },
      ],
    };
    const extra = { run_info: { cli_command: "aiperf profile --isl 128 --osl 64 --endpoint-type chat" } };
    expect(runSettings(withConfig(config, extra))).toEqual({
      models: ["qwen/Qwen3-0.6B"],
      endpointType: "chat",
      requestRate: 12.5,
      requestCount: 500,
      isl: 128,
      osl: 64,
      command: "aiperf profile --isl 128 --osl 64 --endpoint-type chat",
    });
  });

  it("anything else gives no settings rather than a wrong one", () => {
    expect(runSettings(withConfig(undefined))).toEqual({ models: [] });
    expect(runSettings(withConfig({ loadgen: { concurrency: "many" }, endpoint: { model_names: [3, ""] } }))).toEqual({
      models: [],
    });
  });
});
