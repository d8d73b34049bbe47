/**
 * EU Financial Sanctions Files, XML 1.1 (namespace http://eu.europa.ec/fpi/fsd/export): one
 * <sanctionEntity> → one entity. Attributes carry the data; empty attributes mean "not stated".
 */
import { ParseError } from "../../errors.js";
import {
  type Address,
  addName,
  addProperty,
  countryCode,
  createEntity,
  type Entity,
  type NameKind,
  pushUnique,
  type Schema,
} from "../../model/index.js";
import { parseDate } from "../common/dates.js";
import { children, type XmlNode } from "../common/xml.js";

export const SOURCE_KEY = "eu_fsf";
export const AUTHORITY = "European Union";
export const LIST_NAME = "EU Financial Sanctions Files";

export type Fail = (field: string, reason: string) => never;

export function failer(node: XmlNode, file: string): Fail {
  return (field, reason) => {
    throw new ParseError(reason, { source: SOURCE_KEY, file, line: node.line, field });
  };
}

export const clean = (s: string | undefined) => s?.replace(/\s+/g, " ").trim() || undefined;

/** "M"/"F" in both formats. */
export function genderOf(raw: string | undefined): string | undefined {
  const g = clean(raw)?.toUpperCase();
  return g === "M" ? "male" : g === "F" ? "female" : undefined;
}

/** Adds an alias unless the same text is already a name of the entity (the files repeat names per regulation). */
export function addAlias(entity: Entity, value: string | undefined, kind: NameKind, lang?: string): void {
  const v = clean(value);
  if (!v || entity.names.some((n) => n.value === v)) return;
  addName(entity, v, entity.names.length ? kind : "primary", lang ? { lang } : {});
}

/** 1.1 identification codes → normalised types; the description stays as the label. */
const ID_TYPES: Record<string, string> = {
  passport: "passport",
  id: "national_id",
  ssn: "national_id",
  regnumber: "registration",
  fiscalcode: "tax_id",
  tin: "tax_id",
  swiftbic: "swift",
  imo: "imo",
  drivinglicence: "drivers_license",
  birthcert: "birth_certificate",
};

export function identifierType(code: string | undefined): string {
  return ID_TYPES[clean(code)?.toLowerCase() ?? ""] ?? "other";
}

/** "00"/"UNKNOWN" is how 1.1 says no country. */
function isoCountry(node: XmlNode): { code?: string; name?: string } {
  const raw = clean(node.attrs.countryIso2Code);
  const name = clean(node.attrs.countryDescription);
  const known = name && name.toUpperCase() !== "UNKNOWN" ? name : undefined;
  const code = raw && raw !== "00" ? countryCode(raw) : countryCode(known);
  const out: { code?: string; name?: string } = {};
  if (code) out.code = code;
  if (known) out.name = known;
  return out;
}

const SCHEMAS: Record<string, Schema> = { person: "Person", p: "Person", enterprise: "Organization", e: "Organization" };

export function mapSanctionEntity(node: XmlNode, file: string): Entity {
  const fail: Fail = failer(node, file);
  const logicalId = clean(node.attrs.logicalId);
  if (!logicalId) return fail("logicalId", "sanctionEntity without a logicalId");
  const subject = children(node, "subjectType")[0];
  const code = clean(subject?.attrs.code)?.toLowerCase() ?? clean(subject?.attrs.classificationCode)?.toLowerCase() ?? "";
  const schema = SCHEMAS[code];
  if (!schema) fail("subjectType", `unknown subject type '${code}'`);
  const entity = createEntity(SOURCE_KEY, logicalId, schema);

  // The first strong alias is the name the EU lists first; strong="false" marks a weak alias, which
  // becomes the caption only when every alias is weak.
  const aliases = children(node, "nameAlias").map((alias) => {
    const a = alias.attrs;
    const whole = clean(a.wholeName) ?? clean([a.firstName, a.middleName, a.lastName].filter(Boolean).join(" "));
    return { alias, whole, weak: clean(a.strong)?.toLowerCase() === "false", lang: clean(a.nameLanguage)?.toLowerCase() };
  });
  const first = aliases.find((a) => a.whole && !a.weak) ?? aliases.find((a) => a.whole);
  if (!first) fail("nameAlias", "sanctionEntity without a name");
  for (const { alias, whole, weak, lang } of [first, ...aliases.filter((a) => a !== first)]) {
    addAlias(entity, whole, weak ? "weak" : "aka", lang);
    const a = alias.attrs;
    addProperty(entity, "title", clean(a.title));
    addProperty(entity, "position", clean(a.function));
    entity.gender ??= genderOf(a.gender);
    for (const r of children(alias, "remark")) addProperty(entity, "aliasNote", `${whole}: ${clean(r.text)}`);
  }

  const reference = clean(node.attrs.euReferenceNumber);
  if (reference) {
    entity.identifiers.push({ type: "eu_reference", value: reference, label: "EU reference number" });
    addProperty(entity, "referenceNumber", reference);
  }
  const unId = clean(node.attrs.unitedNationId);
  if (unId) entity.identifiers.push({ type: "un_reference", value: unId, label: "UN reference number" });
  for (const r of children(node, "remark")) pushUnique(entity.remarks, clean(r.text));
  pushUnique(entity.remarks, clean(node.attrs.designationDetails));

  mapRegulations(entity, node, fail);
  for (const c of children(node, "citizenship")) {
    const { code: cc, name } = isoCountry(c);
    pushUnique(entity.nationalities, cc ?? name);
    pushUnique(entity.countries, cc);
  }
  for (const b of children(node, "birthdate")) mapBirth(entity, b, fail);
  for (const i of children(node, "identification")) mapIdentification(entity, i);
  for (const a of children(node, "address")) {
    const address = mapAddress(a);
    if (!address) continue;
    entity.addresses.push(address);
    pushUnique(entity.countries, address.country);
  }
  return entity;
}

