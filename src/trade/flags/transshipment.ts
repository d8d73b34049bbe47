import { RESTRICTED_DESTINATIONS, transshipmentCountry } from "../reference/transshipment.js";
import { byFirm, chplOf, type FlagRule, type RedFlag, ref, valueByCurrency } from "./types.js";

/**
 * Goods consigned to a firm in a country FinCEN/BIS name as a common transshipment point
 * (FIN-2022-Alert003; Hong Kong and Macau added in the March 2023 Tri-Seal note) while the
 * declared destination is Russia or Belarus: the consignee is an intermediary, not the end user.
 * Grouped per consignee.
 */
export const transshipmentConsignee: FlagRule = {
  id: "transshipment-consignee",
  description: "consignee in a FinCEN/BIS transshipment country, goods bound for Russia or Belarus",
  run(records, options) {
    const hits = records.filter(
      (r) =>
        r.consigneeCountry &&
        transshipmentCountry(r.consigneeCountry) &&
        r.destinationCountry &&
        RESTRICTED_DESTINATIONS.includes(r.destinationCountry),
    );
    const flags: RedFlag[] = [];
    for (const [firm, list] of byFirm(hits, { ...options, party: "consignee" })) {
      const countries = [...new Set(list.map((r) => r.consigneeCountry as string))].sort();
      const destinations = [...new Set(list.map((r) => r.destinationCountry as string))].sort();
      const chpl = list.filter((r) => chplOf(r));
      flags.push({
        rule: "transshipment-consignee",
        firm,
        summary: `${firm} (${countries.join(", ")}): ${list.length} record(s) consigned to it with destination ${destinations.join(", ")}${chpl.length ? `, ${chpl.length} of CHPL goods` : ""}`,
        records: list.map(ref),
        evidence: {
          consigneeCountries: countries.map((c) => ({ code: c, namedIn: transshipmentCountry(c)?.source })),
          destinations,
          records: list.length,
          value: valueByCurrency(list),
          chplRecords: chpl.length,
          chplValue: valueByCurrency(chpl),
          firstDate: list[0]?.date,
          lastDate: list[list.length - 1]?.date,
        },
      });
    }
    return flags;
  },
};
