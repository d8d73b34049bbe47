/**
 * Countries: ISO 3166-1 codes and the many names lists and statistics use for them.
 * Names come from i18n-iso-countries (English); ALIASES adds the spellings sanctions lists and
 * trade statistics use that it lacks ("Kyrgyz Republic", "Burma", "Korea, North", "Türkiye").
 */
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

const ALIASES: Record<string, string> = {
  "kyrgyz republic": "KG",
  kyrgyzstan: "KG",
  burma: "MM",
  "korea, north": "KP",
  "north korea": "KP",
  "korea, democratic people's republic of": "KP",
  "democratic people's republic of korea": "KP",
  "korea, south": "KR",
  "korea, republic of": "KR",
  turkey: "TR",
  turkiye: "TR",
  türkiye: "TR",
  "russian federation": "RU",
  russia: "RU",
  "united kingdom": "GB",
  "united kingdom of great britain and northern ireland": "GB",
  uk: "GB",
  "great britain": "GB",
  "united states": "US",
  usa: "US",
  "united states of america": "US",
  "united arab emirates": "AE",
  uae: "AE",
  "hong kong": "HK",
  "hong kong sar": "HK",
  "hong kong, china": "HK",
  "china (hong kong)": "HK",
  macau: "MO",
  macao: "MO",
  "china, people's republic of": "CN",
  "people's republic of china": "CN",
  "china mainland": "CN",
  taiwan: "TW",
  "taiwan, province of china": "TW",
  "chinese taipei": "TW",
  "iran, islamic republic of": "IR",
  "iran (islamic republic of)": "IR",
  iran: "IR",
  syria: "SY",
  "syrian arab republic": "SY",
  "viet nam": "VN",
  vietnam: "VN",
  laos: "LA",
  "lao people's democratic republic": "LA",
  "congo, democratic republic of the": "CD",
  "democratic republic of the congo": "CD",
  "congo, republic of the": "CG",
  "republic of the congo": "CG",
  "cote d'ivoire": "CI",
  "côte d'ivoire": "CI",
  "ivory coast": "CI",
  moldova: "MD",
  "republic of moldova": "MD",
  "moldova, republic of": "MD",
  "bolivia (plurinational state of)": "BO",
  venezuela: "VE",
  "venezuela (bolivarian republic of)": "VE",
  tanzania: "TZ",
  "united republic of tanzania": "TZ",
  "the gambia": "GM",
  "gambia, the": "GM",
  "bahamas, the": "BS",
  "west bank": "PS",
  // Forms trade statistics use (Eurostat, IMF, national offices).
  "west bank and gaza": "PS",
  "congo, democratic republic of": "CD",
  "bolivia, plurinational state of": "BO",
  "venezuela, bolivarian republic of": "VE",
  "tanzania, united republic of": "TZ",
  "republic of korea": "KR",
  "the republic of korea": "KR",
  "south korea": "KR",
  "taiwan province of china": "TW",
  brunei: "BN",
  "holy see": "VA",
  vatican: "VA",
  "vatican city state": "VA",
  "libyan arab jamahiriya": "LY",
  "faeroe islands": "FO",
  "british virgin islands": "VG",
  "united states virgin islands": "VI",
  "virgin islands, united states": "VI",
  "cocos islands": "CC",
  "svalbard and jan mayen islands": "SJ",
  "wallis and futuna islands": "WF",
  "saint-martin (french part)": "MF",
  "gaza strip": "PS",
  "palestinian territories": "PS",
  "state of palestine": "PS",
  "north macedonia": "MK",
  macedonia: "MK",
  "the former yugoslav republic of macedonia": "MK",
  czechia: "CZ",
  "czech republic": "CZ",
  "slovak republic": "SK",
  "bosnia and herzegovina": "BA",
  "bosnia-herzegovina": "BA",
  kosovo: "XK",
  "sao tome and principe": "ST",
  eswatini: "SZ",
  swaziland: "SZ",
  "cabo verde": "CV",
  "cape verde": "CV",
  "timor-leste": "TL",
  "east timor": "TL",
  "brunei darussalam": "BN",
  "micronesia, federated states of": "FM",
  "st. kitts and nevis": "KN",
  "saint kitts and nevis": "KN",
  "st. lucia": "LC",
  "st. vincent and the grenadines": "VC",
  "netherlands antilles": "AN",
  "serbia and montenegro": "CS",
  "region: crimea": "UA",
  crimea: "UA",
  "region: northern mali": "ML",
  undetermined: "",
};

/** Codes that are not in ISO 3166-1 but appear in lists and statistics. */
const EXTRA_CODES: Record<string, { alpha3: string; numeric: string; name: string }> = {
  XK: { alpha3: "XKX", numeric: "", name: "Kosovo" },
  AN: { alpha3: "ANT", numeric: "530", name: "Netherlands Antilles" },
  CS: { alpha3: "SCG", numeric: "891", name: "Serbia and Montenegro" },
};

function key(name: string): string {
  return name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/** ISO alpha-2 for a country name or code (alpha-2, alpha-3, numeric), or undefined when unknown. */
export function countryCode(input: string | undefined | null): string | undefined {
  if (!input) return undefined;
  const raw = input.trim();
  if (!raw) return undefined;
  const k = key(raw);
  if (Object.hasOwn(ALIASES, k)) return ALIASES[k] || undefined;
  if (/^[A-Za-z]{2}$/.test(raw)) {
    const up = raw.toUpperCase();
    if (countries.isValid(up) || Object.hasOwn(EXTRA_CODES, up)) return up;
  }
  if (/^[A-Za-z]{3}$/.test(raw)) {
    const a2 = countries.alpha3ToAlpha2(raw.toUpperCase());
    if (a2) return a2;
  }
  if (/^\d{1,3}$/.test(raw)) {
    const a2 = countries.numericToAlpha2(raw.padStart(3, "0"));
    if (a2) return a2;
  }
  return countries.getAlpha2Code(raw, "en") ?? countries.getAlpha2Code(stripDiacritics(raw), "en");
}

function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "");
}

export function countryName(code: string): string | undefined {
  return EXTRA_CODES[code]?.name ?? countries.getName(code, "en", { select: "official" });
}

export function countryAlpha3(code: string): string | undefined {
  return EXTRA_CODES[code]?.alpha3 ?? countries.alpha2ToAlpha3(code);
}

export function countryNumeric(code: string): string | undefined {
  return EXTRA_CODES[code]?.numeric || countries.alpha2ToNumeric(code);
}

/** Every ISO alpha-2 code known. */
export function allCountryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes());
}
