import { byFirm, chplOf, type FlagRule, type RedFlag, ref, valueByCurrency } from "./types.js";

/**
 * A firm first seen on or after the cutoff (24 Feb 2022) that receives CHPL goods: FinCEN/BIS
 * (FIN-2022-Alert003, FIN-2023-GLOBALEXPORT) list "a new customer ... with little or no trading
 * history" among the red flags. Judged only when the records reach back before the cutoff:
 * otherwise every firm would look new.
 */
export const newImporterSinceCutoff: FlagRule = {
  id: "new-importer-since-cutoff",
  description: "first seen on or after the cutoff date, receiving CHPL goods (FinCEN/BIS: new customer without trading history)",
  run(records, options) {
    const dataStart = records.reduce<string | undefined>((min, r) => (min === undefined || r.date < min ? r.date : min), undefined);
    if (!dataStart || dataStart >= options.cutoff) return [];
    const flags: RedFlag[] = [];
    for (const [firm, list] of byFirm(records, options)) {
      const first = list[0];
      if (!first || first.date < options.cutoff) continue;
      const chpl = list.filter((r) => chplOf(r));
      if (!chpl.length) continue;
      const codes = [...new Set(chpl.map((r) => chplOf(r)?.entry.hs6))].sort();
      flags.push({
        rule: "new-importer-since-cutoff",
        firm,
        summary: `${firm}: first record ${first.date}, on or after ${options.cutoff}; ${chpl.length} CHPL record(s)`,
        records: chpl.map(ref),
        evidence: {
          firstSeen: first.date,
          cutoff: options.cutoff,
          dataStart,
          records: list.length,
          chplRecords: chpl.length,
          chplValue: valueByCurrency(chpl),
          chplCodes: codes,
          tiers: [...new Set(chpl.map((r) => chplOf(r)?.entry.tier))].sort(),
        },
      });
    }
    return flags;
  },
};
