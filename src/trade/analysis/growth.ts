/**
 * Growth against a baseline: for each partner, the value of a period (a year, or a month) against
 * the mean of the same period over baseline years, e.g. EU27 exports to Kyrgyzstan in 2023 against
 * the 2019–2021 mean. A month is compared with the same calendar month of the baseline years.
 */
import { ValidationError } from "../../errors.js";
import type { FlowDirection, FlowRow } from "../../store/trade-store.js";
import type { HsSelection } from "./hs-selection.js";
import { type PeriodValue, routeValues, yearValue } from "./route.js";
import { prepare } from "./rows.js";

export interface GrowthQuery {
  reporter: string;
  partners: string[];
  flow: FlowDirection;
  /** "2023" or "2023-06". */
  period: string;
  /** First and last baseline year, inclusive. */
  baseline: { from: string; to: string };
  hs: HsSelection;
  currency?: string;
}

export interface GrowthRow {
  reporter: string;
  partner: string;
  period: string;
  value: number | null;
  baselineMean: number | null;
  baseline: PeriodValue[];
  /** value / baselineMean − 1; null when either is missing or the baseline is zero. */
  growth: number | null;
  notes: string[];
}

export interface GrowthResult {
  currency: string;
  hs: string;
  flow: FlowDirection;
  rows: GrowthRow[];
  notes: string[];
}

/** "2019-2021" or "2019–2021" or "2019" → years. */
export function parseBaseline(text: string): { from: string; to: string } {
  const m = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/.exec(text.trim());
  if (!m?.[1] || (m[2] && m[2] < m[1])) throw new ValidationError(`baseline must be YYYY or YYYY-YYYY, e.g. 2019-2021 (got '${text}')`);
  return { from: m[1], to: m[2] ?? m[1] };
}

function valueAt(values: Map<string, number>, period: string): PeriodValue {
  if (period.length === 4) return yearValue(values, period);
  const v = values.get(period);
  return { period, value: v ?? null };
}

export function growth(rows: readonly FlowRow[], q: GrowthQuery): GrowthResult {
  if (!/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(q.period)) throw new ValidationError(`period must be YYYY or YYYY-MM (got '${q.period}')`);
  const base = prepare(rows, q.currency);
  const notes = new Set(base.notes);
  const monthPart = q.period.length === 7 ? q.period.slice(4) : "";
  const out: GrowthRow[] = q.partners.map((partner) => {
    const r = routeValues(base.rows, { reporter: q.reporter, partner, flow: q.flow }, q.hs);
    for (const n of r.notes) notes.add(n);
    const rowNotes: string[] = [];
    const current = valueAt(r.values, q.period);
    const baseline: PeriodValue[] = [];
    for (let y = Number(q.baseline.from); y <= Number(q.baseline.to); y++) baseline.push(valueAt(r.values, `${y}${monthPart}`));
    const present = baseline.filter((b) => b.value !== null);
    const missing = baseline.filter((b) => b.value === null).map((b) => b.period);
    if (missing.length) rowNotes.push(`no data for baseline period(s) ${missing.join(", ")}: mean of the others`);
    for (const p of [current, ...baseline]) {
      if (p.months !== undefined && p.months < 12) rowNotes.push(`${p.period} sums only ${p.months} month(s)`);
    }
    const mean = present.length ? present.reduce((s, b) => s + (b.value ?? 0), 0) / present.length : null;
    let g: number | null = null;
    if (current.value === null) rowNotes.push(`no data for ${q.period}`);
    else if (mean === null) rowNotes.push("no baseline data");
    else if (mean === 0) rowNotes.push("baseline is zero: growth is undefined");
    else g = current.value / mean - 1;
    return {
      reporter: q.reporter,
      partner,
      period: q.period,
      value: current.value,
      baselineMean: mean,
      baseline,
      growth: g,
      notes: rowNotes,
    };
  });
  return { currency: base.currency, hs: q.hs.label, flow: q.flow, rows: out, notes: [...notes] };
}
