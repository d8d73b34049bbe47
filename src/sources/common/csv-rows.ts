/**
 * Checked CSV/TSV records with a header row, on top of `readCsv`: one object per record, and a
 * field-count check so that a row cut short (or an unescaped delimiter) never imports silently.
 */
import type { Readable } from "node:stream";
import { ParseError } from "../../errors.js";
import { readCsv } from "./csv.js";

export interface CheckedCsvOptions {
  source: string;
  file: string;
  delimiter?: string;
  /** Called with the header before any record; throws to refuse the file. */
  onHeader?(header: string[]): void;
}

export interface CheckedRecord {
  /** Record number, the header being 1: the line number unless a field holds a line break. */
  row: number;
  record: Record<string, string>;
}

/**
 * Yields each record as an object keyed by the header. A record repeating the header is skipped (a
 * trimmed CSL extract has one). Throws ParseError naming the file and row: readCsv's for a quote left
 * open or bytes that are not UTF-8, ours (with the field) for a record whose field count differs
 * from the header's.
 */
export async function* readCheckedCsv(input: Readable, options: CheckedCsvOptions): AsyncGenerator<CheckedRecord> {
  const { source, file } = options;
  let header: string[] | undefined;
  let last = 0;
  const toRecord = (p: { row: number; fields: string[] }): CheckedRecord => {
    const h = header as string[];
    if (p.fields.length !== h.length) {
      const field = p.fields.length < h.length ? h[p.fields.length] : undefined;
      throw new ParseError(
        `expected ${h.length} fields, found ${p.fields.length}${field ? ` (missing from '${field}' on)` : ""}`,
        field ? { source, file, line: p.row, field } : { source, file, line: p.row },
      );
    }
    const record: Record<string, string> = {};
    h.forEach((name, i) => {
      record[name] = p.fields[i] as string;
    });
    return { row: p.row, record };
  };
  try {
    for await (const { row, fields } of readCsv(input, { source, file, ...(options.delimiter ? { delimiter: options.delimiter } : {}) })) {
      last = row;
      if (!header) {
        header = fields.map((f) => f.replace(/^\uFEFF/, "").trim());
        options.onHeader?.(header);
        continue;
      }
      if (fields.length === header.length && fields.every((f, i) => f.trim() === header?.[i])) continue;
      yield toRecord({ row, fields });
    }
  } catch (error) {
    if (error instanceof ParseError && (error.line ?? 0) >= 1) throw error;
    // Bytes that are not UTF-8 fail in the decoder, which runs ahead of the rows: readCsv then knows
    // no row (line 0). We name the first row not yet read.
    const reason = error instanceof ParseError && error.cause instanceof Error ? error.cause.message : (error as Error).message;
    throw new ParseError(`unreadable near row ${last + 1} (${reason})`, { source, file, line: last + 1 }, error);
  }
  if (!header) throw new ParseError("empty file", { source, file });
}
