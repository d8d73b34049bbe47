/**
 * Country texts in the UN list to ISO codes. The list writes countries in UN style ("United Kingdom of
 * Great Britain and Northern Ireland", "Libyan Arab Jamahiriya"), as demonyms ("Pakistani", "Tunisian
 * passport") and with qualifiers ("Indonesia (as at Dec. 2003)", "Sudan/South Sudan"). "USSR (until
 * 1991)" and "former Soviet Union" have no current code and stay text.
 */
import { countryCode } from "../../model/index.js";

const UN_NAMES: Record<string, string> = {
  "united kingdom of great britain and northern ireland": "GB",
  "libyan arab jamahiriya": "LY",
  rpdc: "KP",
  "sultanate of oman": "OM",
  "union of the comoros": "KM",
  "british virgin islands": "VG",
  "hong kong special administrative region": "HK",
  "china, hong kong special administrative region": "HK",
  palestinian: "PS",
  afghan: "AF",
  algerian: "DZ",
  german: "DE",
  indonesian: "ID",
  kuwaiti: "KW",
  moroccan: "MA",
  pakistani: "PK",
  "saudi arabian": "SA",
  somali: "SO",
  sudanese: "SD",
  tunisian: "TN",
  yemeni: "YE",
  ethiopian: "ET",
};

function single(text: string): string | undefined {
  const k = text.toLowerCase();
  return UN_NAMES[k] ?? (k === "unknown" ? undefined : countryCode(text));
}

/**
 * ISO codes for one country text, possibly several ("Sudan/South Sudan" → SD, SS); empty when none is
 * recognised, and the caller keeps the text.
 */
export function unCountryCodes(raw: string | undefined): string[] {
  const text = raw?.replace(/\s+/g, " ").trim();
  if (!text) return [];
  const whole = single(text);
  if (whole) return [whole];
  // "Indonesia (as at Dec. 2003)", "Libya (in custody)", "Bahrain (citizenship revoked in Jan. 2015)".
  const bare = text
    .replace(/\(.*?\)/g, " ")
    .replace(/\b(possibly|by birth|passport|citizenship withdrawn in \d{4}|\(until \d{4}\))\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  const codes: string[] = [];
  // "Sudan/or South Sudan", "Iran / unknown", "United States. Also believed to hold Syrian nationality".
  for (const part of bare.split(/\s*(?:\/|\.\s)\s*(?:or\s+)?/i)) {
    const p = part.replace(/^also believed to hold\s+(\w+)\s+nationality$/i, "$1").trim();
    if (!p) continue;
    const code = single(p) ?? (p.endsWith("n") ? single(p.replace(/ian$/i, "ia")) : undefined);
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
