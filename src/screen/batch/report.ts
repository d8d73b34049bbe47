/** Batch reports: one line per match (or per row without a match, or per row not screened) as CSV, XLSX or JSON. */
import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { ValidationError } from "../../errors.js";
import type { BadRow } from "./input.js";
import type { BatchResult } from "./run.js";

export interface ReportData {
  /** The input file's name. */
  file: string;
  algorithm: string;
  threshold: number;
  results: BatchResult[];
  bad: BadRow[];
  warnings: BadRow[];
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

/** Every line of the report, in row order: matches best first, then rows without, then rows not screened. */
export function reportLines(data: ReportData): ReportLine[] {
  const lines: { row: number; order: number; line: ReportLine }[] = [];
  const blank = (): ReportLine => Object.fromEntries(REPORT_COLUMNS.map((c) => [c, ""])) as ReportLine;
  const warned = new Map(data.warnings.map((w) => [w.row, w.reason]));
  for (const r of data.results) {
    const base = {
      ...blank(),
      row: r.row,
      query: r.query,
      country: r.country ?? "",
      birth_date: r.birthDate ?? "",
      note: warned.get(r.row) ?? "",
    };
    if (!r.matches.length) lines.push({ row: r.row, order: 0, line: { ...base, status: "no match" } });
    r.matches.forEach((m, k) => {
      lines.push({
        row: r.row,
        order: k,
        line: {
          ...base,
          status: "match",
          rank: k + 1,
          score: m.score,
          id: m.id,
          source: m.source,
          record_id: m.recordId,
          schema: m.schema,
          name: m.name,
          matched_name: m.matchedName,
          algorithm: m.algorithm,
          how: howSummary(m.explanation),
          explanation: JSON.stringify(m.explanation),
        },
      });
    });
  }
  for (const b of data.bad) lines.push({ row: b.row, order: 0, line: { ...blank(), row: b.row, status: "not screened", note: b.reason } });
  return lines.sort((a, b) => a.row - b.row || a.order - b.order).map((l) => l.line);
}

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function safeCell(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function reportCsv(data: ReportData): string {
  const lines = reportLines(data).map((l) => REPORT_COLUMNS.map((c) => safeCell(l[c])));
  return `${Papa.unparse({ fields: [...REPORT_COLUMNS], data: lines })}\n`;
}

export function reportJson(data: ReportData): string {
  const withMatches = data.results.filter((r) => r.matches.length).length;
  const doc = {
    file: data.file,
    algorithm: data.algorithm,
    threshold: data.threshold,
    screened: data.results.length,
    withMatches,
    notScreened: data.bad,
    warnings: data.warnings,
    results: data.results,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export async function reportXlsx(data: ReportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Results");
  sheet.columns = REPORT_COLUMNS.map((c) => ({ header: c, key: c, width: c === "explanation" ? 60 : c === "how" ? 40 : 18 }));
  for (const line of reportLines(data)) sheet.addRow(line);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const summary = workbook.addWorksheet("Summary");
  summary.addRows([
    ["file", data.file],
    ["algorithm", data.algorithm],
    ["threshold", data.threshold],
    ["rows screened", data.results.length],
    ["rows with matches", data.results.filter((r) => r.matches.length).length],
    ["rows not screened", data.bad.length],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type ReportFormat = "csv" | "xlsx" | "json";

export function reportFormat(path: string): ReportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".xlsx") return "xlsx";
  if (ext === ".json") return "json";
  throw new ValidationError(`unsupported report '${path}': use .csv, .xlsx or .json`);
}

export async function writeReport(path: string, data: ReportData): Promise<void> {
  const format = reportFormat(path);
  const body = format === "csv" ? reportCsv(data) : format === "json" ? reportJson(data) : await reportXlsx(data);
  await writeFile(path, body);
}
