/** CSL rows → entities: one entity per row, each row's source list kept apart in its sanctions. */
import { type Address, addName, addProperty, countryCode, createEntity, type Entity, pushUnique, type Schema } from "../../model/index.js";
import { parseDates } from "../common/dates.js";
import { nameVariants, repairedQuestionMarks } from "../common/names.js";
import { guessSchema } from "../common/schema-guess.js";
import { applyCslId } from "./id-types.js";
import { isTreasuryList, listAuthority, listCode, namesPeople } from "./lists.js";
import { type CslRow, SOURCE_KEY } from "./parse.js";

const SCHEMAS: Record<string, Schema> = { Individual: "Person", Entity: "Organization", Vessel: "Vessel", Aircraft: "Aircraft" };

/**
 * The record id is the row's list code and `_id`: "SDN-21944", "EL-977fcf88…". `_id` alone is not
 * unique: the Treasury lists use the OFAC entity number, and one party on several of them has one
 * row per list with the same number (2022-04: 71 numbers, e.g. 18725 BANCO VTB AFRICA SA is on SDN,
 * SSI and CAP). The list code keeps them apart and does not change when a party joins or leaves
 * another list. Rows with the same list and `_id` (2022-04: 15268 BANK OF KUNLUN twice on CAP, the
 * rows differing only in source_list_url) are one entry and are merged by `mergeEntity`.
 */
export function cslRecordId(row: Pick<CslRow, "source" | "id">): string {
  return `${listCode(row.source)}-${row.id}`;
}

function schemaOf(row: CslRow): Schema {
  const schema = SCHEMAS[row.type];
  if (schema) return schema;
  // Non-Treasury lists leave `type` empty.
  if (row.datesOfBirth.length) return "Person";
  return namesPeople(row.source) ? guessSchema(row.name) : "Organization";
}

/** "(Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE)" → the name, nested parentheses kept. */
export function linkedTo(remarks: string): string[] {
  const out: string[] = [];
  for (const m of remarks.matchAll(/Linked To:\s*/gi)) {
    let depth = 0;
    let end = (m.index ?? 0) + m[0].length;
    const start = end;
    for (; end < remarks.length; end++) {
      const c = remarks[end];
      if (c === "(") depth++;
      else if (c === ")" && depth-- === 0) break;
      else if (c === ";" && depth === 0) break;
    }
    const name = remarks.slice(start, end).trim();
    if (name) out.push(name);
  }
  return out;
}

function mapAddress(entity: Entity, a: CslRow["addresses"][number]): void {
  if (a.country) pushUnique(entity.countries, a.country);
  // "SY" or "IQ" alone is a country, not an address.
  if (!a.street && !a.city && !a.state && !a.postalCode && (a.full === a.country || a.full === a.countryName)) return;
  const address: Address = { full: a.full };
  if (a.street) address.street = a.street;
  if (a.city) address.city = a.city;
  if (a.state) address.region = a.state;
  if (a.postalCode) address.postalCode = a.postalCode;
  if (a.country) address.country = a.country;
  if (a.countryName) address.countryName = a.countryName;
  entity.addresses.push(address);
}

function addNames(entity: Entity, value: string, kind: "primary" | "aka"): void {
  addName(entity, value, kind);
  for (const v of nameVariants(value)) addName(entity, v.value, v.kind);
  const repaired = repairedQuestionMarks(value);
  if (repaired) addName(entity, repaired, "weak");
}

function addCountry(list: string[], entity: Entity, value: string): void {
  const code = countryCode(value);
  pushUnique(list, code ?? value);
  if (code) pushUnique(entity.countries, code);
}

export function mapCslRow(row: CslRow): Entity {
  const entity = createEntity(SOURCE_KEY, cslRecordId(row), schemaOf(row));
  if (isTreasuryList(row.source) && /^\d+$/.test(row.entityNumber))
    entity.source.url = `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${row.entityNumber}`;
  else if (row.sourceInformationUrl) entity.source.url = row.sourceInformationUrl;

  addNames(entity, row.name, "primary");
  for (const alt of row.altNames) addNames(entity, alt, "aka");
  for (const a of row.addresses) mapAddress(entity, a);
  for (const n of [...row.citizenships, ...row.nationalities]) addCountry(entity.nationalities, entity, n);
  for (const dob of row.datesOfBirth) {
    const dates = parseDates(dob);
    for (const d of dates) pushUnique(entity.birthDates, d);
    if (!dates.length) addProperty(entity, "birthDateText", dob);
  }
  for (const place of row.placesOfBirth) pushUnique(entity.birthPlaces, place);
  for (const id of row.ids) applyCslId(entity, id);

  const base: Entity["sanctions"][number] = { authority: listAuthority(row.source), list: row.source };
  if (row.startDate) base.listedOn = row.startDate;
  if (row.endDate) base.endDate = row.endDate;
  if (row.federalRegisterNotice) base.legalBasis = row.federalRegisterNotice;
  for (const program of row.programs) {
    pushUnique(entity.programs, program);
    entity.sanctions.push({ ...base, program });
  }
  if (!row.programs.length) entity.sanctions.push(base);

  if (row.remarks) {
    entity.remarks.push(row.remarks);
    for (const link of linkedTo(row.remarks)) pushUnique(entity.links, link);
  }
  addProperty(entity, "title", row.title);
  addProperty(entity, "licenseRequirement", row.licenseRequirement);
  addProperty(entity, "licensePolicy", row.licensePolicy);
  addProperty(entity, "standardOrder", row.standardOrder.toUpperCase());
  addProperty(entity, "callSign", row.callSign);
  addProperty(entity, "vesselType", row.vesselType);
  addProperty(entity, "tonnage", row.grossTonnage);
  addProperty(entity, "grossRegisteredTonnage", row.grossRegisteredTonnage);
  addProperty(entity, "vesselOwner", row.vesselOwner);
  if (row.vesselFlag) {
    addProperty(entity, "flag", row.vesselFlag);
    const code = countryCode(row.vesselFlag);
    if (code) pushUnique(entity.countries, code);
  }
  addProperty(entity, "sourceListUrl", row.sourceListUrl);
  addProperty(entity, "sourceInformationUrl", row.sourceInformationUrl);
  return entity;
}

/** Folds a second row of the same entry into the first: lists are united, the first row's scalars win. */
export function mergeEntity(into: Entity, from: Entity): void {
  const unite = <T>(a: T[], b: T[]) => {
    const seen = new Set(a.map((x) => JSON.stringify(x)));
    for (const x of b) if (!seen.has(JSON.stringify(x))) a.push(x);
  };
  for (const n of from.names)
    if (!into.names.some((x) => x.value === n.value)) addName(into, n.value, n.kind === "primary" ? "aka" : n.kind);
  unite(into.countries, from.countries);
  unite(into.addresses, from.addresses);
  unite(into.identifiers, from.identifiers);
  unite(into.birthDates, from.birthDates);
  unite(into.birthPlaces, from.birthPlaces);
  unite(into.nationalities, from.nationalities);
  unite(into.programs, from.programs);
  unite(into.sanctions, from.sanctions);
  unite(into.remarks, from.remarks);
  unite(into.links, from.links);
  for (const [key, values] of Object.entries(from.properties)) for (const v of values) addProperty(into, key, v);
  into.gender ??= from.gender;
}
