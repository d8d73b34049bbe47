/** The entity model shared by every layer (see DESIGN.md "Entity model"). */

export const SCHEMAS = ["Person", "Organization", "Company", "Vessel", "Aircraft"] as const;
export type Schema = (typeof SCHEMAS)[number];

export type NameKind = "primary" | "aka" | "fka" | "weak";

export interface Name {
  value: string;
  kind: NameKind;
  /** ISO 15924 script code where the source says or it is evident ("Latn", "Cyrl", "Hani", "Arab"). */
  script?: string;
  /** ISO 639 language code where the source says. */
  lang?: string;
}

export interface Identifier {
  /** Normalised type, e.g. "passport", "national_id", "tax_id", "registration", "imo", "swift", "website". */
  type: string;
  value: string;
  /** ISO 3166-1 alpha-2 where known. */
  country?: string;
  /** The source's own wording of the type, e.g. "Passport", "Tax ID No.". */
  label?: string;
}

export interface Address {
  full: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: string;
  countryName?: string;
}

export interface Sanction {
  authority: string;
  list: string;
  program?: string;
  listedOn?: string;
  legalBasis?: string;
  endDate?: string;
}

export interface SourceRef {
  key: string;
  recordId: string;
  url?: string;
}

export interface Entity {
  /** `${source.key}:${source.recordId}`: stable across releases, traces to the official record. */
  id: string;
  schema: Schema;
  names: Name[];
  /** ISO 3166-1 alpha-2 codes (lower layers keep the source's country name when it cannot be mapped). */
  countries: string[];
  addresses: Address[];
  identifiers: Identifier[];
  /** ISO dates, possibly partial ("1952", "1952-10"). */
  birthDates: string[];
  birthPlaces: string[];
  nationalities: string[];
  gender?: string;
  programs: string[];
  sanctions: Sanction[];
  remarks: string[];
  /** Entity ids this one is linked to ("Linked To: ..."), or names where the id is unknown. */
  links: string[];
  /** Free-form facts a source carries that have no field of their own (title, vessel flag, …). */
  properties: Record<string, string[]>;
  source: SourceRef;
  /** Set when the entity comes from a partial release (docs/architecture.md "Partial releases"). */
  partial?: PartialFacts;
}

/**
 * What a partial release does not carry for an entity. `fields` name the entity fields the missing
 * files feed ("names:aka" = the names of kind aka; "addresses"); with `carriedFrom` their values were
 * carried over from that complete release, without it they are unknown here.
 */
export interface PartialFacts {
  missing: string[];
  fields: string[];
  carriedFrom?: { releaseId: number; releaseDate: string };
}

/** An entity as a release holds it, plus which release that is. */
export interface StoredEntity extends Entity {
  releaseId: number;
}

export function entityId(sourceKey: string, recordId: string): string {
  return `${sourceKey}:${recordId}`;
}

/** A new entity with every list empty; parsers fill in what their format carries. */
export function createEntity(sourceKey: string, recordId: string, schema: Schema): Entity {
  return {
    id: entityId(sourceKey, recordId),
    schema,
    names: [],
    countries: [],
    addresses: [],
    identifiers: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    programs: [],
    sanctions: [],
    remarks: [],
    links: [],
    properties: {},
    source: { key: sourceKey, recordId },
  };
}

/** The primary name, or the first one. */
export function caption(entity: Pick<Entity, "names">): string {
  return (entity.names.find((n) => n.kind === "primary") ?? entity.names[0])?.value ?? "";
}

export function pushUnique<T>(list: T[], value: T | undefined | null): void {
  if (value === undefined || value === null || value === "") return;
  if (!list.includes(value)) list.push(value);
}

export function addName(entity: Entity, value: string | undefined, kind: NameKind, extra: Partial<Name> = {}): void {
  const v = value?.replace(/\s+/g, " ").trim();
  if (!v) return;
  if (entity.names.some((n) => n.value === v && n.kind === kind)) return;
  const name: Name = { value: v, kind, ...extra };
  name.script ??= detectScript(v);
  entity.names.push(name);
}

export function addProperty(entity: Entity, key: string, value: string | undefined): void {
  const v = value?.trim();
  if (!v) return;
  const list = entity.properties[key] ?? [];
  entity.properties[key] = list;
  pushUnique(list, v);
}

/**
 * Sorts every list so that the same record always serialises the same way: the store hashes the
 * JSON to tell a changed entity from an unchanged one, and the order of aliases in a file is not a change.
 */
export function canonicalEntity(entity: Entity): Entity {
  const byJson = <T>(a: T, b: T) => {
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const primary = entity.names.filter((n) => n.kind === "primary");
  const rest = entity.names.filter((n) => n.kind !== "primary").sort(byJson);
  const properties: Record<string, string[]> = {};
  for (const key of Object.keys(entity.properties).sort()) properties[key] = [...(entity.properties[key] ?? [])].sort();
  const out: Entity = {
    id: entity.id,
    schema: entity.schema,
    names: [...primary, ...rest],
    countries: [...new Set(entity.countries)].sort(),
    addresses: [...entity.addresses].sort(byJson),
    identifiers: [...entity.identifiers].sort(byJson),
    birthDates: [...new Set(entity.birthDates)].sort(),
    birthPlaces: [...new Set(entity.birthPlaces)].sort(),
    nationalities: [...new Set(entity.nationalities)].sort(),
    programs: [...new Set(entity.programs)].sort(),
    sanctions: [...entity.sanctions].sort(byJson),
    remarks: [...entity.remarks],
    links: [...new Set(entity.links)].sort(),
    properties,
    source: entity.source,
  };
  if (entity.gender) out.gender = entity.gender;
  if (entity.partial) out.partial = entity.partial;
  return out;
}

const SCRIPT_TESTS: [string, RegExp][] = [
  ["Cyrl", /\p{Script=Cyrillic}/u],
  ["Hani", /\p{Script=Han}/u],
  ["Arab", /\p{Script=Arabic}/u],
  ["Hang", /\p{Script=Hangul}/u],
  ["Jpan", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Grek", /\p{Script=Greek}/u],
  ["Hebr", /\p{Script=Hebrew}/u],
  ["Geor", /\p{Script=Georgian}/u],
  ["Armn", /\p{Script=Armenian}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Deva", /\p{Script=Devanagari}/u],
];

/** The first non-Latin script found in the text, else "Latn" when it has letters. */
export function detectScript(text: string): string | undefined {
  for (const [code, re] of SCRIPT_TESTS) if (re.test(text)) return code;
  return /\p{L}/u.test(text) ? "Latn" : undefined;
}
