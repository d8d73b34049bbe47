/**
 * Mirror gap: what an exporter says it sent a partner against what the partner says it received.
 * Imports are valued CIF and exports FOB, so a ratio a little above 1 is normal; a large gap (or
 * exports the partner never records) is what analysts look for.
 */
import type { FlowRow } from "../../store/trade-store.js";
import type { HsSelection } from "./hs-selection.js";
import { atFrequency, type Frequency, routeValues } from "./route.js";
import { prepare } from "./rows.js";

export interface MirrorQuery {
  exporter: string;
  importer: string;
  hs: HsSelection;
  freq: Frequency;
  from?: string;
  to?: string;
  currency?: string;
}

export interface MirrorRow {
  period: string;
  /** Exporter-reported exports to the importer. */
  exports: number | null;
  /** Importer-reported imports from the exporter. */
  imports: number | null;
  /** imports − exports. */
  gap: number | null;
  /** imports / exports. */
  ratio: number | null;
  months?: { exports?: number; imports?: number };
}

export interface MirrorResult {
  exporter: string;
  importer: string;
  currency: string;
  hs: string;
  rows: MirrorRow[];
  notes: string[];
}

export function mirror(rows: readonly FlowRow[], q: MirrorQuery): MirrorResult {
  const base = prepare(rows, q.currency);
  const ex = routeValues(base.rows, { reporter: q.exporter, partner: q.importer, flow: "export" }, q.hs);
  const im = routeValues(base.rows, { reporter: q.importer, partner: q.exporter, flow: "import" }, q.hs);
  const notes = [...new Set([...base.notes, ...ex.notes, ...im.notes])];
  const periods = [...ex.values.keys(), ...im.values.keys()].filter((p) => q.freq === "year" || p.length === 7).sort();
  const from = q.from ?? periods[0];
  const to = q.to ?? periods[periods.length - 1];
  const exp = atFrequency(ex.values, q.freq, from, to);
  const imp = new Map(atFrequency(im.values, q.freq, from, to).map((p) => [p.period, p]));
  const out = exp.map((e): MirrorRow => {
    const i = imp.get(e.period);
    const exports = e.value;
    const imports = i?.value ?? null;
    const row: MirrorRow = {
      period: e.period,
      exports,
      imports,
      gap: exports !== null && imports !== null ? imports - exports : null,
      ratio: exports && imports !== null ? imports / exports : null,
    };
    const months = { ...(e.months !== undefined ? { exports: e.months } : {}), ...(i?.months !== undefined ? { imports: i.months } : {}) };
    if (Object.keys(months).length) row.months = months;
    return row;
  });
  if (!ex.values.size) notes.push(`no exports reported by ${q.exporter} to ${q.importer}`);
  if (!im.values.size) notes.push(`no imports reported by ${q.importer} from ${q.exporter}`);
  return { exporter: q.exporter, importer: q.importer, currency: base.currency, hs: q.hs.label, rows: out, notes };
}
