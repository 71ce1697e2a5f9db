// numpy/scipy reference values (test-support/reference/make-reference.py; committed output).
import { readFileSync } from "node:fs";

export interface Reference {
  numpy: string;
  scipy: string;
  mannWhitney: { name: string; x: number[]; y: number[]; u: number; p: number }[];
  normalSf: { z: number; sf: number }[];
  normalIsf: { q: number; isf: number }[];
  bootstrap: { data: number[]; resamples: number; percentileSe: Record<string, number>; meanSe: number };
  beta: { a: number; b: number; ppf: Record<string, number> }[];
}

export const reference: Reference = JSON.parse(
  readFileSync(new URL("./reference/reference.json", import.meta.url), "utf8"),
) as Reference;
