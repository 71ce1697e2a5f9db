import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineSplitter } from "./line-splitter.js";

function split(bytes: Buffer, cuts: number[]): { lines: string[]; rest: string | undefined } {
  const s = new LineSplitter();
  const lines: string[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    s.push(bytes.subarray(from, cut), lines);
    from = cut;
  }
  s.push(bytes.subarray(from), lines);
  return { lines, rest: s.end() };
}

describe("LineSplitter", () => {
  it("splits LF and CRLF lines and returns an unterminated last line separately", () => {
    expect(split(Buffer.from("a\r\nb\n\nc"), [])).toEqual({ lines: ["a", "b", ""], rest: "c" });
    expect(split(Buffer.from("a\n"), [])).toEqual({ lines: ["a"], rest: undefined });
    expect(split(Buffer.from(""), [])).toEqual({ lines: [], rest: undefined });
  });

  it("gives the same lines however the bytes are chunked (multi-byte UTF-8 cut anywhere)", () => {
    const line = fc.string({ unit: "binary" }).map((s) => s.replace(/[\r\n]/g, ""));
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        (lines, crlf, finalNewline, rawCuts) => {
          const text = lines.join(crlf ? "\r\n" : "\n") + (finalNewline && lines.length > 0 ? "\n" : "");
          const bytes = Buffer.from(text, "utf8");
          const cuts = rawCuts.map((c) => (bytes.length === 0 ? 0 : c % (bytes.length + 1)));
          const got = split(bytes, cuts);
          const whole = split(bytes, []);
          expect(got).toEqual(whole);
          const expected = text === "" ? [] : text.split(/\r?\n/);
          if (!finalNewline || lines.length === 0) {
            const last = expected.pop();
            expect(got.rest).toBe(last === "" ? undefined : last);
          } else {
            expected.pop();
            expect(got.rest).toBeUndefined();
          }
          expect(got.lines).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("does not depend on the caller keeping the chunk's memory intact", () => {
    const s = new LineSplitter();
    const lines: string[] = [];
    const buf = Buffer.from("abc");
    s.push(buf, lines);
    buf.fill(0x78); // the sync reader reuses one buffer for every read
    s.push(Buffer.from("def\n"), lines);
    expect(lines).toEqual(["abcdef"]);
  });
});
