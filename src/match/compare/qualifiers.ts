/**
 * Qualifiers: facts beside the name that adjust a name score. Each feature function names the fact it
 * detects and explains itself; its doc comment is the text shown in the API docs.
 */
import type { MatchFacts, QualifierExplanation } from "../types.js";

export type Qualifier = (query: MatchFacts, candidate: MatchFacts) => QualifierExplanation | undefined;

function upper(list: string[] | undefined): string[] {
  return (list ?? []).map((c) => c.trim().toUpperCase()).filter(Boolean);
}

/** The query's country is among the entity's countries (citizenship, residence, address or registration). */
export const countryMatch: Qualifier = (query, candidate) => {
  const q = upper(query.countries);
  const c = upper(candidate.countries);
  const common = q.filter((x) => c.includes(x));
  if (!common.length) return undefined;
  return { name: "countryMatch", detail: `Same country: ${common.join(", ")}`, adjustment: 0.02 };
};

/** Query and entity both have countries and share none. */
export const countryMismatch: Qualifier = (query, candidate) => {
  const q = upper(query.countries);
  const c = upper(candidate.countries);
  if (!q.length || !c.length || q.some((x) => c.includes(x))) return undefined;
  return { name: "countryMismatch", detail: `Different countries: ${q.join(", ")} / ${c.join(", ")}`, adjustment: -0.08 };
};

function years(dates: string[] | undefined): number[] {
  return (dates ?? []).map((d) => Number(d.slice(0, 4))).filter((y) => Number.isInteger(y) && y > 1000);
}

/** A birth date of the query equals one of the entity's, to the precision both give (year, month or day). */
export const dobMatch: Qualifier = (query, candidate) => {
  for (const a of query.birthDates ?? []) {
    for (const b of candidate.birthDates ?? []) {
      const n = Math.min(a.length, b.length);
      if (n >= 4 && a.slice(0, n) === b.slice(0, n)) {
        return { name: "dobMatch", detail: `Same birth date: ${a} / ${b}`, adjustment: n >= 10 ? 0.05 : 0.02 };
      }
    }
  }
  return undefined;
};

/** Birth years of query and entity differ by more than a year: different people who share a name. */
export const dobYearDisjoint: Qualifier = (query, candidate) => {
  const q = years(query.birthDates);
  const c = years(candidate.birthDates);
  if (!q.length || !c.length) return undefined;
  if (q.some((a) => c.some((b) => Math.abs(a - b) <= 1))) return undefined;
  return { name: "dobYearDisjoint", detail: `Birth years differ: ${q.join(", ")} / ${c.join(", ")}`, adjustment: -0.15 };
};

/** Identifiers compared on letters and digits only ("AB 123-456" = "ab123456"). */
export function normalizeIdentifier(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/**
 * An identifier of the query (passport, registration, IMO …) equals one of the entity's. It raises a
 * score whose name already matches; it never makes a match of a name that does not.
 */
export const identifierMatch: Qualifier = (query, candidate) => {
  const c = new Set((candidate.identifiers ?? []).map(normalizeIdentifier).filter((v) => v.length >= 4));
  const hit = (query.identifiers ?? []).find((v) => c.has(normalizeIdentifier(v)));
  if (!hit) return undefined;
  return { name: "identifierMatch", detail: `Same identifier: ${hit}`, adjustment: 0.1 };
};

/** A person against an organisation (or a vessel): the entity cannot be the one sought. */
export const schemaMismatch: Qualifier = (query, candidate) => {
  if (!query.schema || !candidate.schema) return undefined;
  const kind = (s: string) => (s === "Person" ? "person" : s === "Vessel" || s === "Aircraft" ? s.toLowerCase() : "org");
  if (kind(query.schema) === kind(candidate.schema)) return undefined;
  return { name: "schemaMismatch", detail: `Different kinds: ${query.schema} / ${candidate.schema}`, adjustment: -0.2 };
};

/** The most the positive qualifiers can add together: countryMatch + dobMatch (full date) + identifierMatch. */
export const MAX_QUALIFIER_BOOST = 0.02 + 0.05 + 0.1;

export const QUALIFIERS: Qualifier[] = [countryMatch, countryMismatch, dobMatch, dobYearDisjoint, identifierMatch, schemaMismatch];
