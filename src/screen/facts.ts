/** The facts beside a name that qualifiers use, from an entity or from a query. */
import type { MatchFacts } from "../match/types.js";
import { countryCode, type Entity } from "../model/index.js";
import type { ScreenQuery } from "./types.js";

export function entityFacts(entity: Entity): MatchFacts {
  const countries = new Set<string>();
  for (const c of [...entity.countries, ...entity.nationalities]) {
    const code = countryCode(c);
    if (code) countries.add(code);
  }
  for (const a of entity.addresses) {
    const code = a.country ?? countryCode(a.countryName);
    if (code) countries.add(code);
  }
  const facts: MatchFacts = { schema: entity.schema };
  if (countries.size) facts.countries = [...countries].sort();
  if (entity.birthDates.length) facts.birthDates = [...entity.birthDates];
  const ids = entity.identifiers.filter((i) => i.type !== "website" && i.type !== "email").map((i) => i.value);
  if (ids.length) facts.identifiers = ids;
  return facts;
}

export function queryFacts(query: ScreenQuery): MatchFacts {
  const facts: MatchFacts = {};
  if (query.schema) facts.schema = query.schema;
  const countries = (query.countries ?? []).map((c) => countryCode(c)).filter((c): c is string => Boolean(c));
  if (countries.length) facts.countries = [...new Set(countries)];
  if (query.birthDates?.length) facts.birthDates = query.birthDates;
  if (query.identifiers?.length) facts.identifiers = query.identifiers;
  return facts;
}
