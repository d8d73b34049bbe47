/**
 * Batch reports: one line per match (or per row without a match, or per row not screened) as CSV, XLSX or JSON.
 * A match is a target: `id` is the target id, `source` and `record_id` the listing whose name matched,
 * `listings` every listing of the target ("us_ofac_sdn:17018; us_ofac_cons:17018; …") and `lists` their lists.
 */
import { once } from "node:events";
import { createWriteStream, unlinkSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { ValidationError } from "../../errors.js";
import type { BadRow } from "./input.js";
import type { BatchResult } from "./run.js";

/** A list release the run screened against: what an auditor needs to say which data gave the result. */
export interface ReportRelease {
  source: string;
  id: number;
  releaseDate: string;
  /** sha256 over the sorted file hashes (Release.contentHash). */
  contentHash: string;
  files: { name: string; sha256: string }[];
}

export interface ReportData {
  /** The input file's name. */
  file: string;
  algorithm: string;
  threshold: number;
  results: BatchResult[];
  bad: BadRow[];
  warnings: BadRow[];
  /** The releases screened against, one per list. */
  releases?: ReportRelease[];
  /** When the run started (ISO 8601, UTC). */
  ranAt?: string;
}

export const REPORT_COLUMNS = [
  "row",
  "query",
  "country",
  "birth_date",
  "status",
  "rank",
  "score",
  "id",
  "source",
  "record_id",
  "listings",
  "lists",
  "schema",
  "name",
  "matched_name",
  "algorithm",
  "how",
  "note",
  "explanation",
] as const;

type ReportLine = Record<(typeof REPORT_COLUMNS)[number], string | number>;

interface PairLike {
  query?: string;
  candidate?: string;
  how?: string;
}

/** "putin=putin exact; vladimir=vladimir exact" from an explanation's pairs. */
export function howSummary(explanation: Record<string, unknown>): string {
  const pairs = (explanation.pairs ?? []) as PairLike[];
  return pairs.map((p) => `${p.query}${p.query === p.candidate ? "" : `~${p.candidate}`} ${p.how}`).join("; ");
}

/**
 * Every line of the report, in row order: matches best first, then rows without, then rows not
 * screened. Made one row at a time, so that a large report is written without holding all its lines.
 */
export function* reportLines(data: ReportData): Generator<ReportLine> {
  const blank = (): ReportLine => Object.fromEntries(REPORT_COLUMNS.map((c) => [c, ""])) as ReportLine;
  const warned = new Map(data.warnings.map((w) => [w.row, w.reason]));
  const results = [...data.results].sort((a, b) => a.row - b.row);
  const bad = [...data.bad].sort((a, b) => a.row - b.row);
  let b = 0;
  const badUpTo = function* (row: number): Generator<ReportLine> {
    for (; b < bad.length && (bad[b] as BadRow).row <= row; b++) {
      const r = bad[b] as BadRow;
      yield { ...blank(), row: r.row, status: "not screened", note: r.reason };
    }
  };
  for (const r of results) {
    yield* badUpTo(r.row - 1);
    const base = {
      ...blank(),
      row: r.row,
      query: r.query,
      country: r.country ?? "",
      birth_date: r.birthDate ?? "",
      note: warned.get(r.row) ?? "",
    };
    if (!r.matches.length) yield { ...base, status: "no match" };
    for (const [k, m] of r.matches.entries()) {
      yield {
        ...base,
        status: "match",
        rank: k + 1,
        score: m.score,
        id: m.id,
        source: m.source,
        record_id: m.recordId,
        listings: m.listings.map((l) => l.id).join("; "),
        lists: [...new Set(m.listings.flatMap((l) => l.lists))].join("; "),
        schema: m.schema,
        name: m.name,
        matched_name: m.matchedName,
        algorithm: m.algorithm,
        how: howSummary(m.explanation),
        explanation: JSON.stringify(m.explanation),
      };
    }
    yield* badUpTo(r.row);
  }
  yield* badUpTo(Number.POSITIVE_INFINITY);
}

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function safeCell(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const csvRow = (line: ReportLine): string => Papa.unparse([REPORT_COLUMNS.map((c) => safeCell(line[c]))], { header: false });

/** The report as CSV, in pieces of about 1,000 lines (the header first). */
function* csvChunks(data: ReportData): Generator<string> {
  let chunk = `${Papa.unparse([[...REPORT_COLUMNS]])}\r\n`;
  let n = 0;
  for (const line of reportLines(data)) {
    chunk += `${csvRow(line)}\r\n`;
    if (++n % 1000 === 0) {
      yield chunk;
      chunk = "";
    }
  }
  yield chunk;
}

export function reportCsv(data: ReportData): string {
  return [...csvChunks(data)].join("");
}

export function reportJson(data: ReportData): string {
  const withMatches = data.results.filter((r) => r.matches.length).length;
  const doc = {
    file: data.file,
    ...(data.ranAt ? { ranAt: data.ranAt } : {}),
    algorithm: data.algorithm,
    threshold: data.threshold,
    ...(data.releases ? { releases: data.releases } : {}),
    screened: data.results.length,
    withMatches,
    notScreened: data.bad,
    warnings: data.warnings,
    results: data.results,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * The Summary sheet: the run's figures, then (after a blank row) one line per file of each list
 * release screened against, with the release's content hash and the file's SHA-256.
 */
function summaryRows(data: ReportData): (string | number)[][] {
  const rows: (string | number)[][] = [
    ["file", data.file],
    ["algorithm", data.algorithm],
    ["threshold", data.threshold],
    ["rows screened", data.results.length],
    ["rows with matches", data.results.filter((r) => r.matches.length).length],
    ["rows not screened", data.bad.length],
    ["run at (UTC)", data.ranAt ?? ""],
  ];
  if (data.releases?.length) {
    rows.push([], ["list", "release id", "release date", "release SHA-256", "file", "file SHA-256"]);
    for (const r of data.releases) {
      const files = r.files.length ? r.files : [{ name: "", sha256: "" }];
      for (const f of files) rows.push([r.source, r.id, r.releaseDate, r.contentHash, f.name, f.sha256]);
    }
  }
  return rows;
}

const xlsxColumns = () => REPORT_COLUMNS.map((c) => ({ header: c, key: c, width: c === "explanation" ? 60 : c === "how" ? 40 : 18 }));

export async function reportXlsx(data: ReportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Results", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = xlsxColumns();
  for (const line of reportLines(data)) sheet.addRow(line);
  sheet.getRow(1).font = { bold: true };
  workbook.addWorksheet("Summary").addRows(summaryRows(data));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Writes the XLSX report row by row to the file (exceljs' streaming writer): memory stays flat. */
async function writeXlsx(path: string, data: ReportData): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  const sheet = workbook.addWorksheet("Results", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = xlsxColumns();
  sheet.getRow(1).font = { bold: true };
  for (const line of reportLines(data)) sheet.addRow(line).commit();
  sheet.commit();
  const summary = workbook.addWorksheet("Summary");
  for (const row of summaryRows(data)) summary.addRow(row).commit();
  summary.commit();
  await workbook.commit();
}

export type ReportFormat = "csv" | "xlsx" | "json";

export function reportFormat(path: string): ReportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".json") return "json";
  throw new ValidationError(`unsupported report '${path}': use .csv, .xlsx or .json`);
}

/**
 * Writes the report to `path` in the format its extension names, streaming CSV and XLSX. The bytes go
 * to a temporary file beside it (".name.partial-PID"), renamed to `path` only when complete: a
 * report that exists is whole. On failure, or on SIGTERM/SIGINT/SIGHUP while writing, the temporary
 * file is removed (and the signal then takes its usual course).
 */
export async function writeReport(path: string, data: ReportData): Promise<void> {
  const format = reportFormat(path);
  const temp = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  const removeTemp = () => {
    try {
      unlinkSync(temp);
    } catch {
      // not created yet, or already gone
    }
  };
  const signals: NodeJS.Signals[] = ["SIGTERM", "SIGINT", "SIGHUP"];
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    for (const s of signals) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of signals) process.once(s, onSignal);
  try {
    await writeReportTo(temp, format, data);
    await rename(temp, path);
  } catch (error) {
    removeTemp();
    throw error;
  } finally {
    for (const s of signals) process.removeListener(s, onSignal);
  }
}

async function writeReportTo(path: string, format: ReportFormat, data: ReportData): Promise<void> {
  if (format === "xlsx") return writeXlsx(path, data);
  if (format === "json") return writeFile(path, reportJson(data));
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  for (const chunk of csvChunks(data)) if (!out.write(chunk)) await once(out, "drain");
  out.end();
  await done;
}
