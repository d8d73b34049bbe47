/** Series by month or year for routes (reporters x partners) and an HS selection. */
import type { FlowDirection, FlowRow } from "../../store/trade-store.js";
import type { HsSelection } from "./hs-selection.js";
import { atFrequency, type Frequency, type PeriodValue, routeValues } from "./route.js";
import { prepare } from "./rows.js";

export interface SeriesQuery {
  reporters: string[];
  partners: string[];
  /** "total" adds exports and imports (e.g. China–Russia trade). */
  flow: FlowDirection | "total";
  hs: HsSelection;
  freq: Frequency;
  from?: string;
  to?: string;
  currency?: string;
}

export interface Series {
  reporter: string;
  partner: string;
  flow: FlowDirection | "total";
  points: PeriodValue[];
}

export interface SeriesResult {
  currency: string;
  hs: string;
  freq: Frequency;
  series: Series[];
  notes: string[];
}

/** Adds two series point by point; a period missing on either side is missing in the sum. */
function addPoints(a: PeriodValue[], b: PeriodValue[]): PeriodValue[] {
  const other = new Map(b.map((p) => [p.period, p]));
  return a.map((p) => {
    const q = other.get(p.period);
    const value = p.value === null || !q || q.value === null ? null : p.value + q.value;
    const months = p.months ?? q?.months;
    return months === undefined ? { period: p.period, value } : { period: p.period, value, months };
  });
}

export function series(rows: readonly FlowRow[], q: SeriesQuery): SeriesResult {
  const base = prepare(rows, q.currency);
  const notes = new Set(base.notes);
  const out: Series[] = [];
  for (const reporter of q.reporters) {
    for (const partner of q.partners) {
      const flows: FlowDirection[] = q.flow === "total" ? ["export", "import"] : [q.flow];
      const parts = flows.map((flow) => {
        const r = routeValues(base.rows, { reporter, partner, flow }, q.hs);
        for (const n of r.notes) notes.add(n);
        return r.values;
      });
      // Both flows share one period range so that their points line up.
      const union = new Map<string, number>();
      for (const p of parts) for (const k of p.keys()) union.set(k, 0);
      const points = parts
        .map((p) => atFrequency(p, q.freq, q.from ?? firstOf(union, q.freq), q.to ?? lastOf(union, q.freq)))
        .reduce((a, b) => addPoints(a, b));
      if (points.some((p) => p.value === null)) notes.add(`${reporter} → ${partner}: periods without data are shown as empty (not zero)`);
      if (points.some((p) => p.months !== undefined && p.months < 12))
        notes.add(`${reporter} → ${partner}: some years are sums of fewer than 12 months (see "months")`);
      out.push({ reporter, partner, flow: q.flow, points });
    }
  }
  return { currency: base.currency, hs: q.hs.label, freq: q.freq, series: out, notes: [...notes] };
}

function firstOf(values: Map<string, number>, freq: Frequency): string | undefined {
  const ps = [...values.keys()].filter((p) => freq === "year" || p.length === 7).sort();
  return ps[0];
}

function lastOf(values: Map<string, number>, freq: Frequency): string | undefined {
  const ps = [...values.keys()].filter((p) => freq === "year" || p.length === 7).sort();
  return ps[ps.length - 1];
}
