import type { CustomsRecord } from "../../store/trade-store.js";
import { chplOf, type FlagRule, type RedFlag, ref } from "./types.js";

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * A record whose unit price (value / quantity) is `priceFactor` times above or below the median of
 * its HS-6 code in the same unit and currency: under-valuation hides controlled goods, over-
 * valuation moves money. The median needs `priceMinRecords` records with a quantity.
 */
export const unitPriceOutlier: FlagRule = {
  id: "unit-price-outlier",
  description: "unit price far from the median of its HS code (same unit and currency)",
  run(records, options) {
    const groups = new Map<string, CustomsRecord[]>();
    for (const r of records) {
      if (!r.quantity || r.quantity <= 0 || r.value < 0) continue;
      const k = `${r.hs.slice(0, 6)}|${(r.unit ?? "").toLowerCase()}|${r.currency}`;
      let g = groups.get(k);
      if (!g) {
        g = [];
        groups.set(k, g);
      }
      g.push(r);
    }
    const flags: RedFlag[] = [];
    for (const [k, group] of groups) {
      if (group.length < options.priceMinRecords) continue;
      const prices = group.map((r) => r.value / (r.quantity as number)).sort((a, b) => a - b);
      const med = median(prices);
      if (med <= 0) continue;
      const [hs6, unit, currency] = k.split("|");
      for (const r of group) {
        const price = r.value / (r.quantity as number);
        const ratio = price / med;
        if (ratio < options.priceFactor && ratio > 1 / options.priceFactor) continue;
        const firm = r[options.party] ?? undefined;
        const flag: RedFlag = {
          rule: "unit-price-outlier",
          summary: `${r.date} ${r.hs}: ${price.toPrecision(4)} ${currency}/${unit || "unit"} is ${ratio >= 1 ? `${ratio.toFixed(1)}× above` : `${(1 / ratio).toFixed(1)}× below`} the median ${med.toPrecision(4)} of ${group.length} record(s)`,
          records: [ref(r)],
          evidence: {
            hs6,
            unit: unit || null,
            currency,
            unitPrice: price,
            median: med,
            ratio,
            records: group.length,
            chpl: chplOf(r)?.entry.tier ?? null,
          },
        };
        if (firm) flag.firm = firm;
        flags.push(flag);
      }
    }
    return flags;
  },
};
