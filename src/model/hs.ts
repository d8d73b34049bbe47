/**
 * Harmonized System (HS) codes: normalising what statistics and declarations write ("8542.31",
 * "8542 31 00", "854231-Processors"), levels, and which HS edition a date falls under.
 * Codes are kept as text: leading digits matter ("0101").
 */

/** "TOTAL" stands for all goods (Eurostat "TOTAL", Comtrade "TOTAL", IMF totals). */
export const HS_TOTAL = "TOTAL";

/** The editions that matter here. HS2022 entered into force on 1 January 2022. */
export type HsVersion = "HS2012" | "HS2017" | "HS2022";

export const HS_VERSIONS: readonly HsVersion[] = ["HS2012", "HS2017", "HS2022"];

/**
 * A code as digits only (2, 4, 6, 8 or 10 of them) or "TOTAL"; undefined when the text holds no
 * code. Accepts dots and spaces ("8542.31", "8542 31 00") and a trailing label ("8542-Circuits").
 */
export function normalizeHs(input: string | number | undefined | null): string | undefined {
  if (input === undefined || input === null) return undefined;
  const raw = String(input).trim();
  if (!raw) return undefined;
  if (/^(total|all|ag0|all commodities)\b/i.test(raw)) return HS_TOTAL;
  const m = /^(\d[\d. ]*\d|\d)(?:\s*[-–:]\s*\D.*)?$/.exec(raw);
  if (!m?.[1]) return undefined;
  const digits = m[1].replace(/[. ]/g, "");
  // Odd lengths are refused rather than guessed: "10121" may be 010121 with its zero dropped by a
  // spreadsheet, or a typo.
  return [2, 4, 6, 8, 10].includes(digits.length) ? digits : undefined;
}

/** Number of digits of a code (0 for TOTAL). */
export function hsLevel(code: string): number {
  return code === HS_TOTAL ? 0 : code.length;
}

/** The six-digit subheading of a code at level 6 or deeper; undefined above it. */
export function hs6Of(code: string): string | undefined {
  return code !== HS_TOTAL && code.length >= 6 ? code.slice(0, 6) : undefined;
}

export function hsChapter(code: string): string | undefined {
  return code === HS_TOTAL ? undefined : code.slice(0, 2);
}

/** True when `code` lies inside `prefix` ("854231" inside "8542"; everything inside TOTAL). */
export function hsWithin(code: string, prefix: string): boolean {
  if (prefix === HS_TOTAL) return true;
  if (code === HS_TOTAL) return false;
  return code.startsWith(prefix);
}

/** The HS edition customs used on a date (YYYY-MM-DD or YYYY-MM or YYYY), for data that does not say. */
export function hsVersionForDate(date: string): HsVersion {
  const year = Number(date.slice(0, 4));
  if (year >= 2022) return "HS2022";
  if (year >= 2017) return "HS2017";
  return "HS2012";
}

/** "H5" (UN Comtrade classification code) → "HS2017"; also accepts "HS2017", "2017", "HS17". */
export function parseHsVersion(input: string | undefined | null): HsVersion | undefined {
  if (!input) return undefined;
  const s = input.trim().toUpperCase();
  const comtrade: Record<string, HsVersion> = { H4: "HS2012", H5: "HS2017", H6: "HS2022" };
  if (s in comtrade) return comtrade[s];
  const m = /^(?:HS)?\s*(?:20)?(12|17|22)$/.exec(s);
  if (m) return `HS20${m[1]}` as HsVersion;
  return undefined;
}

/** "854231" → "8542.31"; deeper codes keep their extra digits after a space ("8542.31 90"). */
export function formatHs(code: string): string {
  if (code === HS_TOTAL || code.length < 6) return code;
  const base = `${code.slice(0, 4)}.${code.slice(4, 6)}`;
  return code.length > 6 ? `${base} ${code.slice(6)}` : base;
}
