/**
 * Customs value by month x partner x CHPL tier, from the store's rollup (month x flow x reporter x
 * partner x tier, summed at import). Codes that only partly became CHPL codes count as "none"
 * unless asked for. Goods outside the CHPL are "none".
 */
import type { CustomsRollupRow, FlowDirection } from "../../store/trade-store.js";

export interface TierRow {
  month: string;
  flow: FlowDirection;
  partner: string | null;
  tier: string;
  currency: string;
  value: number;
  records: number;
}

export function aggregateByTier(rows: readonly CustomsRollupRow[], options: { includePartial?: boolean } = {}): TierRow[] {
  const out = new Map<string, TierRow>();
  for (const r of rows) {
    const tier = r.partial && !options.includePartial ? "none" : r.tier;
    const k = `${r.month}|${r.flow}|${r.partner}|${tier}|${r.currency}`;
    const t = out.get(k);
    if (t) {
      t.value += r.value;
      t.records += r.records;
    } else out.set(k, { month: r.month, flow: r.flow, partner: r.partner, tier, currency: r.currency, value: r.value, records: r.records });
  }
  return [...out.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || (a.partner ?? "").localeCompare(b.partner ?? "") || a.tier.localeCompare(b.tier),
  );
}
