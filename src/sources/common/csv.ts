/** Streaming CSV/TSV rows with papaparse, decoded from the file's encoding, with row numbers for errors. */
import { type Readable, Transform } from "node:stream";
import Papa from "papaparse";

export interface CsvRow {
  /** 1-based record number in the file (a record may span lines when a field holds a newline). */
  row: number;
  fields: string[];
}

export interface CsvOptions {
  /** "windows-1252" for OFAC's legacy CSV; "utf-8" elsewhere. */
  encoding?: string;
  delimiter?: string;
}

/** Decodes bytes to text, keeping multi-byte sequences split across chunks intact; strips a UTF-8 BOM. */
export function decodeStream(input: Readable, encoding = "utf-8"): Readable {
  const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  const transform = new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch (error) {
        done(error as Error);
      }
    },
  });
  input.on("error", (e) => transform.destroy(e));
  return input.pipe(transform);
}

/** Yields each CSV record; a malformed quote or an undecodable byte throws with the record number. */
export async function* readCsv(input: Readable, options: CsvOptions = {}): AsyncGenerator<CsvRow> {
  const text = decodeStream(input, options.encoding);
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, {
    delimiter: options.delimiter ?? ",",
    skipEmptyLines: "greedy",
    // Let quotes be: papaparse reports a broken one as an error row that we turn into a message.
  });
  text.on("error", (e) => parser.destroy(e));
  text.pipe(parser);
  let row = 0;
  for await (const fields of parser as AsyncIterable<string[]>) {
    row++;
    yield { row, fields };
  }
}

/** Rows as objects keyed by the header row; `row` counts the header as record 1. */
export async function* readCsvObjects(
  input: Readable,
  options: CsvOptions = {},
): AsyncGenerator<{ row: number; record: Record<string, string>; header: string[] }> {
  let header: string[] | undefined;
  for await (const { row, fields } of readCsv(input, options)) {
    if (!header) {
      header = fields.map((h) => h.replace(/^\uFEFF/, "").trim());
      continue;
    }
    // A header line repeated inside the file (seen in a trimmed CSL extract) is not a record.
    if (fields.length === header.length && fields.every((f, i) => f.trim() === header?.[i])) continue;
    const record: Record<string, string> = {};
    header.forEach((h, i) => {
      record[h] = fields[i] ?? "";
    });
    yield { row, record, header };
  }
}
