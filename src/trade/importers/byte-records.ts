/**
 * CSV records straight from bytes, for customs files of millions of rows: fields are byte ranges of
 * the chunk (no string per field), and the caller decides which ranges become strings. A record
 * holding a quote mark is split by the full RFC 4180 parser instead (its fields then come as
 * strings). Records carry the line they start on.
 */
import type { Readable } from "node:stream";
import { splitRecord } from "./csv-lines.js";

const NL = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const MAX_FIELDS = 256;

export interface ByteRecord {
  buf: Buffer;
  /** Field i is buf[start[i], end[i]) when `quoted` is null. */
  start: Int32Array;
  end: Int32Array;
  fields: number;
  line: number;
  /** The fields as strings, for a record that holds quote marks. */
  quoted: string[] | null;
}

/** True when the field is empty or holds only spaces. */
export function blankField(r: ByteRecord, i: number): boolean {
  if (r.quoted) return (r.quoted[i] ?? "").trim() === "";
  for (let p = r.start[i] as number; p < (r.end[i] as number); p++) if ((r.buf[p] as number) > 0x20) return false;
  return true;
}

/** The field as a string (trimmed). */
export function fieldText(r: ByteRecord, i: number): string {
  if (r.quoted) return (r.quoted[i] ?? "").trim();
  if (i >= r.fields) return "";
  return r.buf.toString("utf8", r.start[i], r.end[i]).trim();
}

/**
 * Calls `visit` for every record (a header included) and yields after each chunk of the input, so
 * that the caller can hand on what the visits collected. The record object is reused: a visitor
 * must not keep it. Lines that are empty or hold only delimiters and spaces are skipped. A quote
 * left open at the end of the file throws.
 */
export async function* visitByteRecords(input: Readable, delimiter: string, visit: (r: ByteRecord) => void): AsyncGenerator<void> {
  const delim = Buffer.from(delimiter)[0] as number;
  if (Buffer.byteLength(delimiter) !== 1) throw new Error("the delimiter must be one byte");
  const rec: ByteRecord = {
    buf: Buffer.alloc(0),
    start: new Int32Array(MAX_FIELDS),
    end: new Int32Array(MAX_FIELDS),
    fields: 0,
    line: 0,
    quoted: null,
  };
  let carry: Buffer | undefined;
  let line = 0;
  let first = true;

  /** buf[s, e) is one record without its newline; `lines` the newlines inside it (quoted ones). */
  const emit = (buf: Buffer, s: number, e: number, hasQuote: boolean, lines: number) => {
    const at = line + 1;
    line += 1 + lines;
    if (e > s && buf[e - 1] === CR) e--;
    let blank = true;
    for (let p = s; p < e; p++) {
      const b = buf[p] as number;
      if (b !== delim && b > 0x20) {
        blank = false;
        break;
      }
    }
    if (blank) return;
    rec.buf = buf;
    rec.line = at;
    if (hasQuote) {
      rec.quoted = splitRecord(buf.toString("utf8", s, e), delimiter);
      rec.fields = rec.quoted.length;
    } else {
      rec.quoted = null;
      let n = 0;
      let f = s;
      for (let p = s; p < e; p++) {
        if (buf[p] === delim) {
          if (n >= MAX_FIELDS - 1) throw new Error(`line ${at}: more than ${MAX_FIELDS} fields`);
          rec.start[n] = f;
          rec.end[n++] = p;
          f = p + 1;
        }
      }
      rec.start[n] = f;
      rec.end[n++] = e;
      rec.fields = n;
    }
    visit(rec);
  };

  for await (const chunk of input as AsyncIterable<Buffer>) {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    carry = undefined;
    let s = 0;
    if (first) {
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) s = 3;
      first = false;
    }
    // Newlines and quotes are found by Buffer.indexOf (native); only a record holding a quote is
    // walked byte by byte, to find where it really ends.
    let quote = buf.indexOf(QUOTE, s);
    for (;;) {
      const nl = buf.indexOf(NL, s);
      if (nl === -1) break;
      if (quote === -1 || quote > nl) {
        emit(buf, s, nl, false, 0);
        s = nl + 1;
        continue;
      }
      let inQuote = false;
      let inner = 0;
      let end = -1;
      for (let p = s; p < buf.length; p++) {
        const b = buf[p];
        if (b === QUOTE)
          inQuote = !inQuote; // a doubled quote toggles twice
        else if (b === NL) {
          if (!inQuote) {
            end = p;
            break;
          }
          inner++;
        }
      }
      if (end === -1) break; // the record goes on in the next chunk
      emit(buf, s, end, true, inner);
      s = end + 1;
      quote = buf.indexOf(QUOTE, s);
    }
    // The rest is an unfinished record: keep its bytes for the next chunk.
    if (s < buf.length) carry = Buffer.from(buf.subarray(s));
    yield;
  }
  if (carry?.length) {
    let inQuote = false;
    let inner = 0;
    let hasQuote = false;
    for (const b of carry) {
      if (b === QUOTE) {
        hasQuote = true;
        inQuote = !inQuote;
      } else if (b === NL) inner++;
    }
    if (inQuote) throw new Error(`line ${line + 1}: a quoted field is never closed`);
    emit(carry, 0, carry.length, hasQuote, inner);
    yield;
  }
}
