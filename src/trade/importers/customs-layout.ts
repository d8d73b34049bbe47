/**
 * chokepoint's customs CSV layout (docs/trade.md, "Customs layout"): the column names, the header
 * check with a column mapping, dates as customs write them, and the delimiter guess.
 */
import type { FlowDirection } from "../../store/trade-store.js";
import { fail, indexHeader, type Where } from "./common.js";
import type { TradeFile, TradeImportOptions } from "./types.js";

export const CUSTOMS_FIELDS = [
  "declaration_id",
  "date",
  "flow",
  "reporter",
  "declarant",
  "consignor",
  "consignee",
  "consignor_country",
  "consignee_country",
  "origin_country",
  "dispatch_country",
  "destination_country",
  "hs_code",
  "hs_version",
  "description",
  "value",
  "currency",
  "quantity",
  "unit",
] as const;
export type Field = (typeof CUSTOMS_FIELDS)[number];

export const REQUIRED: Field[] = ["date", "hs_code", "value"];

export const FLOW_WORDS = new Map<string, FlowDirection>([
  ...["export", "exp", "ex", "e", "x"].map((w) => [w, "export"] as const),
  ...["import", "imp", "im", "i", "m"].map((w) => [w, "import"] as const),
]);

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by `n` digits of `s` from `at`, or -1 when one is not a digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD → YYYY-MM-DD; undefined when not a real calendar date. */
export function parseCustomsDate(s: string): string | undefined {
  let year: number;
  let month: number;
  let day: number;
  if (s.length === 10 && s[4] === "-" && s[7] === "-") {
    year = digits(s, 0, 4);
    month = digits(s, 5, 2);
    day = digits(s, 8, 2);
  } else if (s.length === 10 && s[2] === "." && s[5] === ".") {
    year = digits(s, 6, 4);
    month = digits(s, 3, 2);
    day = digits(s, 0, 2);
  } else if (s.length === 8) {
    year = digits(s, 0, 4);
    month = digits(s, 4, 2);
    day = digits(s, 6, 2);
  } else return undefined;
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : (DAYS[month - 1] as number))) return undefined;
  if (s[4] === "-") return s;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function sniffDelimiter(headerLine: string): string {
  const counts = [",", ";", "\t", "|"].map((d) => [d, headerLine.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]?.[0] ?? ",";
}

export async function firstLine(file: TradeFile): Promise<string> {
  for await (const chunk of file.open()) return String(chunk).split("\n", 1)[0] ?? "";
  return "";
}

/** Layout field → its position in CUSTOMS_FIELDS, for index arrays. */
export const F = Object.fromEntries(CUSTOMS_FIELDS.map((f, i) => [f, i])) as Record<Field, number>;

/** Column positions by layout field (-1 when absent), after checking the header. */
export function headerIndex(fields: string[], columnOf: (f: Field) => string, where: Where, options: TradeImportOptions): number[] {
  const header = fields.map((h) => h.trim());
  const required = REQUIRED.map(columnOf);
  const optional = CUSTOMS_FIELDS.filter((f) => !REQUIRED.includes(f)).map(columnOf);
  const col = indexHeader(header, { required, optional }, where, options);
  const idx = CUSTOMS_FIELDS.map((f) => col.get(columnOf(f)) ?? -1);
  if (idx[F.flow] === -1 && !options.flow)
    fail(where, 1, columnOf("flow"), "no flow column: give the file's flow with --flow export|import");
  if (idx[F.currency] === -1 && !options.currency) fail(where, 1, columnOf("currency"), "no currency column: give it with --currency");
  return idx;
}
