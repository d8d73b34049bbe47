/**
 * Batch input: rows of a CSV or XLSX file with a name column and optional country and birth-date
 * columns. Row numbers are the file's own (the header is row 1), so that a report points at the line
 * a person would look at. Rows that cannot be screened are returned as bad rows with a reason.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { ParseError, ValidationError } from "../../errors.js";

export interface BatchInputOptions {
  /** Header of the column holding names. */
  column: string;
  countryColumn?: string;
  dobColumn?: string;
  /** XLSX: the worksheet by name (default the first). */
  sheet?: string;
}

export interface BatchRow {
  row: number;
  name: string;
  country?: string;
  birthDate?: string;
}

export interface BadRow {
  row: number;
  reason: string;
}

export interface BatchInput {
  file: string;
  format: "csv" | "xlsx";
  rows: BatchRow[];
  /** Rows that are not screened. */
  bad: BadRow[];
  /** Rows screened with a part left out (e.g. a birth date that is not a date). */
  warnings: BadRow[];
}

/** "1952", "1952-10", "1952-10-01", "01.10.1952", "1952/10/01" → ISO; undefined when not understood. */
export function parseBirthDate(text: string): string | undefined {
  const s = text.trim();
  let m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:T.*)?$/.exec(s);
  if (m) return [m[1], m[2]?.padStart(2, "0"), m[3]?.padStart(2, "0")].filter(Boolean).join("-");
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${(m[2] as string).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}`;
  return undefined;
}

/** Largest input file read (batch files are lists of counterparties, not data dumps). */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;
/**
 * Most rows one batch screens: the rows, their matches and explanations are held until the report is
 * written (1M rows took 1.27 GB). A larger file is refused before any screening; split it.
 */
export const MAX_BATCH_ROWS = 250_000;

interface Table {
  /** Non-empty rows with their row numbers; a cell is undefined when the row is short. */
  rows: { row: number; cells: (string | undefined)[]; merged: Map<number, string> }[];
}

/** Rows searched for the header: exports often put a title and a blank line above it. */
const HEADER_SEARCH = 20;

function decode(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    // Spreadsheet programs on Windows save CSV as Windows-1252.
    const text = new TextDecoder("windows-1252").decode(bytes);
    if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) throw new ParseError("not a text file (binary content)", { file });
    return text;
  }
}

export type CsvDelimiter = "," | ";" | "\t";

/** The cells of one line split on `delimiters` outside double quotes (as the dashboard reads a header). */
function splitLine(line: string, delimiters: readonly string[]): { cells: string[]; counts: Map<string, number> } {
  const cells: string[] = [];
  const counts = new Map<string, number>();
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (ch === '"' && quoted && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (!quoted && delimiters.includes(ch)) {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      cells.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  cells.push(cur.trim());
  return { cells, counts };
}

/**
 * Comma, semicolon (spreadsheets in much of Europe) or tab, sniffed on the header line as the dashboard
 * does: the line among the first few whose cells, split on any of the three, hold the name column (else
 * the first non-empty line); the delimiter is the one that occurs most on it outside quotes (ties: comma).
 */
export function sniffDelimiter(text: string, column: string): CsvDelimiter {
  const candidates: CsvDelimiter[] = [",", ";", "\t"];
  const wanted = column.trim().toLowerCase();
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .slice(0, HEADER_SEARCH)
    .map((l) => splitLine(l, candidates));
  const header = lines.find((l) => l.cells.some((c) => c.toLowerCase() === wanted)) ?? lines[0];
  let best: CsvDelimiter = ",";
  for (const d of candidates) if ((header?.counts.get(d) ?? 0) > (header?.counts.get(best) ?? 0)) best = d;
  return best;
}

function readCsvTable(bytes: Buffer, file: string, column: string): Table {
  // A file with twice the row cap in lines is refused before it is parsed (the exact count comes later).
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1 && lines <= 2 * MAX_BATCH_ROWS; i = bytes.indexOf(10, i + 1)) lines++;
  if (lines > 2 * MAX_BATCH_ROWS)
    throw new ParseError(
      `more than ${2 * MAX_BATCH_ROWS} lines, far more than the ${MAX_BATCH_ROWS} rows one batch screens; split the file into parts of at most ${MAX_BATCH_ROWS} rows`,
      { file },
    );
  const text = decode(bytes, file);
  // Blank lines are kept while parsing so that records keep the numbers of their lines.
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: sniffDelimiter(text, column) });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) throw new ParseError(`malformed quotes (${fatal.message})`, { file, line: (fatal.row ?? 0) + 1 });
  const rows: Table["rows"] = [];
  parsed.data.forEach((cells, i) => {
    if (cells.some((c) => c.trim())) rows.push({ row: i + 1, cells, merged: new Map() });
  });
  if (!rows.length) throw new ParseError("the file is empty", { file });
  return { rows };
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v && typeof v === "object" && "result" in v && (v as { result?: unknown }).result instanceof Date) {
    return ((v as { result: Date }).result as Date).toISOString().slice(0, 10);
  }
  return (cell.text ?? "").trim();
}

async function readXlsxTable(path: string, file: string, sheetName?: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    throw new ParseError(`not a readable XLSX workbook (${(e as Error).message})`, { file }, e);
  }
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) {
    const names = workbook.worksheets.map((w) => w.name).join(", ") || "(none)";
    throw new ParseError(sheetName ? `no worksheet named '${sheetName}' (sheets: ${names})` : "the workbook has no worksheet", { file });
  }
  const rows: Table["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: (string | undefined)[] = [];
    const merged = new Map<number, string>();
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      // A merged range shows its value in every cell; only its top-left (master) cell holds it.
      if (cell.isMerged && cell.master.address !== cell.address) {
        merged.set(col - 1, cell.master.address);
        cells[col - 1] = "";
        return;
      }
      cells[col - 1] = cellText(cell);
    });
    if (cells.some((c) => c) || merged.size) rows.push({ row: number, cells, merged });
  });
  if (!rows.some((r) => r.cells.some((c) => c))) throw new ParseError(`worksheet '${sheet.name}' is empty`, { file });
  return { rows };
}

/** The first row (of the first few) that holds the name column; else the first row, for the error message. */
function findHeader(table: Table, column: string): Table["rows"][number] {
  const wanted = column.trim().toLowerCase();
  const head = table.rows.slice(0, HEADER_SEARCH);
  return head.find((r) => r.cells.some((c) => c?.trim().toLowerCase() === wanted)) ?? (table.rows[0] as Table["rows"][number]);
}

function columnIndex(header: string[], name: string, file: string, what: string, line: number): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const folded = header.findIndex((h) => h.toLowerCase() === name.trim().toLowerCase());
  if (folded >= 0) return folded;
  const known =
    header
      .filter(Boolean)
      .map((h) => `'${h}'`)
      .join(", ") || "(no headers)";
  throw new ParseError(`no ${what} column '${name}' in the header row (columns: ${known})`, { file, line, field: name });
}

export async function readBatchInput(path: string, options: BatchInputOptions): Promise<BatchInput> {
  const file = basename(path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (e) {
    throw new ValidationError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { cause: e });
  }
  if (size > MAX_INPUT_BYTES) throw new ParseError(`file larger than ${MAX_INPUT_BYTES} bytes`, { file });
  const ext = extname(path).toLowerCase();
  let table: Table;
  let format: "csv" | "xlsx";
  if (ext === ".xlsx") {
    format = "xlsx";
    table = await readXlsxTable(path, file, options.sheet);
  } else if (ext === ".csv" || ext === ".tsv" || ext === ".txt") {
    format = "csv";
    table = readCsvTable(await readFile(path), file, options.column);
  } else {
    throw new ValidationError(`unsupported input '${file}': use a .csv or .xlsx file`);
  }
  const headerRow = findHeader(table, options.column);
  const header = Array.from(headerRow.cells, (c) => (c ?? "").trim());
  const nameAt = columnIndex(header, options.column, file, "name", headerRow.row);
  const countryAt = options.countryColumn ? columnIndex(header, options.countryColumn, file, "country", headerRow.row) : -1;
  const dobAt = options.dobColumn ? columnIndex(header, options.dobColumn, file, "birth-date", headerRow.row) : -1;
  const dataRows = table.rows.length - table.rows.filter((r) => r.row <= headerRow.row).length;
  if (dataRows > MAX_BATCH_ROWS)
    throw new ParseError(
      `${dataRows} rows after the header, more than the ${MAX_BATCH_ROWS} one batch screens; split the file into parts of at most ${MAX_BATCH_ROWS} rows`,
      { file },
    );
  const rows: BatchRow[] = [];
  const bad: BadRow[] = [];
  const warnings: BadRow[] = [];
  for (const r of table.rows) {
    if (r.row <= headerRow.row) continue;
    const master = r.merged.get(nameAt);
    if (master) {
      bad.push({ row: r.row, reason: `name cell is part of a merged range (its value is in ${master})` });
      continue;
    }
    const name = (r.cells[nameAt] ?? "").trim();
    if (!name) {
      if (r.cells.some((c) => c?.trim())) bad.push({ row: r.row, reason: `empty name in column '${header[nameAt]}'` });
      continue;
    }
    const row: BatchRow = { row: r.row, name };
    const country = countryAt >= 0 ? r.cells[countryAt]?.trim() : undefined;
    if (country) row.country = country;
    const dob = dobAt >= 0 ? r.cells[dobAt]?.trim() : undefined;
    if (dob) {
      const iso = parseBirthDate(dob);
      if (iso) row.birthDate = iso;
      else warnings.push({ row: r.row, reason: `birth date '${dob.slice(0, 40)}' is not a date (use YYYY-MM-DD); screened without it` });
    }
    rows.push(row);
  }
  return { file, format, rows, bad, warnings };
}
