import { describe, expect, it } from "vitest";
import { terminalText } from "./terminal-text.js";

describe("terminalText", () => {
  it("escapes C0, DEL, C1, bidi overrides and isolates, line separators visibly", () => {
    expect(terminalText("a\u001b[31mb")).toBe("a\\x1b[31mb");
    expect(terminalText("\u0000\u0007\b\t\n\r\u001f")).toBe("\\x00\\x07\\x08\\x09\\x0a\\x0d\\x1f");
    expect(terminalText("\u007f\u0080\u009b\u009f")).toBe("\\x7f\\x80\\x9b\\x9f");
    expect(terminalText("\u202a\u202b\u202c\u202d\u202e")).toBe("\\u202a\\u202b\\u202c\\u202d\\u202e");
    expect(terminalText("\u2066\u2067\u2068\u2069")).toBe("\\u2066\\u2067\\u2068\\u2069");
    expect(terminalText("\u200e\u200f\u061c\u2028\u2029")).toBe("\\u200e\\u200f\\u061c\\u2028\\u2029");
  });

  it("keeps printable text, including non-ASCII letters and emoji, unchanged", () => {
    const text = "Request was cancelled: ünïcödé 日本語 😀 \\x1b ~ \u00a0\u00a9";
    expect(terminalText(text)).toBe(text);
  });

  it("leaves no control character of any code point in its output", () => {
    let all = "";
    for (let cp = 0; cp < 0x2100; cp++) all += String.fromCharCode(cp);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the check itself.
    expect(terminalText(all)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
