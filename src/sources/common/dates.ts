/** Dates as lists write them, to ISO 8601 (possibly partial: "1952", "1952-10"). */
import { monthNumber } from "../../model/months.js";

const pad = (n: string | number) => String(n).padStart(2, "0");

/**
 * "01 Oct 1952" → "1952-10-01"; "Oct 1952" → "1952-10"; "1952" → "1952"; "06/19/2003" (US) →
 * "2003-06-19"; "2003-06-19" and "2003-06-19T00:00:00" → "2003-06-19"; "circa 1952" → "1952".
 * Returns undefined for text that holds no date.
 */
export function parseDate(input: string | undefined | null): string | undefined {
  if (!input) return undefined;
  const s = input.trim().replace(/^(circa|approximately|about|c\.|ca\.)\s*/i, "");
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s);
  if (m) return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
  m = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(s);
  if (m?.[2] && monthNumber(m[2])) return `${m[3]}-${monthNumber(m[2])}-${pad(m[1] as string)}`;
  m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(s);
  if (m?.[1] && monthNumber(m[1])) return `${m[2]}-${monthNumber(m[1])}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${pad(m[1] as string)}-${pad(m[2] as string)}`;
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${pad(m[2] as string)}-${pad(m[1] as string)}`;
  m = /^(\d{4})$/.exec(s);
  if (m) return m[1];
  return undefined;
}

/** All dates in a text such as "1952 to 1954" or "01 Oct 1952; alt. 1953"; ranges give both ends. */
export function parseDates(input: string | undefined | null): string[] {
  if (!input) return [];
  const whole = parseDate(input);
  if (whole) return [whole];
  const range = /^(?:circa\s+)?(\d{4})\s*-\s*(\d{4})$/i.exec(input.trim());
  if (range) return [range[1] as string, range[2] as string];
  const out: string[] = [];
  for (const part of input.split(/\s*(?:;|,|\bto\b|\balt\.)\s*/i)) {
    const d = parseDate(part);
    if (d && !out.includes(d)) out.push(d);
  }
  return out;
}

/** A YYYY-MM-DD date in a file or folder name ("sdn_2022-02-23_1846Z.csv.gz"), else YYYY-MM → first of month. */
export function dateFromName(name: string): { date: string; partial: boolean } | undefined {
  const full = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[^\d]|$)/.exec(name);
  if (full && validDate(`${full[1]}-${full[2]}-${full[3]}`)) return { date: `${full[1]}-${full[2]}-${full[3]}`, partial: false };
  const month = /(?:^|[^\d])(\d{4})-(\d{2})(?!\d|-\d)/.exec(name);
  if (month && validDate(`${month[1]}-${month[2]}-01`)) return { date: `${month[1]}-${month[2]}-01`, partial: true };
  return undefined;
}

export function validDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
