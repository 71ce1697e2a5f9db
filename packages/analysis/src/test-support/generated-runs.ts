// Seeded synthetic runs shaped like run1 (R records), built in memory: TTFT lognormal, a few
// other latencies, token counts, and a short inter-chunk list per request.
import type { ParsedRecord } from "@aiperf/parser";
import { collectRun } from "../samples.js";
import { Random } from "../stats/random.js";
import type { RunInput } from "../compare.js";

export interface RunShape {
  n: number;
  seed: number | string;
  /** Multiplies every TTFT (1.1 = a 10 % shift). */
  ttftScale?: number;
  /** Share of error records (default 0.02). */
  errorRate?: number;
}

const ms = (value: number) => ({ value, unit: "ms" });

function generateRecords(shape: RunShape): ParsedRecord[] {
  const rng = new Random(shape.seed);
  const logn = (median: number, sigma: number): number => median * Math.exp(sigma * rng.normal());
  const out: ParsedRecord[] = [];
  let t = 1_759_522_419_154_568_925n;
  for (let i = 0; i < shape.n; i++) {
    t += BigInt(Math.floor(rng.uniform() * 5_000_000));
    const metadata: ParsedRecord["metadata"] = {
      timestamp_ns: t,
      credit_phase: "profiling",
      worker_id: "worker_1",
      record_processor_id: "rp_1",
    };
    if (rng.uniform() < (shape.errorRate ?? 0.02)) {
      out.push({
        line: i + 1,
        metadata,
        metrics: { error_request_count: { value: 1, unit: "requests" } },
        error: { code: 500, type: "ServerError", message: "boom" },
      });
      continue;
    }
    const ttft = Math.round(logn(800, 0.35) * (shape.ttftScale ?? 1) * 1e6) / 1e6;
    const osl = 180 + Math.floor(rng.uniform() * 60);
    const itl = logn(25, 0.1);
    const icl = Array.from({ length: 4 }, () => Math.round(logn(25, 0.2) * 1e6) / 1e6);
    const latency = Math.round((ttft + itl * (osl - 1)) * 1e6) / 1e6;
    out.push({
      line: i + 1,
      metadata,
      metrics: {
        input_sequence_length: { value: 550, unit: "tokens" },
        ttft: ms(ttft),
        request_count: { value: 1, unit: "requests" },
        request_latency: ms(latency),
        ttst: ms(Math.round(logn(40, 0.3) * 1e6) / 1e6),
        inter_chunk_latency: { value: icl, unit: "ms" },
        output_sequence_length: { value: osl, unit: "tokens" },
        inter_token_latency: ms(itl),
      },
      error: null,
    });
  }
  return out;
}

export async function generateRun(label: string, shape: RunShape): Promise<RunInput> {
  const { summary, samples } = await collectRun(generateRecords(shape));
  return { label, summary, samples };
}
