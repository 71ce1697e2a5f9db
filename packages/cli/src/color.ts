// Colour policy: only on a TTY, never with NO_COLOR (any non-empty value,
// see no-color.org) or --no-color; FORCE_COLOR forces it (for demos and tests).
import { createColors } from "picocolors";
import type { Sink } from "./context.js";

export type Colors = ReturnType<typeof createColors>;

export function colorEnabled(sink: Sink, env: Record<string, string | undefined>, flag: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  return sink.isTTY === true && env.TERM !== "dumb";
}

export function colors(enabled: boolean): Colors {
  return createColors(enabled);
}
