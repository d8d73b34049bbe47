/**
 * A route before and after a date (a designation, a sanctions package): mean monthly value over a
 * window of months before the date's month and the same window after it. The month holding the
 * date is left out (it is part before, part after). With annual data only, whole years are compared.
 */
import { ValidationError } from "../../errors.js";
import type { FlowDirection, FlowRow } from "../../store/trade-store.js";
import type { HsSelection } from "./hs-selection.js";
import { atFrequency, type PeriodValue, routeValues } from "./route.js";
import { prepare } from "./rows.js";

export interface BeforeAfterQuery {
  reporter: string;
  partner: string;
  flow: FlowDirection;
  hs: HsSelection;
  /** YYYY-MM-DD. */
  date: string;
  /** Months on each side (default 12). */
  window?: number;
  currency?: string;
}

export interface Window {
  from: string;
  to: string;
  periods: number;
  withData: number;
  total: number;
  /** Mean per period with data (month, or year with annual data). */
  mean: number | null;
}

export interface BeforeAfterResult {
  reporter: string;
  partner: string;
  flow: FlowDirection;
  date: string;
  unit: "month" | "year";
  currency: string;
  hs: string;
  before: Window;
  after: Window;
  /** after.mean / before.mean − 1. */
  change: number | null;
  points: PeriodValue[];
  notes: string[];
}

function windowOf(points: PeriodValue[], from: string, to: string): Window {
  const inside = points.filter((p) => p.period >= from && p.period <= to);
  const withData = inside.filter((p) => p.value !== null);
  const total = withData.reduce((s, p) => s + (p.value ?? 0), 0);
  return { from, to, periods: inside.length, withData: withData.length, total, mean: withData.length ? total / withData.length : null };
}

const shiftMonth = (m: string, by: number) => {
  const n = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + by;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
};

export function beforeAfter(rows: readonly FlowRow[], q: BeforeAfterQuery): BeforeAfterResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(q.date)) throw new ValidationError(`date must be YYYY-MM-DD (got '${q.date}')`);
  const window = q.window ?? 12;
  if (!Number.isInteger(window) || window < 1) throw new ValidationError(`window must be a whole number of months ≥ 1 (got ${q.window})`);
  const base = prepare(rows, q.currency);
  const r = routeValues(base.rows, { reporter: q.reporter, partner: q.partner, flow: q.flow }, q.hs);
  const notes = [...new Set([...base.notes, ...r.notes])];
  const monthly = [...r.values.keys()].some((p) => p.length === 7);
  let before: Window;
  let after: Window;
  let points: PeriodValue[];
  let unit: "month" | "year";
  if (monthly) {
    unit = "month";
    const m0 = q.date.slice(0, 7);
    points = atFrequency(r.values, "month", shiftMonth(m0, -window), shiftMonth(m0, window));
    before = windowOf(points, shiftMonth(m0, -window), shiftMonth(m0, -1));
    after = windowOf(points, shiftMonth(m0, 1), shiftMonth(m0, window));
    notes.push(`${m0} (the month of ${q.date}) is left out of both windows`);
    const months = [...r.values.keys()].filter((p) => p.length === 7).sort();
    if ((months[months.length - 1] ?? "") < after.to)
      notes.push(`the data end in ${months[months.length - 1]}, before the after window does`);
    if ((months[0] ?? "") > before.from) notes.push(`the data start in ${months[0]}, after the before window does`);
  } else {
    unit = "year";
    const years = Math.ceil(window / 12);
    const y0 = Number(q.date.slice(0, 4));
    points = atFrequency(r.values, "year", String(y0 - years), String(y0 + years));
    before = windowOf(points, String(y0 - years), String(y0 - 1));
    after = windowOf(points, String(y0 + 1), String(y0 + years));
    notes.push(`annual data only: ${years} whole year(s) on each side, ${y0} left out`);
  }
  for (const w of [before, after])
    if (w.withData < w.periods) notes.push(`${w.from}…${w.to}: ${w.periods - w.withData} period(s) without data`);
  const change = before.mean && after.mean !== null ? after.mean / before.mean - 1 : null;
  if (before.mean === 0) notes.push("nothing flowed before the date: change is undefined");
  return {
    reporter: q.reporter,
    partner: q.partner,
    flow: q.flow,
    date: q.date,
    unit,
    currency: base.currency,
    hs: q.hs.label,
    before,
    after,
    change,
    points,
    notes,
  };
}
