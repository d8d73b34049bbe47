/**
 * Translation between yente's FollowTheMoney-style shapes and chokepoint's: example entities become
 * screening queries; stored entities become `properties`; explanations become `features`.
 */
import { ValidationError } from "../errors.js";
import { type Entity, caption as entityCaption, type Schema } from "../model/index.js";
import type { ScreenQuery } from "../screen/types.js";

export interface ExampleEntity {
  id?: string;
  schema: string;
  properties: Record<string, string | (string | number)[]>;
}

/** yente's schemata and ours; undefined means "any kind". */
const SCHEMA_MAP: Record<string, Schema | undefined> = {
  Person: "Person",
  Company: "Company",
  Organization: "Organization",
  LegalEntity: undefined,
  Thing: undefined,
  Vessel: "Vessel",
  Airplane: "Aircraft",
  Aircraft: "Aircraft",
};

const NAME_PROPS = ["name", "alias", "previousName", "weakAlias"];
const NAME_PARTS = ["firstName", "secondName", "middleName", "fatherName", "lastName"];
const COUNTRY_PROPS = ["country", "nationality", "citizenship", "jurisdiction", "mainCountry", "registrationCountry"];
const DATE_PROPS = ["birthDate"];
const ID_PROPS = [
  "idNumber",
  "passportNumber",
  "taxNumber",
  "registrationNumber",
  "innCode",
  "ogrnCode",
  "okpoCode",
  "leiCode",
  "vatCode",
  "imoNumber",
  "mmsi",
  "swiftBic",
  "icaoCode",
];
/** Names screened per example entity: each costs a query. */
const MAX_NAMES = 10;

function values(props: ExampleEntity["properties"], key: string): string[] {
  const v = props[key];
  if (v === undefined) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => String(x).trim()).filter(Boolean);
}

function collect(props: ExampleEntity["properties"], keys: string[]): string[] {
  return [...new Set(keys.flatMap((k) => values(props, k)))];
}

/** The names and screening facts of one example entity; `key` names it in errors. */
export function exampleToQueries(key: string, example: ExampleEntity): { names: string[]; query: Omit<ScreenQuery, "name"> } {
  if (!Object.hasOwn(SCHEMA_MAP, example.schema)) {
    throw new ValidationError(`queries.${key}.schema: unknown schema '${example.schema}' (use ${Object.keys(SCHEMA_MAP).join(", ")})`);
  }
  const schema = SCHEMA_MAP[example.schema];
  const props = example.properties;
  const names = collect(props, NAME_PROPS);
  // yente combines name parts into full names; "first middle last" covers both list orders for the matcher.
  const parts = NAME_PARTS.map((k) => values(props, k)[0]).filter((v): v is string => Boolean(v));
  if (parts.length) names.push(parts.join(" "));
  const unique = [...new Set(names)];
  if (!unique.length) throw new ValidationError(`queries.${key}: no name to match: give properties.name (or firstName and lastName)`);
  if (unique.length > MAX_NAMES) throw new ValidationError(`queries.${key}: more than ${MAX_NAMES} names (${unique.length})`);
  const query: Omit<ScreenQuery, "name"> = {};
  if (schema) query.schema = schema;
  const countries = collect(props, COUNTRY_PROPS);
  if (countries.length) query.countries = countries.map((c) => (c.length <= 3 ? c.toUpperCase() : c));
  const dates = collect(props, DATE_PROPS);
  if (dates.length) query.birthDates = dates;
  const ids = collect(props, ID_PROPS);
  if (ids.length) query.identifiers = ids;
  return { names: unique, query };
}

/** Our identifier types under FollowTheMoney's property names. */
const ID_PROPERTY: Record<string, string> = {
  passport: "passportNumber",
  national_id: "idNumber",
  tax_id: "taxNumber",
  registration: "registrationNumber",
  imo: "imoNumber",
  swift: "swiftBic",
  website: "website",
  email: "email",
  phone: "phone",
  lei: "leiCode",
  inn: "innCode",
  ogrn: "ogrnCode",
  mmsi: "mmsi",
};

/** An entity's facts under FollowTheMoney property names, as yente returns them. */
export function entityProperties(entity: Entity): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (key: string, list: readonly (string | undefined)[]) => {
    const clean = list.filter((v): v is string => Boolean(v));
    if (!clean.length) return;
    const have = out[key] ?? [];
    out[key] = [...new Set([...have, ...clean])];
  };
  add(
    "name",
    entity.names.filter((n) => n.kind === "primary").map((n) => n.value),
  );
  add(
    "alias",
    entity.names.filter((n) => n.kind === "aka").map((n) => n.value),
  );
  add(
    "previousName",
    entity.names.filter((n) => n.kind === "fka").map((n) => n.value),
  );
  add(
    "weakAlias",
    entity.names.filter((n) => n.kind === "weak").map((n) => n.value),
  );
  add("country", entity.countries);
  add("nationality", entity.nationalities);
  add("birthDate", entity.birthDates);
  add("birthPlace", entity.birthPlaces);
  add("gender", [entity.gender]);
  add(
    "address",
    entity.addresses.map((a) => a.full),
  );
  for (const id of entity.identifiers) add(ID_PROPERTY[id.type] ?? "idNumber", [id.value]);
  add("program", entity.programs);
  add("topics", entity.sanctions.length ? ["sanction"] : []);
  add("notes", entity.remarks);
  add("sourceUrl", [entity.source.url]);
  for (const [k, v] of Object.entries(entity.properties)) add(k, v);
  return out;
}

export function resultCaption(entity: Entity | undefined, fallback: string): string {
  return entity ? entityCaption(entity) || fallback : fallback;
}

interface ExplanationLike {
  nameScore?: number;
  qualifiers?: { name: string; adjustment: number }[];
  penalties?: { name: string; factor: number }[];
}

/** yente's `features`: what each part contributed (the name score, qualifier adjustments, penalty factors). */
export function features(explanation: Record<string, unknown>): Record<string, number> {
  const e = explanation as ExplanationLike;
  const out: Record<string, number> = {};
  if (typeof e.nameScore === "number") out.name = e.nameScore;
  for (const q of e.qualifiers ?? []) out[q.name] = q.adjustment;
  for (const p of e.penalties ?? []) out[p.name] = p.factor;
  return out;
}

/** The matcher's features for yente's `matcher` field (descriptions as in docs/api.md). */
export function featureDocs(
  algorithm: string,
  description: string,
): Record<string, { description: string; coefficient: number; url: string }> {
  const url = "docs/api.md#scores-and-features";
  return {
    name: { description: `${algorithm}: ${description}`, coefficient: 1, url },
    countryMatch: { description: "The query's country is among the entity's countries (raises the score).", coefficient: 0.02, url },
    countryMismatch: { description: "Query and entity both have countries and share none (lowers the score).", coefficient: -0.08, url },
    dobMatch: { description: "A birth date of the query equals one of the entity's, to the precision both give.", coefficient: 0.05, url },
    dobYearDisjoint: { description: "Birth years differ by more than a year: different people who share a name.", coefficient: -0.15, url },
    identifierMatch: {
      description: "An identifier of the query equals one of the entity's; never makes a match alone.",
      coefficient: 0.1,
      url,
    },
    schemaMismatch: { description: "A person against an organisation or a vessel (lowers the score).", coefficient: -0.2, url },
  };
}
