import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSettings, settingsFromCommand, splitCommand } from "./facts.js";
import { RUN1_DIR } from "./test-support/runs.js";

describe("splitCommand", () => {
  it("splits words and honours quotes and backslashes as a shell does", () => {
    expect(splitCommand(`aiperf profile -m "openai/gpt-oss-20b" --url 'a b' x\\ y "q\\"t" --osl=250`)).toEqual([
      "aiperf",
      "profile",
      "-m",
      "openai/gpt-oss-20b",
      "--url",
      "a b",
      "x y",
      'q"t',
      "--osl=250",
    ]);
    expect(splitCommand('  a""b  ')).toEqual(["ab"]);
    expect(splitCommand('""')).toEqual([""]);
    expect(splitCommand("")).toEqual([]);
  });
});

describe("run settings", () => {
  const run1 = JSON.parse(readFileSync(join(RUN1_DIR, "profile_export_aiperf.json"), "utf8"));

  it("reads run1's input_config (values as in profile_export_aiperf.json)", () => {
    expect(runSettings(run1.input_config)).toEqual({
      models: ["openai/gpt-oss-20b"],
      endpointType: "chat",
      url: "localhost:9000",
      streaming: true,
      concurrency: 100,
      rateMode: "concurrency_burst",
      requestCount: 100,
      osl: 250,
      command: run1.input_config.cli_command,
    });
  });

  it("the command line alone gives the same settings where it has them", () => {
    expect(settingsFromCommand(run1.input_config.cli_command)).toEqual({
      models: ["openai/gpt-oss-20b"],
      endpointType: "chat",
      url: "localhost:9000",
      streaming: true,
      concurrency: 100,
      requestCount: 100,
      osl: 250,
    });
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
    expect(runSettings(config, extra)).toEqual({
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
    expect(runSettings(undefined)).toEqual({ models: [] });
    expect(runSettings({ loadgen: { concurrency: "many" }, endpoint: { model_names: [3, ""] } })).toEqual({
      models: [],
    });
  });
});
