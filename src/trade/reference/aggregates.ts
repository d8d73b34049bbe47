/**
 * Trade areas that are not countries but groups of them, as statistics report them. A group's row
 * and its members' rows describe the same trade: analyses use one or the other, never both
 * (see ../analysis/areas.ts).
 */

export type AggregateCode = "WORLD" | "EU27" | "EU" | "EA20" | "EA" | "EAEU";

export interface Aggregate {
  code: AggregateCode;
  name: string;
  /** Member ISO alpha-2 codes for a period (YYYY or YYYY-MM); WORLD has none listed (every country). */
  members(period: string): string[];
}

/** EU27_2020: the Union since the United Kingdom left on 31 January 2020. Greece is GR (Eurostat writes EL). */
export const EU27_MEMBERS = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
] as const;

/** Euro area of 20 (Croatia joined on 1 January 2023). */
export const EA20_MEMBERS = EU27_MEMBERS.filter((c) => !["BG", "CZ", "DK", "HU", "PL", "RO", "SE"].includes(c));

/** Eurasian Economic Union. */
export const EAEU_MEMBERS = ["AM", "BY", "KZ", "KG", "RU"] as const;

const firstMonth = (period: string) => (period.length === 4 ? `${period}-01` : period.slice(0, 7));

export const AGGREGATES: readonly Aggregate[] = [
  { code: "WORLD", name: "World", members: () => [] },
  { code: "EU27", name: "European Union (27, 2020 composition)", members: () => [...EU27_MEMBERS] },
  {
    code: "EU",
    name: "European Union (composition of the period)",
    // Eurostat "European Union (… GB-01/1973->01/2020 …)": the UK counts through January 2020.
    members: (period) => (firstMonth(period) <= "2020-01" ? [...EU27_MEMBERS, "GB"] : [...EU27_MEMBERS]),
  },
  { code: "EA20", name: "Euro area (20)", members: () => [...EA20_MEMBERS] },
  {
    code: "EA",
    name: "Euro area (composition of the period)",
    members: (period) => (firstMonth(period) < "2023-01" ? EA20_MEMBERS.filter((c) => c !== "HR") : [...EA20_MEMBERS]),
  },
  { code: "EAEU", name: "Eurasian Economic Union", members: () => [...EAEU_MEMBERS] },
];

const BY_CODE = new Map<string, Aggregate>(AGGREGATES.map((a) => [a.code, a]));

export function aggregate(code: string): Aggregate | undefined {
  return BY_CODE.get(code.toUpperCase());
}

export function isAggregate(code: string): boolean {
  return BY_CODE.has(code.toUpperCase());
}

/**
 * The aggregate a statistics label names, or undefined. Covers Eurostat ("European Union - 27
 * countries (AT, BE, …)", the French "Union européenne - 27 pays", "Euro area - 20 countries (…)"),
 * national re-formats ("European Union - 27 countries (from 2020)", "European Union (EU)") and
 * codes ("EU27_2020", IMF "G001" World, Comtrade "W00").
 */
export function aggregateFromLabel(label: string): AggregateCode | undefined {
  const s = label.trim().toLowerCase();
  if (/^(world|monde|w00|g001|wld|all partners)$/.test(s)) return "WORLD";
  if (/^(eu27(_2020)?|eu-27)$/.test(s) || /^(european union|union européenne) - 27 (countries|pays)\b/.test(s)) return "EU27";
  if (/^(eu|eu28|european union|european union \(eu\)|g998)$/.test(s) || /^(european union|union européenne) \(/.test(s)) return "EU";
  if (/^(ea20|euro area - 20 countries|zone euro - 20 pays)\b/.test(s)) return "EA20";
  if (/^(ea|euro area|euro area \(ea\)|g163|zone euro)$/.test(s) || /^(euro area|zone euro) \(/.test(s)) return "EA";
  if (/^(eaeu|eurasian economic union)$/.test(s)) return "EAEU";
  return undefined;
}
