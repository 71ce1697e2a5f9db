#!/usr/bin/env node
// Generates the hostile corpus of issue 9 into a directory: files that a hostile or unlucky user
// could hand to aiperf-tools (truncated and malformed JSON, bad UTF-8, huge numbers, deep nesting,
// BOMs, CRLF, NULs, empty files, corrupt gzip, __proto__ keys, control characters, 50k distinct
// errors, ...). Deterministic: the same files every time. Built from run1.
//   node scripts/hostile-corpus.mjs DIR      -> writes the files, prints their count
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const RUN1 = join(here, "..", "fixtures", "aiperf-run1");

export function hostileCorpus() {
  const jsonl = readFileSync(join(RUN1, "profile_export.jsonl"));
  const text = jsonl.toString("utf8");
  const lines = text.split("\n").filter((l) => l !== "");
  const valid = lines.find((l) => !l.includes('"error":{')) ?? "";
  const error = lines.find((l) => l.includes('"error":{')) ?? "";
  const rec = (line) => JSON.parse(line);
  const withRecord = (fn, line = valid) => {
    const r = rec(line);
    fn(r);
    return `${JSON.stringify(r)}\n`;
  };
  const head = lines.slice(0, 5).join("\n");
  /** @type {[string, string | Buffer][]} */
  const files = [];
  const add = (name, content) => files.push([name, content]);

  // Truncated JSON: cut at assorted byte offsets, inside strings, numbers, keys.
  for (const at of [1, 2, 10, 57, 100, 1000, 3702, 5000, 20000, jsonl.length - 1, jsonl.length - 40])
    add(`truncated-at-${at}.jsonl`, jsonl.subarray(0, at));
  add("truncated-mid-line-then-more.jsonl", `${valid.slice(0, 300)}\n${valid}\n`);
  add("unterminated-string.jsonl", `${valid.slice(0, valid.indexOf('"x_request_id"') + 20)}\n`);
  add("missing-brace.jsonl", `${valid.slice(0, -1)}\n`);
  add("extra-brace.jsonl", `${valid}}\n`);
  add("trailing-comma.jsonl", `${valid.slice(0, -1)},}\n`);
  add("two-records-one-line.jsonl", `${valid}${valid}\n`);
  add("single-quotes.jsonl", `${valid.replaceAll('"', "'")}\n`);
  add("comment-line.jsonl", `// a comment\n${valid}\n`);
  add("nan-literal.jsonl", `${valid.replace(/"value":[0-9.]+/, '"value":NaN')}\n`);
  add("infinity-literal.jsonl", `${valid.replace(/"value":[0-9.]+/, '"value":Infinity')}\n`);

  // Bad UTF-8 and odd encodings.
  const v = Buffer.from(`${valid}\n`);
  const at = v.indexOf("worker_") + 7;
  add("bad-utf8-continuation.jsonl", Buffer.concat([v.subarray(0, at), Buffer.from([0x80, 0x80]), v.subarray(at)]));
  add("bad-utf8-overlong.jsonl", Buffer.concat([v.subarray(0, at), Buffer.from([0xc0, 0xaf]), v.subarray(at)]));
  add("bad-utf8-truncated-seq.jsonl", Buffer.concat([v.subarray(0, at), Buffer.from([0xe2, 0x82]), v.subarray(at)]));
  add("bad-utf8-ff.jsonl", Buffer.concat([v.subarray(0, at), Buffer.from([0xff, 0xfe]), v.subarray(at)]));
  add(
    "lone-surrogate-escape.jsonl",
    withRecord((r) => (r.metadata.worker_id = "\ud800x")),
  );
  add("utf16le-bom.jsonl", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(head, "utf16le")]));
  add("utf16be-bom.jsonl", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(head, "utf16le").swap16()]));
  add("utf16le-no-bom.jsonl", Buffer.from(head, "utf16le"));
  add("utf8-bom.jsonl", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), jsonl]));
  add("utf8-bom-mid-file.jsonl", `${lines[0]}\n\ufeff${lines[1]}\n`);
  add("utf32le-bom.jsonl", Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from("{}\n")]));

  // Line endings and NULs.
  add("crlf.jsonl", text.replaceAll("\n", "\r\n"));
  add("cr-only.jsonl", text.replaceAll("\n", "\r"));
  add("mixed-endings.jsonl", lines.map((l, i) => l + (i % 2 ? "\r\n" : "\n")).join(""));
  add("no-final-newline.jsonl", text.trimEnd());
  add("blank-lines-between.jsonl", `${lines.join("\n\n\n")}\n`);
  add("nul-in-line.jsonl", `${valid.slice(0, 50)}\0${valid.slice(50)}\n`);
  add("nul-only.jsonl", Buffer.alloc(4096));
  add("nul-lines.jsonl", `${valid}\n\0\n${valid}\n`);
  add(
    "nul-in-string-escaped.jsonl",
    withRecord((r) => (r.metadata.worker_id = "a\u0000b")),
  );

  // Empty and near-empty.
  add("empty.jsonl", "");
  add("whitespace-only.jsonl", "  \n\t\n   \n");
  add("newlines-only.jsonl", "\n\n\n\n");
  add("empty-object.jsonl", "{}\n");
  add("empty-array.jsonl", "[]\n");
  add("null-line.jsonl", "null\n");
  add("number-line.jsonl", "42\n");
  add("string-line.jsonl", '"hello"\n');
  add("array-of-records.jsonl", `[${lines.slice(0, 3).join(",")}]\n`);

  // Gzip: valid, truncated, corrupt, empty, concatenated members, a bomb without newlines.
  const gz = gzipSync(jsonl);
  add("valid.jsonl.gz", gz);
  add("truncated.jsonl.gz", gz.subarray(0, Math.floor(gz.length / 2)));
  add("truncated-header.jsonl.gz", gz.subarray(0, 5));
  const flipped = Buffer.from(gz);
  for (let i = 100; i < 140; i++) flipped[i] = (flipped[i] ?? 0) ^ 0x5a;
  add("corrupt.jsonl.gz", flipped);
  const crc = Buffer.from(gz);
  crc[crc.length - 6] = (crc[crc.length - 6] ?? 0) ^ 0xff;
  add("bad-crc.jsonl.gz", crc);
  add("empty.gz", Buffer.alloc(0));
  add("gzip-of-empty.jsonl.gz", gzipSync(Buffer.alloc(0)));
  add(
    "two-members.jsonl.gz",
    Buffer.concat([gzipSync(lines.slice(0, 50).join("\n") + "\n"), gzipSync(lines.slice(50).join("\n") + "\n")]),
  );
  add("gzip-trailing-garbage.jsonl.gz", Buffer.concat([gz, Buffer.from("garbage")]));
  add("gzip-bomb-no-newline.jsonl.gz", gzipSync(Buffer.alloc(32 * 1024 * 1024, 0x61)));
  // 300 MiB of NUL bytes, ~300 KB compressed: past the 256 MiB line limit (exit 1, bounded memory), not "binary".
  add("gzip-bomb-zeros.jsonl.gz", gzipSync(Buffer.alloc(300 * 1024 * 1024, 0), { level: 9 }));
  add("gzip-magic-only.jsonl", Buffer.from([0x1f, 0x8b]));

  // Numbers: huge, tiny, exact integers beyond 2^53, fractions and exponents in integer fields.
  add("value-1e400.jsonl", `${valid.replace(/"value":[0-9.]+/, '"value":1e400')}\n`);
  add("value-minus-1e400.jsonl", `${valid.replace(/"value":[0-9.]+/, '"value":-1e400')}\n`);
  add("value-1e-400.jsonl", `${valid.replace(/"value":[0-9.]+/, '"value":1e-400')}\n`);
  add("value-minus-zero.jsonl", `${valid.replace(/"value":[0-9.]+/, '"value":-0')}\n`);
  add("value-300-digits.jsonl", `${valid.replace(/"value":[0-9.]+/, `"value":${"9".repeat(300)}`)}\n`);
  add("timestamp-2e64.jsonl", `${valid.replace(/"timestamp_ns":\d+/, '"timestamp_ns":36893488147419103232')}\n`);
  add("timestamp-fraction.jsonl", `${valid.replace(/"timestamp_ns":\d+/, '"timestamp_ns":1759522419154829652.5')}\n`);
  add("timestamp-dot-zero.jsonl", `${valid.replace(/"timestamp_ns":\d+/, '"timestamp_ns":1759522419154829652.0')}\n`);
  add("timestamp-exponent.jsonl", `${valid.replace(/"timestamp_ns":\d+/, '"timestamp_ns":1.759522419154829652e18')}\n`);
  add("timestamp-negative.jsonl", `${valid.replace(/"timestamp_ns":\d+/, '"timestamp_ns":-1')}\n`);
  add("turn-index-e0.jsonl", `${valid.replace(/"turn_index":\d+/, '"turn_index":0e0')}\n`);
  add("leading-zero-number.jsonl", `${valid.replace(/"turn_index":\d+/, '"turn_index":00')}\n`);

  // Deep nesting inside a record and as the whole line.
  for (const depth of [100, 1000, 100000])
    add(`nested-${depth}.jsonl`, `${valid.slice(0, -1)},"deep":${"[".repeat(depth)}${"]".repeat(depth)}}\n`);
  add("nested-objects-10000.jsonl", `${valid.slice(0, -1)},"deep":${'{"a":'.repeat(10000)}1${"}".repeat(10000)}}\n`);
  add("nested-unclosed-100000.jsonl", `${"[".repeat(100000)}\n`);

  // Keys from data that name object internals.
  for (const key of ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty"]) {
    add(
      `metric-tag-${key}.jsonl`,
      `${valid.slice(0, valid.indexOf('"metrics":{') + 11)}"${key}":{"value":1,"unit":"ms"},${valid.slice(valid.indexOf('"metrics":{') + 11)}\n`,
    );
  }
  add("metadata-key-__proto__.jsonl", `${valid.replace('"metadata":{', '"metadata":{"__proto__":{"polluted":1},')}\n`);
  add("top-level-__proto__.jsonl", `${valid.slice(0, -1)},"__proto__":{"polluted":true}}\n`);
  add("duplicate-keys.jsonl", `${valid.replace('"metadata":{', '"metadata":{"turn_index":5,')}\n`);

  // Control characters and bidi text in strings, and wrong types.
  const controls = "\u001b[2J\u001b]0;pwned\u0007\u009b31m\u007f\u202egnp.exe\u2066";
  add(
    "control-chars-in-error.jsonl",
    withRecord((r) => (r.error.message = `boom ${controls}`), error),
  );
  add(
    "control-chars-in-type.jsonl",
    withRecord((r) => (r.error.type = `T${controls}`), error),
  );
  add(
    "control-chars-in-tag.jsonl",
    `${valid.slice(0, valid.indexOf('"metrics":{') + 11)}"tag\\u001b[31m\\u202e":{"value":1,"unit":"m\\u0007s"},${valid.slice(valid.indexOf('"metrics":{') + 11)}\n`,
  );
  add("control-chars-raw-in-string.jsonl", `${valid.replace('"worker_', '"\u001b[31mworker_')}\n`);
  add("value-is-string.jsonl", `${valid.replace(/"value":[0-9.]+/, '"value":"12"')}\n`);
  add(
    "metrics-is-array.jsonl",
    withRecord((r) => (r.metrics = [])),
  );
  add(
    "metadata-missing.jsonl",
    withRecord((r) => delete r.metadata),
  );
  add(
    "error-is-string.jsonl",
    withRecord((r) => (r.error = "boom"), error),
  );
  add("unit-unknown.jsonl", `${valid.replace(/"unit":"ms"/, '"unit":"parsecs"')}\n`);
  add(
    "long-line-8mb.jsonl",
    withRecord((r) => (r.metadata.worker_id = "w".repeat(8 * 1024 * 1024))),
  );

  // Not records at all.
  add("summary-json-as-records.jsonl", readFileSync(join(RUN1, "profile_export_aiperf.json")));
  add("summary-csv-as-records.jsonl", readFileSync(join(RUN1, "profile_export_aiperf.csv")));
  add("png-header.jsonl", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  let seed = 12345;
  const random = Buffer.alloc(65536);
  for (let i = 0; i < random.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    random[i] = seed >> 16;
  }
  add("random-bytes.jsonl", random);
  add("html.jsonl", "<!doctype html><html><body>not records</body></html>\n");

  // Names that are hostile themselves.
  add("name with spaces.jsonl", jsonl);
  add("name-\u001b[31m-escape.jsonl", jsonl);
  add("name-\u202e-bidi.jsonl", jsonl);

  // Scale: 50k distinct error messages; 20k distinct tags.
  const errs = [valid];
  const e = rec(error);
  for (let i = 0; i < 50000; i++) {
    e.error.message = `distinct failure #${i}`;
    errs.push(JSON.stringify(e));
  }
  add("distinct-errors-50k.jsonl", `${errs.join("\n")}\n`);
  const tags = [];
  for (let i = 0; i < 2000; i++) {
    const r = rec(error);
    r.metrics[`tag_${i}`] = { value: i, unit: "ms" };
    tags.push(JSON.stringify(r));
  }
  add("distinct-tags-2k.jsonl", `${tags.join("\n")}\n`);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (dir === undefined) {
    process.stderr.write("usage: node scripts/hostile-corpus.mjs DIR\n");
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  const files = hostileCorpus();
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  process.stdout.write(`${files.length}\n`);
}
