/** UN Security Council Consolidated List records (<INDIVIDUAL>, <ENTITY>) → entities. */
import { ParseError } from "../../errors.js";
import { type Address, addName, addProperty, createEntity, type Entity, type NameKind, pushUnique } from "../../model/index.js";
import { parseDate } from "../common/dates.js";
import { at, children, text, type XmlNode } from "../common/xml.js";
import { splitAlias } from "./aliases.js";
import { unCountryCodes } from "./countries.js";

export const SOURCE_KEY = "un_sc_sanctions";
export const AUTHORITY = "United Nations Security Council";
export const LIST_NAME = "UN Security Council Consolidated List";

export interface RecordWhere {
  file: string;
}

/** Alias QUALITY: individuals say Good/Low, entities "a.k.a."/"f.k.a." (empty in some records). */
const QUALITY: Record<string, NameKind> = { good: "aka", low: "weak", "a.k.a.": "aka", "f.k.a.": "fka" };

type Fail = (field: string, reason: string) => never;

const clean = (s: string | undefined) => s?.replace(/\s+/g, " ").trim() || undefined;

export function mapUnRecord(node: XmlNode, where: RecordWhere): Entity {
  const fail: Fail = (field, reason) => {
    throw new ParseError(reason, { source: SOURCE_KEY, file: where.file, line: node.line, field });
  };
  const dataId = text(node, "DATAID");
  if (!dataId) return fail("DATAID", "record without a DATAID");
  if (!/^\d+$/.test(dataId)) fail("DATAID", `not a number ('${dataId}')`);
  const person = node.name === "INDIVIDUAL";
  const entity = createEntity(SOURCE_KEY, dataId, person ? "Person" : "Organization");

  // The list's own order: FIRST_NAME is the given name (or the whole entity name), then the rest.
  const primary = clean(["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].map((f) => text(node, f) ?? "").join(" "));
  if (!primary) fail("FIRST_NAME", "record without a name");
  addName(entity, primary, "primary");
  // "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)": two names in one.
  if (primary?.includes(";")) for (const part of splitAlias(primary).names) addName(entity, part, "aka");
  // The name in its original script (Arabic, Cyrillic, ...) is the same primary name, not an alias.
  addName(entity, clean(text(node, "NAME_ORIGINAL_SCRIPT")), "primary");

  for (const alias of children(node, person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) mapAlias(entity, alias);

  const reference = clean(text(node, "REFERENCE_NUMBER"));
  if (reference) {
    entity.identifiers.push({ type: "un_reference", value: reference, label: "UN reference number" });
    addProperty(entity, "referenceNumber", reference);
  }
  const program = clean(text(node, "UN_LIST_TYPE"));
  const listedOnText = text(node, "LISTED_ON");
  const listedOn = parseDate(listedOnText);
  if (listedOnText && !listedOn) fail("LISTED_ON", `not a date ('${listedOnText}')`);
  pushUnique(entity.programs, program);
  const sanction: Entity["sanctions"][number] = { authority: AUTHORITY, list: LIST_NAME };
  if (program) sanction.program = program;
  if (listedOn) sanction.listedOn = listedOn;
  entity.sanctions.push(sanction);

  const comments = text(node, "COMMENTS1");
  if (comments) entity.remarks.push(comments);
  for (const v of at(node, "TITLE", "VALUE")) addProperty(entity, "title", clean(v.text));
  for (const v of at(node, "DESIGNATION", "VALUE")) addProperty(entity, "position", clean(v.text));
  for (const v of at(node, "LAST_DAY_UPDATED", "VALUE")) addProperty(entity, "lastUpdated", parseDate(v.text));
  addProperty(entity, "submittedBy", clean(text(node, "SUBMITTED_BY")));
  addProperty(entity, "submittedOn", parseDate(text(node, "SUBMITTED_ON")));
  const gender = clean(text(node, "GENDER"))?.toLowerCase();
  if (gender === "male" || gender === "female") entity.gender = gender;

  for (const v of at(node, "NATIONALITY", "VALUE")) addNationality(entity, v.text);
  for (const a of children(node, person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
    const address = mapAddress(a);
    if (!address) continue;
    entity.addresses.push(address);
    pushUnique(entity.countries, address.country);
  }
  for (const dob of children(node, "INDIVIDUAL_DATE_OF_BIRTH")) mapBirthDate(entity, dob, fail);
  for (const pob of children(node, "INDIVIDUAL_PLACE_OF_BIRTH")) {
    const place = mapAddress(pob);
    if (!place) continue;
    pushUnique(entity.birthPlaces, place.full);
    pushUnique(entity.countries, place.country);
  }
  for (const doc of children(node, "INDIVIDUAL_DOCUMENT")) mapDocument(entity, doc);
  return entity;
}

function addNationality(entity: Entity, raw: string): void {
  const codes = unCountryCodes(raw);
  for (const code of codes) {
    pushUnique(entity.nationalities, code);
    pushUnique(entity.countries, code);
  }
  // Kept as written when no code is recognised ("USSR (until 1991)").
  if (!codes.length) pushUnique(entity.nationalities, clean(raw));
}

function mapAlias(entity: Entity, alias: XmlNode): void {
  const raw = clean(text(alias, "ALIAS_NAME"));
  if (!raw) return;
  const quality = clean(text(alias, "QUALITY"))?.toLowerCase() ?? "";
  const note = clean(text(alias, "NOTE"));
  // "formerly listed as" / "previously listed as", in the note or the alias text: a former name.
  const former = /\(?\b(formerly|previously) listed as\b\)?/i;
  const fka = former.test(note ?? "") || former.test(raw);
  const kind: NameKind = fka ? "fka" : (QUALITY[quality] ?? "aka");
  const split = splitAlias(raw.replace(former, " "));
  for (const name of split.names) {
    if (!entity.names.some((n) => n.value === name)) addName(entity, name, kind);
  }
  const label = split.names[0] ?? raw;
  for (const n of [note, split.note]) if (n) addProperty(entity, "aliasNote", `${label}: ${n}`);
  // Some aliases carry the date and place of birth used under that name.
  pushUnique(entity.birthDates, parseDate(text(alias, "DATE_OF_BIRTH")));
  const place = [clean(text(alias, "CITY_OF_BIRTH")), clean(text(alias, "COUNTRY_OF_BIRTH"))].filter(Boolean).join(", ");
  pushUnique(entity.birthPlaces, place);
}

/** <INDIVIDUAL_ADDRESS>, <ENTITY_ADDRESS> and <INDIVIDUAL_PLACE_OF_BIRTH> share STREET/CITY/STATE_PROVINCE/ZIP_CODE/COUNTRY/NOTE. */
function mapAddress(node: XmlNode): Address | undefined {
  const street = clean(text(node, "STREET"));
  const city = clean(text(node, "CITY"));
  const region = clean(text(node, "STATE_PROVINCE"));
  const postalCode = clean(text(node, "ZIP_CODE"));
  const countryName = clean(text(node, "COUNTRY"));
  const note = clean(text(node, "NOTE"));
  const parts = [street, city, region, postalCode, countryName].filter(Boolean);
  if (!parts.length && !note) return undefined;
  // The note is part of what the list says about the place ("as of June 2016", "Registered office address").
  const wrapped = note?.startsWith("(") ? note : `(${note})`;
  const full = note ? (parts.length ? `${parts.join(", ")} ${wrapped}` : note) : parts.join(", ");
  const address: Address = { full };
  if (street) address.street = street;
  if (city) address.city = city;
  if (region) address.region = region;
  if (postalCode) address.postalCode = postalCode;
  if (countryName) {
    address.countryName = countryName;
    const [code] = unCountryCodes(countryName);
    if (code) address.country = code;
  }
  return address;
}

/** TYPE_OF_DATE EXACT/APPROXIMATELY with DATE or YEAR, BETWEEN with FROM_YEAR/TO_YEAR; NOTE may hold the date itself. */
function mapBirthDate(entity: Entity, dob: XmlNode, fail: Fail): void {
  let note = clean(text(dob, "NOTE"));
  const found: string[] = [];
  const dateText = text(dob, "DATE");
  const date = parseDate(dateText);
  if (dateText && !date) fail("DATE", `not a date ('${dateText}')`);
  if (date) found.push(date);
  for (const field of ["YEAR", "FROM_YEAR", "TO_YEAR"]) {
    const year = text(dob, field);
    if (!year) continue;
    if (!/^\d{4}$/.test(year)) fail(field, `not a year ('${year}')`);
    // <YEAR>1958</YEAR><NOTE>Sep.</NOTE>: the note is the month. A range gives both ends, as
    // ranges do elsewhere (common/dates.ts parseDates).
    const withMonth = field === "YEAR" && note ? parseDate(`${note} ${year}`) : undefined;
    if (withMonth) note = undefined;
    found.push(withMonth ?? year);
  }
  // "Nov. 1973", "August 1961": the note is the whole date when there is no DATE or YEAR.
  const fromNote = !found.length && note ? parseDate(note) : undefined;
  if (fromNote) {
    found.push(fromNote);
    note = undefined;
  }
  for (const d of found) pushUnique(entity.birthDates, d);
  if (clean(text(dob, "TYPE_OF_DATE"))?.toUpperCase() === "APPROXIMATELY" && found.length)
    addProperty(entity, "birthDateNote", `approximately ${found.join(", ")}`);
  addProperty(entity, "birthDateNote", note);
}

/** Normalised type from TYPE_OF_DOCUMENT ("Passport", "Numéro de passeport", ...) refined by TYPE_OF_DOCUMENT2. */
export function documentType(type: string, detail: string): string {
  const t = `${detail} ${type}`.toLowerCase();
  if (/birth certificate/.test(t)) return "birth_certificate";
  if (/fiscal code|tax/.test(t)) return "tax_id";
  if (/driver/.test(t)) return "drivers_license";
  if (/passport|passeport|pasaporte/.test(detail.toLowerCase())) return "passport";
  if (/passport|passeport|pasaporte/.test(type.toLowerCase())) return "passport";
  if (/identif|identity|national|civil|social security|tazkira/.test(t)) return "national_id";
  return "other";
}

function mapDocument(entity: Entity, doc: XmlNode): void {
  const type = clean(text(doc, "TYPE_OF_DOCUMENT")) ?? "";
  const detail = clean(text(doc, "TYPE_OF_DOCUMENT2")) ?? "";
  const number = clean(text(doc, "NUMBER"));
  const countryName = clean(text(doc, "ISSUING_COUNTRY")) ?? clean(text(doc, "COUNTRY_OF_ISSUE"));
  const issued = parseDate(text(doc, "DATE_OF_ISSUE"));
  const city = clean(text(doc, "CITY_OF_ISSUE"));
  const note = clean(text(doc, "NOTE"));
  const label = detail || type;
  if (!number && !note) return;
  if (number) {
    const identifier: Entity["identifiers"][number] = { type: documentType(type, detail), value: number };
    const [code] = unCountryCodes(countryName);
    if (code) identifier.country = code;
    if (label) identifier.label = label;
    entity.identifiers.push(identifier);
  }
  // What the model has no field for (issue date and place, notes) stays readable beside the number.
  const facts = [issued && `issued ${issued}`, city && `in ${city}`, countryName && `(${countryName})`, note].filter(Boolean);
  if (facts.length) addProperty(entity, "documentDetails", `${[label, number].filter(Boolean).join(" ")}: ${facts.join(" ")}`);
}
