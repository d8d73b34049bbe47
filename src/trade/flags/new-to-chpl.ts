import { byFirm, chplOf, type FlagRule, type RedFlag, ref, valueByCurrency } from "./types.js";

/**
 * A firm with a trading history before the cutoff in other goods that starts receiving CHPL goods
 * after it: an established importer changing line of business to the goods Russia's war industry
 * needs ("a customer ... whose business does not fit the items ordered", FinCEN/BIS 2023).
 */
export const newToChpl: FlagRule = {
  id: "new-to-chpl",
  description: "traded other goods before the cutoff, first CHPL goods after it",
  run(records, options) {
    const flags: RedFlag[] = [];
    for (const [firm, list] of byFirm(records, options)) {
      const before = list.filter((r) => r.date < options.cutoff);
      if (!before.length || before.some((r) => chplOf(r))) continue;
      const chplAfter = list.filter((r) => r.date >= options.cutoff && chplOf(r));
      const first = chplAfter[0];
      if (!first) continue;
      flags.push({
        rule: "new-to-chpl",
        firm,
        summary: `${firm}: ${before.length} record(s) before ${options.cutoff}, none CHPL; first CHPL goods ${first.date} (${first.hs})`,
        records: chplAfter.map(ref),
        evidence: {
          firstSeen: list[0]?.date,
          recordsBefore: before.length,
          valueBefore: valueByCurrency(before),
          codesBefore: [...new Set(before.map((r) => r.hs.slice(0, 6)))].sort(),
          firstChpl: first.date,
          chplRecords: chplAfter.length,
          chplValue: valueByCurrency(chplAfter),
          chplCodes: [...new Set(chplAfter.map((r) => chplOf(r)?.entry.hs6))].sort(),
        },
      });
    }
    return flags;
  },
};
