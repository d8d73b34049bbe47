/**
 * ENHANCED_XML <feature>s → entity fields. Birth facts, nationality, gender and identifiers get their
 * own fields; the rest become properties, under the same keys the legacy CSV parser gives the same
 * facts in the remarks (secondarySanctionsRisk, targetType, incorporationDate, ...) and otherwise
 * under OFAC's label in camelCase ("Listing Date (CMIC)" → listingDateCmic).
 */
import { addProperty, countryCode, type Entity, pushUnique } from "../../model/index.js";
import { parseDates, validDate } from "../common/dates.js";
import { featureIdentifierType, identifierValue } from "./enhanced-ids.js";
import type { Country, EnhancedFeature, ValueDate } from "./enhanced-record.js";

/** Labels without the trailing ":" or " -" OFAC writes on some of them, lower case → property key. */
const PROPERTY_KEYS: Record<string, string> = {
  "secondary sanctions risk": "secondarySanctionsRisk",
  "additional sanctions information": "additionalSanctionsInformation",
  "transactions prohibited for persons owned or controlled by u.s. financial institutions": "transactionsProhibited",
  "target type": "targetType",
  "organization type": "organizationType",
  "organization established date": "incorporationDate",
  title: "title",
  "vessel call sign": "callSign",
  "vessel type": "vesselType",
  "vessel tonnage": "tonnage",
  "vessel gross registered tonnage": "grossRegisteredTonnage",
  "vessel owner": "vesselOwner",
  "vessel flag": "flag",
  "nationality of registration": "registrationCountry",
};

export function featureLabel(type: string): string {
  return type.trim().replace(/\s*[:-]$/, "");
}

/** "Listing Date (EO 14024 Directive 2)" → "listingDateEo14024Directive2". */
export function camelKey(label: string): string {
  const words = label
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]?.toUpperCase() + w.slice(1).toLowerCase())).join("");
}

/** A day, or the month or year it spans when OFAC gives only that much ("1962" is 1962-01-01 … 1962-12-31). */
function reduce(begin: string | undefined, end: string | undefined): string | undefined {
  const b = begin?.slice(0, 10);
  const e = end?.slice(0, 10) ?? b;
  if (!b || !validDate(b) || !e || !validDate(e)) return undefined;
  if (b === e) return b;
  if (b.slice(0, 4) === e.slice(0, 4) && b.endsWith("-01-01") && e.endsWith("-12-31")) return b.slice(0, 4);
  const lastDay = new Date(Date.UTC(Number(e.slice(0, 4)), Number(e.slice(5, 7)), 0)).getUTCDate();
  if (b.slice(0, 7) === e.slice(0, 7) && b.endsWith("-01") && Number(e.slice(8)) === lastDay) return b.slice(0, 7);
  return undefined;
}

/** ISO dates (possibly partial) of a date feature; a range gives both ends, like the legacy "1960 to 1962". */
export function featureDates(date: ValueDate | undefined, value: string | undefined): string[] {
  if (date) {
    if (!date.isDateRange) {
      const one = reduce(date.fromBegin, date.toEnd) ?? reduce(date.fromBegin, date.fromEnd);
      if (one) return [one];
    } else {
      const ends = [reduce(date.fromBegin, date.fromEnd), reduce(date.toBegin, date.toEnd)].filter((d): d is string => Boolean(d));
      if (ends.length) return [...new Set(ends)];
    }
  }
  return parseDates(value);
}

function countryOf(c: Country | undefined, value: string | undefined): { iso?: string; name?: string } {
  const name = c?.name ?? value;
  const iso = c?.iso ?? (name ? countryCode(name) : undefined);
  return { ...(iso ? { iso } : {}), ...(name ? { name } : {}) };
}

export function applyFeature(entity: Entity, f: EnhancedFeature): void {
  const label = featureLabel(f.type);
  const lower = label.toLowerCase();
  const value = f.value?.trim();
  const isDate = f.detailType === "DATE" || f.date !== undefined;
  if (f.comments) addProperty(entity, "notes", `${label} ${value ?? ""}: ${f.comments}`.replace(/\s+:/, ":"));

  if (lower === "birthdate") {
    for (const d of featureDates(f.date, value)) pushUnique(entity.birthDates, d);
    return;
  }
  if (lower === "place of birth") {
    pushUnique(entity.birthPlaces, value);
    return;
  }
  if (lower === "gender") {
    if (value) entity.gender = value.toLowerCase();
    return;
  }
  if (lower === "nationality country" || lower === "citizenship country") {
    const c = countryOf(f.country, value);
    pushUnique(entity.nationalities, c.iso ?? c.name);
    pushUnique(entity.countries, c.iso);
    return;
  }
  const idType = featureIdentifierType(f.type);
  if (idType && value) {
    entity.identifiers.push({ type: idType, value: identifierValue(idType, value), label });
    return;
  }
  const key = PROPERTY_KEYS[lower] ?? camelKey(label);
  if (f.country || lower === "vessel flag" || lower === "nationality of registration") {
    const c = countryOf(f.country, value);
    pushUnique(entity.countries, c.iso);
    addProperty(entity, key, c.name);
    return;
  }
  if (isDate) {
    const dates = featureDates(f.date, value);
    if (dates.length) {
      for (const d of dates) addProperty(entity, key, d);
      return;
    }
  }
  addProperty(entity, key, value);
}
