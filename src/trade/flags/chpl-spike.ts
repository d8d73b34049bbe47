import type { CustomsRecord } from "../../store/trade-store.js";
import { byFirm, chplOf, type FlagRule, type RedFlag, ref } from "./types.js";

const MIN_HISTORY = 3;

function shift(month: string, by: number): string {
  const n = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

/**
 * A month in which a firm's CHPL value reaches `spikeFactor` times its mean over the previous
 * `spikeLookback` months. The window starts no earlier than the firm's first CHPL month (a firm
 * that began buying last month has no history to spike against: that case is `new-to-chpl` or
 * `new-importer-since-cutoff`); inside it, months without records count as zero; at least three
 * months of history are needed.
 */
export const chplSpike: FlagRule = {
  id: "chpl-spike",
  description: "monthly CHPL value far above the firm's own trailing mean",
  run(records, options) {
    const dataStart = records
      .reduce<string | undefined>((min, r) => (min === undefined || r.date < min ? r.date : min), undefined)
      ?.slice(0, 7);
    if (!dataStart) return [];
    const flags: RedFlag[] = [];
    for (const [firm, list] of byFirm(records, options)) {
      const months = new Map<string, { value: number; records: CustomsRecord[] }>();
      const chpl = list.filter((r) => chplOf(r));
      const currencies = new Set(chpl.map((r) => r.currency));
      for (const currency of currencies) {
        months.clear();
        for (const r of chpl) {
          if (r.currency !== currency) continue;
          const m = r.date.slice(0, 7);
          const e = months.get(m) ?? { value: 0, records: [] };
          e.value += r.value;
          e.records.push(r);
          months.set(m, e);
        }
        const sorted = [...months.entries()].sort(([a], [b]) => a.localeCompare(b));
        // The firm's first CHPL month: never before the data begin, which are the earliest record of all.
        const since = sorted[0]?.[0] ?? dataStart;
        for (const [month, e] of sorted) {
          if (e.value < options.spikeMinValue) continue;
          const window: string[] = [];
          for (let i = options.spikeLookback; i >= 1; i--) {
            const m = shift(month, -i);
            if (m >= since) window.push(m);
          }
          if (window.length < MIN_HISTORY) continue;
          const mean = window.reduce((s, m) => s + (months.get(m)?.value ?? 0), 0) / window.length;
          if (mean <= 0 || e.value < options.spikeFactor * mean) continue;
          flags.push({
            rule: "chpl-spike",
            firm,
            summary: `${firm}: CHPL goods worth ${Math.round(e.value)} ${currency} in ${month}, ${(e.value / mean).toFixed(1)}× the mean of the ${window.length} months before`,
            records: e.records.map(ref),
            evidence: {
              month,
              currency,
              value: e.value,
              trailingMean: mean,
              ratio: e.value / mean,
              window: { from: window[0], to: window[window.length - 1], months: window.length },
              factor: options.spikeFactor,
            },
          });
        }
      }
    }
    return flags;
  },
};
