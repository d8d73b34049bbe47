/**
 * Re-export ratio of an intermediary: what it sends on to a destination against what it takes in
 * from sources, e.g. Kyrgyzstan's exports to Russia against its imports from the EU27.
 * Each side is read from the intermediary's own statistics when it has them for the period, else
 * from the mirror (the sources' exports to it, the destination's imports from it); the basis used is
 * given per period.
 */
import type { FlowRow } from "../../store/trade-store.js";
import type { HsSelection } from "./hs-selection.js";
import { atFrequency, type Frequency, type PeriodValue, routeValues } from "./route.js";
import { prepare } from "./rows.js";

export interface ReexportQuery {
  intermediary: string;
  sources: string[];
  destination: string;
  hs: HsSelection;
  freq: Frequency;
  from?: string;
  to?: string;
  currency?: string;
}

export interface ReexportRow {
  period: string;
  inflow: number | null;
  inflowBasis: "reported" | "mirror" | null;
  outflow: number | null;
  outflowBasis: "reported" | "mirror" | null;
  /** outflow / inflow. */
  ratio: number | null;
  /** Years summed from fewer than 12 months, per side. */
  months?: { inflow?: number; outflow?: number };
}

export interface ReexportResult {
  intermediary: string;
  sources: string[];
  destination: string;
  currency: string;
  hs: string;
  rows: ReexportRow[];
  notes: string[];
}

type Side = { reported: PeriodValue[]; mirror: PeriodValue[] };

function pick(side: Side, i: number): { value: number | null; basis: "reported" | "mirror" | null; months?: number } {
  for (const basis of ["reported", "mirror"] as const) {
    const p = side[basis][i];
    if (p && p.value !== null)
      return p.months !== undefined && p.months < 12 ? { value: p.value, basis, months: p.months } : { value: p.value, basis };
  }
  return { value: null, basis: null };
}

export function reexport(rows: readonly FlowRow[], q: ReexportQuery): ReexportResult {
  const base = prepare(rows, q.currency);
  const notes = new Set(base.notes);
  const collect = (route: { reporter: string; partner: string; flow: "export" | "import" }) => {
    const r = routeValues(base.rows, route, q.hs);
    for (const n of r.notes) notes.add(n);
    return r.values;
  };
  /** Sum of several routes' values by period; a period counts when any route has it. */
  const sum = (maps: Map<string, number>[]) => {
    const out = new Map<string, number>();
    for (const m of maps) for (const [k, v] of m) out.set(k, (out.get(k) ?? 0) + v);
    return out;
  };
  const inReported = sum(q.sources.map((s) => collect({ reporter: q.intermediary, partner: s, flow: "import" })));
  const inMirror = sum(q.sources.map((s) => collect({ reporter: s, partner: q.intermediary, flow: "export" })));
  const outReported = collect({ reporter: q.intermediary, partner: q.destination, flow: "export" });
  const outMirror = collect({ reporter: q.destination, partner: q.intermediary, flow: "import" });
  const all = [inReported, inMirror, outReported, outMirror].flatMap((m) => [...m.keys()]);
  const periods = all.filter((p) => q.freq === "year" || p.length === 7).sort();
  const from = q.from ?? periods[0];
  const to = q.to ?? periods[periods.length - 1];
  const at = (m: Map<string, number>) => atFrequency(m, q.freq, from, to);
  const inflow: Side = { reported: at(inReported), mirror: at(inMirror) };
  const outflow: Side = { reported: at(outReported), mirror: at(outMirror) };
  const out = inflow.reported.map((p, i): ReexportRow => {
    const a = pick(inflow, i);
    const b = pick(outflow, i);
    const row: ReexportRow = {
      period: p.period,
      inflow: a.value,
      inflowBasis: a.basis,
      outflow: b.value,
      outflowBasis: b.basis,
      ratio: a.value && b.value !== null ? b.value / a.value : null,
    };
    if (a.months !== undefined || b.months !== undefined) {
      row.months = { ...(a.months !== undefined ? { inflow: a.months } : {}), ...(b.months !== undefined ? { outflow: b.months } : {}) };
    }
    return row;
  });
  if (q.sources.length > 1) notes.add("a period's inflow sums the sources that have data for it");
  return {
    intermediary: q.intermediary,
    sources: q.sources,
    destination: q.destination,
    currency: base.currency,
    hs: q.hs.label,
    rows: out,
    notes: [...notes],
  };
}
