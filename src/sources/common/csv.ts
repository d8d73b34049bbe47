/** Streaming CSV/TSV rows with papaparse, decoded from the file's encoding, with row numbers for errors. */
import { type Readable, Transform } from "node:stream";
import Papa from "papaparse";
import { ParseError } from "../../errors.js";

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

/**
 * NUL and other C0 control bytes (and DEL) have no place in a list's text and would reach stored
 * names; tab, CR and LF are text. A record that is only the DOS end-of-file byte 0x1A (OFAC's files
 * end so) is not data.
 */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

function controlByte(fields: string[]): { byte: string; field: number } | undefined {
  if (fields.length === 1 && /^[\x1a\s]*$/.test(fields[0] ?? "")) return undefined;
  for (const [i, f] of fields.entries()) {
    const m = CONTROL.exec(f);
    if (m) return { byte: `0x${(m[0].codePointAt(0) ?? 0).toString(16).padStart(2, "0").toUpperCase()}`, field: i + 1 };
  }
  return undefined;
}

/** Yields each CSV record; a malformed quote or an undecodable byte throws with the record number. */
export async function* readCsv(input: Readable, options: CsvOptions & { file?: string; source?: string } = {}): AsyncGenerator<CsvRow> {
  const text = decodeStream(input, options.encoding);
  const queue: CsvRow[] = [];
  let failure: Error | undefined;
  let finished = false;
  let wake: (() => void) | undefined;
  let paused = false;
  let row = 0;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const where = (r: number) => ({ file: options.file ?? "(input)", line: r, ...(options.source ? { source: options.source } : {}) });
  Papa.parse(text as unknown as NodeJS.ReadableStream, {
    delimiter: options.delimiter ?? ",",
    skipEmptyLines: "greedy",
    step(results, p) {
      row++;
      const error = results.errors[0];
      if (error && !failure) {
        // papaparse's own wording: "Quoted field unterminated", "Trailing quote on quoted field is malformed".
        failure = new ParseError(`malformed CSV: ${error.message}`, where(row));
        p.abort();
      }
      const control = failure ? undefined : controlByte(results.data as unknown as string[]);
      if (control && !failure) {
        failure = new ParseError(`a control byte (${control.byte}) inside field ${control.field}`, where(row));
        p.abort();
      }
      queue.push({ row, fields: results.data as unknown as string[] });
      // Back-pressure on the byte stream: papaparse handles one chunk's rows at a time.
      if (queue.length >= 1000 && !paused) {
        paused = true;
        text.pause();
      }
      notify();
    },
    complete() {
      finished = true;
      notify();
    },
    error(error: Error) {
      failure ??= new ParseError(error.message, where(row), error);
      notify();
    },
  });
  text.on("error", (e) => {
    failure ??= e instanceof ParseError ? e : new ParseError(`cannot read the file: ${e.message}`, where(row), e);
    notify();
  });
  while (true) {
    if (failure) throw failure;
    const next = queue.shift();
    if (next) {
      yield next;
      continue;
    }
    if (finished) return;
    if (paused) {
      paused = false;
      text.resume();
    }
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
}
