/**
 * Shares by origin of a destination's imports in a period ("89% of Russia's CHPL imports came from
 * China"). Basis "reported": the destination's own import statistics by partner; basis "mirror":
 * every other reporter's exports to the destination (for destinations that stopped publishing).
 */
import type { FlowRow } from "../../store/trade-store.js";
import { type HsSelection, selectHs } from "./hs-selection.js";
import { yearValue } from "./route.js";
import { countriesOnSide, prepare, rowsOfArea } from "./rows.js";

export interface SharesQuery {
  destination: string;
  /** "2023" or "2023-12". */
  period: string;
  hs: HsSelection;
  basis: "reported" | "mirror";
  currency?: string;
}

export interface ShareRow {
  origin: string;
  value: number;
  /** Of the total (the destination's WORLD row when it has one, else the sum of origins). */
  share: number;
  months?: number;
}

export interface SharesResult {
  destination: string;
  period: string;
  basis: "reported" | "mirror";
  currency: string;
  hs: string;
  total: number;
  /** "world row" or "sum of origins". */
  totalFrom: string;
  rows: ShareRow[];
  notes: string[];
}

function valueInPeriod(values: Map<string, number>, period: string): { value: number | null; months?: number } {
  if (period.length === 4) return yearValue(values, period);
  return { value: values.get(period) ?? null };
}

export function shares(rows: readonly FlowRow[], q: SharesQuery): SharesResult {
  const base = prepare(rows, q.currency);
  const notes = [...base.notes];
  const side = q.basis === "reported" ? "partner" : "reporter";
  const fixed = q.basis === "reported" ? "reporter" : "partner";
  const flow = q.basis === "reported" ? "import" : "export";
  const inPeriod = base.rows.filter((r) => r.flow === flow && r.period.startsWith(q.period));
  const route = rowsOfArea(inPeriod, fixed, q.destination);
  notes.push(...route.notes);
  const broken = countriesOnSide(route.rows, side);
  notes.push(...broken.notes);
  const selected = selectHs(broken.rows, q.hs);
  notes.push(...selected.notes);
  const byOrigin = new Map<string, Map<string, number>>();
  for (const v of selected.values) {
    const origin = v.row[side];
    if (origin === q.destination) continue;
    let m = byOrigin.get(origin);
    if (!m) {
      m = new Map();
      byOrigin.set(origin, m);
    }
    m.set(v.row.period, (m.get(v.row.period) ?? 0) + v.value);
  }
  const origins = [...byOrigin.entries()].flatMap(([origin, values]) => {
    const v = valueInPeriod(values, q.period);
    return v.value === null ? [] : [{ origin, value: v.value, ...(v.months !== undefined && v.months < 12 ? { months: v.months } : {}) }];
  });
  const sum = origins.reduce((s, o) => s + o.value, 0);
  let total = sum;
  let totalFrom = "sum of origins";
  if (q.basis === "reported") {
    const world = selectHs(
      route.rows.filter((r) => r.partner === "WORLD"),
      q.hs,
    ).values.reduce((m, v) => m.set(v.row.period, (m.get(v.row.period) ?? 0) + v.value), new Map<string, number>());
    const w = valueInPeriod(world, q.period).value;
    if (w !== null && w >= sum) {
      total = w;
      totalFrom = "world row";
      if (w > sum) notes.push(`${Math.round(((w - sum) / w) * 1000) / 10}% of the world total is not allocated to a country in the data`);
    }
  }
  const out = origins
    .map((o) => ({ ...o, share: total ? o.value / total : 0 }))
    .sort((a, b) => b.value - a.value || a.origin.localeCompare(b.origin));
  if (!out.length) notes.push(`no ${flow} rows for ${q.destination} in ${q.period} with ${q.hs.label}`);
  return {
    destination: q.destination,
    period: q.period,
    basis: q.basis,
    currency: base.currency,
    hs: q.hs.label,
    total,
    totalFrom,
    rows: out,
    notes,
  };
}