/** One sanction per regulation (the original and its amendments), listed on designationDate. */
function mapRegulations(entity: Entity, node: XmlNode, fail: Fail): void {
  const designated = clean(node.attrs.designationDate);
  const listedOn = parseDate(designated);
  if (designated && !listedOn) fail("designationDate", `not a date ('${designated}')`);
  const regulations = children(node, "regulation");
  // Files before designationDate existed: the earliest entry into force is when the listing took effect.
  const earliest = regulations
    .map((r) => parseDate(r.attrs.entryIntoForceDate))
    .filter((d): d is string => Boolean(d))
    .sort()[0];
  for (const r of regulations) {
    const program = clean(r.attrs.programme);
    const sanction: Entity["sanctions"][number] = { authority: AUTHORITY, list: LIST_NAME };
    if (program) sanction.program = program;
    const on = listedOn ?? earliest;
    if (on) sanction.listedOn = on;
    const basis = clean(r.attrs.numberTitle);
    if (basis) sanction.legalBasis = basis;
    if (!entity.sanctions.some((s) => JSON.stringify(s) === JSON.stringify(sanction))) entity.sanctions.push(sanction);
    pushUnique(entity.programs, program);
    for (const u of children(r, "publicationUrl")) addProperty(entity, "publicationUrl", clean(u.text));
  }
  if (!regulations.length)
    entity.sanctions.push(listedOn ? { authority: AUTHORITY, list: LIST_NAME, listedOn } : { authority: AUTHORITY, list: LIST_NAME });
}

function mapBirth(entity: Entity, b: XmlNode, fail: Fail): void {
  const a = b.attrs;
  const full = clean(a.birthdate);
  const date = parseDate(full);
  if (full && !date) fail("birthdate", `not a date ('${full}')`);
  const pad = (n: string | undefined) => clean(n)?.padStart(2, "0");
  const year = clean(a.year);
  const partial = year ? [year, pad(a.monthOfYear), pad(a.dayOfMonth)].filter(Boolean).join("-") : undefined;
  const found = [date ?? partial, clean(a.yearRangeFrom), clean(a.yearRangeTo)].filter((d): d is string => Boolean(d));
  for (const d of found) pushUnique(entity.birthDates, d);
  if (clean(a.circa) === "true" && found.length) addProperty(entity, "birthDateNote", `circa ${found.join(", ")}`);
  const calendar = clean(a.calendarType);
  if (calendar && calendar.toUpperCase() !== "GREGORIAN") addProperty(entity, "birthDateNote", `${calendar} calendar`);
  const { code, name } = isoCountry(b);
  const place = [clean(a.city), clean(a.place), clean(a.region), name].filter(Boolean).join(", ");
  pushUnique(entity.birthPlaces, place);
  pushUnique(entity.countries, code);
}

function mapIdentification(entity: Entity, i: XmlNode): void {
  const a = i.attrs;
  const label = clean(a.identificationTypeDescription) ?? clean(a.identificationTypeCode);
  const { code, name } = isoCountry(i);
  const numbers = [clean(a.number), clean(a.latinNumber)].filter((n, k, all): n is string => Boolean(n) && all.indexOf(n) === k);
  for (const value of numbers) {
    const identifier: Entity["identifiers"][number] = { type: identifierType(a.identificationTypeCode), value };
    if (code) identifier.country = code;
    if (label) identifier.label = label;
    entity.identifiers.push(identifier);
  }
  // Facts the model has no field for stay readable beside the number.
  const flags = ["diplomatic", "knownExpired", "knownFalse", "reportedLost", "revokedByIssuer"].filter((f) => clean(a[f]) === "true");
  const facts = [
    [clean(a.issueDate) && `issued ${parseDate(a.issueDate) ?? clean(a.issueDate)}`, clean(a.issuedBy) && `by ${clean(a.issuedBy)}`]
      .filter(Boolean)
      .join(" "),
    !code && name && `(${name})`,
    clean(a.nameOnDocument) && `name on document: ${clean(a.nameOnDocument)}`,
    flags.length && `[${flags.join(", ")}]`,
    ...children(i, "remark").map((r) => clean(r.text)),
  ].filter(Boolean);
  if (numbers.length && facts.length) addProperty(entity, "documentDetails", `${label ?? "document"} ${numbers[0]}: ${facts.join("; ")}`);
}

function mapAddress(node: XmlNode): Address | undefined {
  const a = node.attrs;
  const street = clean(a.street);
  const poBox = clean(a.poBox);
  const city = clean(a.city);
  const region = clean(a.region);
  const place = clean(a.place);
  const postalCode = clean(a.zipCode);
  const { code, name } = isoCountry(node);
  const notes = children(node, "remark")
    .map((r) => clean(r.text))
    .filter(Boolean);
  const parts = [street, poBox && `P.O. Box ${poBox}`, place, [postalCode, city].filter(Boolean).join(" "), region, name].filter(Boolean);
  if (!parts.length && !notes.length) return undefined;
  const full = [parts.join(", "), ...notes.map((n) => `(${n})`)].filter(Boolean).join(" ");
  const address: Address = { full };
  if (street) address.street = street;
  if (city) address.city = city;
  if (region) address.region = region;
  if (postalCode) address.postalCode = postalCode;
  if (code) address.country = code;
  if (name) address.countryName = name;
  return address;
}
