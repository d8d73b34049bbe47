/**
 * Values of one route (reporter → partner, one flow, one HS selection) by period, and the same
 * values at monthly or yearly frequency. A year is its annual row when there is one, else the sum
 * of the months present (with the count of months, so a short year is never taken for a whole one).
 */
import type { FlowDirection, FlowRow } from "../../store/trade-store.js";
import { type HsSelection, selectHs } from "./hs-selection.js";
import { rowsOfArea, touching } from "./rows.js";

export type Frequency = "month" | "year";

export interface Route {
  reporter: string;
  partner: string;
  flow: FlowDirection;
}

export interface PeriodValue {
  period: string;
  /** null when the data holds nothing for the period. */
  value: number | null;
  /** For a year built from months: how many months it sums (absent when the year has its own row). */
  months?: number;
}

/** Route values by stored period ("2023" and "2023-01" may both appear), with notes on how they were read. */
export function routeValues(rows: readonly FlowRow[], route: Route, hs: HsSelection): { values: Map<string, number>; notes: string[] } {
  // Narrow to the partner first so that what is summed for an aggregate reporter is about this route only.
  const byFlow = touching(
    rows.filter((r) => r.flow === route.flow),
    "partner",
    route.partner,
  );
  const rep = rowsOfArea(byFlow, "reporter", route.reporter);
  const par = rowsOfArea(rep.rows, "partner", route.partner);
  const sel = selectHs(par.rows, hs);
  const values = new Map<string, number>();
  for (const v of sel.values) values.set(v.row.period, (values.get(v.row.period) ?? 0) + v.value);
  return { values, notes: [...rep.notes, ...par.notes, ...sel.notes] };
}

const monthsOf = (year: string) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);

function nextMonth(m: string): string {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
}

/** Every month from `from` to `to` (YYYY-MM), inclusive. */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
}

/** The value of one year: its own row, else the sum of its months (with their count). */
export function yearValue(values: Map<string, number>, year: string): PeriodValue {
  const own = values.get(year);
  if (own !== undefined) return { period: year, value: own };
  const months = monthsOf(year).filter((m) => values.has(m));
  if (!months.length) return { period: year, value: null };
  return { period: year, value: months.reduce((s, m) => s + (values.get(m) ?? 0), 0), months: months.length };
}

/**
 * Values at one frequency over a range (default: the span the data covers), gaps as null.
 * Monthly output needs monthly rows: annual rows cannot be split.
 */
export function atFrequency(values: Map<string, number>, freq: Frequency, from?: string, to?: string): PeriodValue[] {
  const periods = [...values.keys()];
  if (freq === "month") {
    const months = periods.filter((p) => p.length === 7).sort();
    const start = from ? (from.length === 4 ? `${from}-01` : from) : months[0];
    const end = to ? (to.length === 4 ? `${to}-12` : to) : months[months.length - 1];
    if (!start || !end) return [];
    return monthRange(start, end).map((m) => ({ period: m, value: values.get(m) ?? null }));
  }
  const years = [...new Set(periods.map((p) => p.slice(0, 4)))].sort();
  const start = Number(from?.slice(0, 4) ?? years[0]);
  const end = Number(to?.slice(0, 4) ?? years[years.length - 1]);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return [];
  const out: PeriodValue[] = [];
  for (let y = start; y <= end; y++) out.push(yearValue(values, String(y)));
  return out;
}
