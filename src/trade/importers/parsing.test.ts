import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { type ByteRecord, fieldText, visitByteRecords } from "./byte-records.js";
import { readCsvBatches, splitRecord } from "./csv-lines.js";
import { parseNumber } from "./numbers.js";

const value = (s: string, d?: "comma" | "point") => {
  const r = parseNumber(s, d);
  return "value" in r ? r.value : r.error;
};

describe("numbers as files write them", () => {
  it("reads grouped and European formats", () => {
    assert.equal(value("1 234,5"), 1234.5);
    assert.equal(value("1\u00a0234,5"), 1234.5);
    assert.equal(value("1.234.567,8"), 1234567.8);
    assert.equal(value("1,234.5"), 1234.5);
    assert.equal(value("1'234.5"), 1234.5);
    assert.equal(value("0,25"), 0.25);
    assert.equal(value("-12"), -12);
    assert.equal(value("1e6"), 1e6);
  });

  it("refuses ambiguity and garbage, or follows the decimal mark it is told", () => {
    assert.match(String(value("1,234")), /ambiguous/);
    assert.equal(value("1,234", "comma"), 1.234);
    assert.equal(value("1,234", "point"), 1234);
    assert.match(String(value("12a")), /not a number/);
    assert.match(String(value(":")), /not a number/);
    assert.match(String(value("1,2,3")), /three digits/);
  });
});

async function records(text: string, chunkSize: number, options = {}) {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
  const out = [];
  for await (const batch of readCsvBatches(Readable.from(chunks), options)) out.push(...batch);
  return out;
}

describe("streaming CSV", () => {
  it("splits quoted fields with delimiters, doubled quotes and newlines, across chunk borders, with line numbers", async () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y",3\n2,"say ""hi""",4\n3,"two\nlines",5\n\n4,,6\n';
    for (const size of [1, 3, 7, 1000]) {
      const r = await records(text, size, { skipEmpty: true });
      assert.deepEqual(
        r.map((x) => [x.line, x.fields]),
        [
          [1, ["a", "b", "c"]],
          [2, ["1", "x, y", "3"]],
          [3, ["2", 'say "hi"', "4"]],
          [4, ["3", "two\nlines", "5"]],
          [7, ["4", "", "6"]],
        ],
        `chunk size ${size}`,
      );
    }
  });

  it("reports a quote never closed", async () => {
    await assert.rejects(records('a,b\n1,"open\n2,3\n', 5), /line 2: a quoted field is never closed/);
  });

  it("splits by other delimiters", () => {
    assert.deepEqual(splitRecord('a\t"b\tc"\td', "\t"), ["a", "b\tc", "d"]);
  });
});

async function byteRecords(bytes: Buffer, chunkSize: number, delimiter = ",") {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  const out: { line: number; fields: string[]; quoted: boolean }[] = [];
  const visit = (r: ByteRecord) => {
    out.push({ line: r.line, fields: Array.from({ length: r.fields }, (_, i) => fieldText(r, i)), quoted: r.quoted !== null });
  };
  for await (const _ of visitByteRecords(Readable.from(chunks), delimiter, visit)) {
    // records are collected by the visitor
  }
  return out;
}

describe("CSV records from bytes", () => {
  it("refuses a last line without its final newline (a file cut in its last value), unless told the format has none", async () => {
    await assert.rejects(
      records("a,b\n1,87580835\n2,875", 4),
      /^Error: line 3: the last line has no final newline: the file looks cut short/,
    );
    assert.equal((await records("a,b\n1,875", 4, { requireFinalNewline: false })).length, 2);
    assert.equal((await records("a,b\r\n1,875\r\n", 4)).length, 2);
  });
  it("gives fields as byte ranges, quoted records through the full parser, whatever the chunk size", async () => {
    const text = '\uFEFFa,b,c\r\nКыргыз,"x, y",3\n2,"say ""hi""",4\n3,"two\nlines",5\n\n,,\n4, 北京 ,6';
    const bytes = Buffer.from(text, "utf8");
    for (const size of [1, 2, 5, 64, 4096]) {
      const r = await byteRecords(bytes, size);
      assert.deepEqual(
        r.map((x) => [x.line, x.fields, x.quoted]),
        [
          [1, ["a", "b", "c"], false],
          [2, ["Кыргыз", "x, y", "3"], true],
          [3, ["2", 'say "hi"', "4"], true],
          [4, ["3", "two\nlines", "5"], true],
          [8, ["4", "北京", "6"], false],
        ],
        `chunk size ${size}`,
      );
    }
  });

  it("reports a quote never closed, and takes other one-byte delimiters", async () => {
    await assert.rejects(byteRecords(Buffer.from('a,b\n1,"open\n2,3\n'), 3), /line 2: a quoted field is never closed/);
    const r = await byteRecords(Buffer.from("a;b\n1;2\n"), 3, ";");
    assert.deepEqual(r[1]?.fields, ["1", "2"]);
  });
});
