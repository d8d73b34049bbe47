/**
 * The CSL's `ids` column: items separated by ";", parts by ", ". trade.gov changed the part order
 * between our releases, so both are read:
 *   2022-04: "CA, BC166787, Passport", "JO, 2014-08-30, 2009-08-31, K475336, Passport", "Male, Gender"
 *            (country, dates, number, type: the type is last)
 *   2023-11 and later: "Passport, 484824, EG, 18 Jan 1984", "Passport, L 191609, 28 Feb 1996, 27 Feb 2001",
 *            "Gender, Male" (type, number, country, issue date, expiry date: the type is first)
 * A number may itself hold ", " ("Secondary sanctions risk:, North Korea Sanctions Regulations, sections
 * 510.201 and 510.210"), so the type is taken from one end, country and dates from the other, and the
 * rest is the number. Which end holds the type is decided per item by which end looks like a label,
 * ties by the file's majority so far.
 */
import { countryCode } from "../../model/index.js";
import { isKnownLabel } from "./labels.js";

export interface CslId {
  /** The label as published: "Passport", "Tax ID No.", "Secondary sanctions risk:". */
  type: string;
  number: string;
  country?: string;
  /** Issue and expiry dates as written, in file order; which is which is not marked when one is missing. */
  dates: string[];
}

/** What labels look like when they are not in the list: "... No.", "... Number", "... Date (CMIC)", "...:", "... -". */
const LABEL_SHAPE =
  /(?::|#|\s-|\bNo\.?|\bNumber|\bID|\bCode|\bDate(?:\s*\([^)]*\))?:?|\bAddress(?:\s*-\s*[A-Z]+)?|\bType:?|\binformation:?|\bInformation -|\bBIC)$/i;

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const TEXT_DATE = /^(?:\d{1,2} )?[A-Z][a-z]{2} \d{4}$/;

function labelScore(part: string): number {
  if (isKnownLabel(part)) return 2;
  return LABEL_SHAPE.test(part) ? 1 : 0;
}

function isCountryCode(part: string): boolean {
  return /^[A-Z]{2}$/.test(part) && countryCode(part) !== undefined;
}

function isDate(part: string): boolean {
  return ISO_DATE.test(part) || TEXT_DATE.test(part);
}

/** Reads the items of one file, remembering which way round its items were written. */
export function createIdReader(): (column: string) => CslId[] {
  let typeFirst = 0;
  let typeLast = 0;
  const readItem = (item: string): CslId | undefined => {
    const parts = item.split(/,\s+/).map((p) => p.trim());
    if (parts.length < 2) return undefined;
    const first = parts[0] as string;
    const last = parts[parts.length - 1] as string;
    const three = parts.length >= 3;
    const scoreFirst = labelScore(first) + (three && isCountryCode(last) ? 1 : 0);
    const scoreLast = labelScore(last) + (three && isCountryCode(first) ? 1 : 0);
    const typeIsFirst = scoreFirst > scoreLast || (scoreFirst === scoreLast && typeFirst >= typeLast);
    if (scoreFirst !== scoreLast) {
      if (typeIsFirst) typeFirst++;
      else typeLast++;
    }
    const id: CslId = { type: typeIsFirst ? first : last, number: "", dates: [] };
    const rest = typeIsFirst ? parts.slice(1) : parts.slice(0, -1);
    if (typeIsFirst) {
      // type, number[, country][, issue][, expiry]
      while (rest.length > 1 && id.dates.length < 2 && isDate(rest[rest.length - 1] as string)) id.dates.unshift(rest.pop() as string);
      if (rest.length > 1 && isCountryCode(rest[rest.length - 1] as string)) id.country = rest.pop() as string;
    } else {
      // [country, ][date, ][date, ]number, type
      if (rest.length > 1 && isCountryCode(rest[0] as string)) id.country = rest.shift() as string;
      while (rest.length > 1 && id.dates.length < 2 && isDate(rest[0] as string)) id.dates.push(rest.shift() as string);
    }
    id.number = rest.join(", ");
    return id.number ? id : undefined;
  };
  return (column: string) =>
    column
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean)
      .map(readItem)
      .filter((id): id is CslId => id !== undefined);
}
