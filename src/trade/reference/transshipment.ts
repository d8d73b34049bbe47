/**
 * Countries US guidance names as common transshipment points for restricted goods bound for Russia
 * or Belarus.
 * - FinCEN & BIS Joint Alert FIN-2022-Alert003 (28 June 2022): "common transshipment points ...
 *   include but are not limited to" 18 jurisdictions (as quoted in press reports of the alert, e.g.
 *   bm.ge and asiaplustj.info, 12 July 2022).
 * - DOJ/Commerce/Treasury Tri-Seal compliance note (2 March 2023) added Hong Kong and Macau.
 * The guidance says "not limited to": a country absent here is not cleared.
 */

export interface TransshipmentCountry {
  code: string;
  name: string;
  source: "FIN-2022-Alert003" | "Tri-Seal 2023-03-02";
}

const ALERT_2022: [string, string][] = [
  ["AM", "Armenia"],
  ["BR", "Brazil"],
  ["CN", "China"],
  ["GE", "Georgia"],
  ["IN", "India"],
  ["IL", "Israel"],
  ["KZ", "Kazakhstan"],
  ["KG", "Kyrgyzstan"],
  ["MX", "Mexico"],
  ["NI", "Nicaragua"],
  ["RS", "Serbia"],
  ["SG", "Singapore"],
  ["ZA", "South Africa"],
  ["TW", "Taiwan"],
  ["TJ", "Tajikistan"],
  ["TR", "Turkey"],
  ["AE", "United Arab Emirates"],
  ["UZ", "Uzbekistan"],
];

export const TRANSSHIPMENT_COUNTRIES: readonly TransshipmentCountry[] = [
  ...ALERT_2022.map(([code, name]) => ({ code, name, source: "FIN-2022-Alert003" as const })),
  { code: "HK", name: "Hong Kong", source: "Tri-Seal 2023-03-02" },
  { code: "MO", name: "Macau", source: "Tri-Seal 2023-03-02" },
];

const CODES = new Map(TRANSSHIPMENT_COUNTRIES.map((c) => [c.code, c]));

export function transshipmentCountry(code: string | null | undefined): TransshipmentCountry | undefined {
  return code ? CODES.get(code) : undefined;
}

/** Destinations the export controls on Russia also cover. */
export const RESTRICTED_DESTINATIONS: readonly string[] = ["RU", "BY"];
