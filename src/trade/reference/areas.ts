/**
 * Reporter and partner labels as trade statistics write them → ISO alpha-2 or an aggregate code.
 * Statistics add notes to names ("Spain (incl. Canary Islands 'XB' from 1997)"), a year of the
 * Eurostat extract is in French ("Allemagne (incl. …)"), national re-formats misspell ("Monako") or
 * switch script ("Словакия"). Residual groups ("Stores and provisions", "Africa not specified") are
 * recognised as such so that they are skipped by name, not reported as unknown countries.
 */
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import { countryCode } from "../../model/countries.js";
import { type AggregateCode, aggregateFromLabel } from "./aggregates.js";

const require = createRequire(import.meta.url);
// The Eurostat extract of 2016 is in French; Central Asian re-formats slip into Russian.
const LOCALES = ["fr", "ru"] as const;
for (const lang of LOCALES) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

export type Place = { kind: "country"; code: string } | { kind: "aggregate"; code: AggregateCode };
export type Area = Place | { kind: "residual"; label: string };

/** Spellings seen in the statistics files here that are typos or file-specific forms, not country names. */
const STAT_SPELLINGS: Record<string, string> = {
  monako: "MC",
  "american saoma": "AS",
  "folkland islands (malvinas)": "FK",
  "eastern samoa": "AS",
  salvador: "SV",
  "sar-hong kong": "HK",
  "saint-barth?lemy": "BL",
  bouvet: "BV",
  "korea (dprk)": "KP",
  "korea, dpr of": "KP",
  "fyr of macedonia": "MK",
  "bosnia herzegovina": "BA",
  "cote d' ivoire": "CI",
  "palestinian territory, occupied": "PS",
  "occupied palestinian territory": "PS",
  "south georgia and south sandwich islands": "GS",
  "saint helena, ascension and tristan da cunha": "SH",
  "saint helena": "SH",
};

/** IMF-style qualifiers after a comma: "Armenia, Republic of", "Netherlands, The". */
const QUALIFIER =
  /,\s*(the|(the )?(federal democratic |islamic |arab |democratic |united )?(republic|kingdom|state|union)( of( the)?)?|kingdom of the netherlands|united kingdom-british overseas territory|(république|fédération|etats?|república)\b.*)$/i;

/** Labels of groups and residual categories (not countries, not aggregates we model). */
const RESIDUAL = [
  /not specified|n\.i\.e\.|non précisés|non déterminés|unknown country/i,
  /stores and provisions|avitaillement|high seas|haute mer|secret|confidential/i,
  /^(extra|intra)-/i,
  /^non-(eu|eaeu)/i,
  /^(rest of the world|other countries|special categories)$/i,
  /^(africa|america|asia|europe|oceania|australia and oceania|cis)$/i,
  /^middle east/i,
  /commonwealth of independent states|shanghai cooperation|economies|emerging|developing|sub-saharan|latin america|western hemisphere|north africa|\bEMDEs?\b/i,
  /belgium-luxembourg|yugoslavia|ussr|czechoslovakia/i,
  // Spanish territories outside the EU customs territory (Eurostat XC, XL): no ISO code.
  /^(ceuta|melilla)\b/i,
];

function clean(label: string): string {
  return label.normalize("NFC").replace(/[’`´]/g, "'").replace(/\s+/g, " ").trim();
}

/** "Spain (incl. Canary Islands 'XB' from 1997)" → "Spain"; "Myanmar (Burma)" → "Myanmar". */
function withoutNote(label: string): string {
  return label.replace(/\s*\((?:[^()]|\([^()]*\))*\)\s*$/, "").trim();
}

/** "Russian Federation (Russia)" → "Russia". */
function noteText(label: string): string | undefined {
  const m = /\(([^()]+)\)\s*$/.exec(label);
  return m?.[1] && !/^incl\.|from|->/.test(m[1]) ? m[1].trim() : undefined;
}

/**
 * `lang` "fr" reads the label as French only: in the French year of the Eurostat extract "Guinea"
 * is not Guinea (it carries Guinea-Bissau's value), so English must not be tried there.
 */
function asCountry(label: string, lang?: "fr"): string | undefined {
  if (lang === "fr") return countries.getSimpleAlpha2Code(label, "fr");
  const spelled = STAT_SPELLINGS[label.toLowerCase()];
  if (spelled) return spelled;
  const code = countryCode(label);
  if (code) return code;
  for (const l of LOCALES) {
    const c = countries.getSimpleAlpha2Code(label, l);
    if (c) return c;
  }
  return undefined;
}

const cache = new Map<string, Area | undefined>();

/** The area a label names, or undefined when it names nothing we know. Memoised: files repeat labels. */
export function resolveArea(input: string, lang?: "fr"): Area | undefined {
  const key = `${lang ?? ""}|${input}`;
  if (cache.has(key)) return cache.get(key);
  const area = resolveUncached(input, lang);
  if (cache.size < 100_000) cache.set(key, area);
  return area;
}

function resolveUncached(input: string, lang?: "fr"): Area | undefined {
  const label = clean(input);
  if (!label) return undefined;
  const agg = aggregateFromLabel(label);
  if (agg) return { kind: "aggregate", code: agg };
  if (RESIDUAL.some((re) => re.test(label))) return { kind: "residual", label };
  const direct = asCountry(label, lang);
  if (direct) return { kind: "country", code: direct };
  const saint = label.replace(/^St\.? /, "Saint ");
  const qualified = label.replace(QUALIFIER, "");
  for (const variant of [saint, qualified]) {
    const code = variant !== label ? asCountry(variant, lang) : undefined;
    if (code) return { kind: "country", code };
  }
  const base = withoutNote(label);
  if (base !== label) {
    const viaBase = asCountry(base, lang);
    if (viaBase) return { kind: "country", code: viaBase };
    const inner = noteText(label);
    const viaNote = inner ? asCountry(inner, lang) : undefined;
    if (viaNote) return { kind: "country", code: viaNote };
  }
  return undefined;
}
