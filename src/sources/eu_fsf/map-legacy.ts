/**
 * EU Financial Sanctions Files, legacy v1.0 XML (until 2017): <WHOLE Date="dd/mm/yyyy"> holding
 * <ENTITY Id Type="P|E" legal_basis reg_date pdf_link programme remark> with NAME, BIRTH, CITIZEN,
 * PASSPORT and ADDRESS children. Each child repeats per regulation that stated it, so values repeat.
 */
import { type Address, addProperty, countryCode, countryName, createEntity, type Entity, pushUnique } from "../../model/index.js";
import { parseDate } from "../common/dates.js";
import { children, text, type XmlNode } from "../common/xml.js";
import { AUTHORITY, addAlias, clean, type Fail, failer, genderOf, identifierType, LIST_NAME, SOURCE_KEY } from "./map.js";

/** ISO alpha-3 as the legacy file writes countries ("IRQ"); the code and a readable name. */
function legacyCountry(raw: string | undefined): { code?: string; name?: string } {
  const v = clean(raw);
  if (!v) return {};
  const code = countryCode(v);
  return code ? { code, name: countryName(code) ?? v } : { name: v };
}

export function mapLegacyEntity(node: XmlNode, file: string): Entity {
  const fail: Fail = failer(node, file);
  const id = clean(node.attrs.Id);
  if (!id) return fail("Id", "ENTITY without an Id");
  const type = clean(node.attrs.Type);
  if (type !== "P" && type !== "E") fail("Type", `unknown entity type '${type ?? ""}' (expected P or E)`);
  const entity = createEntity(SOURCE_KEY, id, type === "P" ? "Person" : "Organization");

  for (const n of children(node, "NAME")) {
    const whole = clean(text(n, "WHOLENAME")) ?? clean(["FIRSTNAME", "MIDDLENAME", "LASTNAME"].map((f) => text(n, f) ?? "").join(" "));
    addAlias(entity, whole, "aka", clean(text(n, "LANGUAGE"))?.toLowerCase());
    addProperty(entity, "title", clean(text(n, "TITLE")));
    addProperty(entity, "position", clean(text(n, "FUNCTION")));
    entity.gender ??= genderOf(text(n, "GENDER"));
  }
  if (!entity.names.length) fail("NAME", "ENTITY without a name");

  mapSanctions(entity, node, fail);
  for (const c of children(node, "CITIZEN")) {
    const { code, name } = legacyCountry(text(c, "COUNTRY"));
    pushUnique(entity.nationalities, code ?? name);
    pushUnique(entity.countries, code);
  }
  for (const b of children(node, "BIRTH")) {
    const raw = clean(text(b, "DATE"));
    const dates = legacyBirthDates(raw);
    for (const d of dates) pushUnique(entity.birthDates, d);
    if (raw && !dates.length) addProperty(entity, "birthDateNote", raw);
    if (raw && /approximative/i.test(raw)) addProperty(entity, "birthDateNote", `approximately ${dates.join(", ")}`);
    const { code, name } = legacyCountry(text(b, "COUNTRY"));
    pushUnique(entity.birthPlaces, [clean(text(b, "PLACE")), name].filter(Boolean).join(", "));
    pushUnique(entity.countries, code);
  }
  for (const p of children(node, "PASSPORT")) mapPassport(entity, p);
  for (const a of children(node, "ADDRESS")) {
    const address = mapLegacyAddress(a);
    if (!address) continue;
    if (!entity.addresses.some((x) => x.full === address.full)) entity.addresses.push(address);
    pushUnique(entity.countries, address.country);
  }
  return entity;
}

/** "1924-02-21", "1965", "1965 (approximative)", "1958 - 1963 (approximative)" (both ends). */
export function legacyBirthDates(raw: string | undefined): string[] {
  const v = raw?.replace(/\(approximative\)/i, "").trim();
  if (!v) return [];
  const range = /^(\d{4})\s*-\s*(\d{4})$/.exec(v);
  if (range) return [range[1] as string, range[2] as string];
  const d = parseDate(v);
  return d ? [d] : [];
}

/**
 * The ENTITY's own regulation, plus the others its remark names: "(Entity is sanctioned in regime
 * 310/2002 (OJ L50) of programme ZWE, in regime 314/2004 (OJ L55) of programme ZWE)".
 */
function mapSanctions(entity: Entity, node: XmlNode, fail: Fail): void {
  const a = node.attrs;
  const regDate = clean(a.reg_date);
  const listedOn = parseDate(regDate);
  if (regDate && !listedOn) fail("reg_date", `not a date ('${regDate}')`);
  const main: Entity["sanctions"][number] = { authority: AUTHORITY, list: LIST_NAME };
  const program = clean(a.programme);
  if (program) main.program = program;
  if (listedOn) main.listedOn = listedOn;
  if (clean(a.legal_basis)) main.legalBasis = clean(a.legal_basis);
  entity.sanctions.push(main);
  pushUnique(entity.programs, program);
  addProperty(entity, "publicationUrl", clean(a.pdf_link));
  const remark = clean(a.remark);
  if (remark) entity.remarks.push(remark);
  for (const m of (remark ?? "").matchAll(/in regime (.+?) of programme (\w+)/g)) {
    const [, basis, prog] = m as unknown as [string, string, string];
    pushUnique(entity.programs, prog);
    if (!entity.sanctions.some((s) => s.legalBasis === basis && s.program === prog))
      entity.sanctions.push({ authority: AUTHORITY, list: LIST_NAME, program: prog, legalBasis: basis });
  }
  // Children carry the programme of the regulation that stated them: the entity is under each one.
  for (const child of node.children) pushUnique(entity.programs, clean(child.attrs.programme));
}

/**
 * "AD001095 (passport-National passport) ((passport))", "548-91-5411 (ssn-Social Security Number) (...)",
 * "347834 (passport-National passport)  (valid to 2014-02-21)[known to be expired](...)".
 */
export function parsePassportNumber(raw: string): { value: string; code?: string; label?: string; rest?: string } {
  const m = /^(.*?)\s*\(([a-z]+)-([^)]*)\)\s*([\s\S]*)$/.exec(raw.trim());
  if (!m) return { value: raw.trim() };
  const out: { value: string; code?: string; label?: string; rest?: string } = { value: (m[1] as string).trim(), code: m[2] as string };
  if (clean(m[3])) out.label = clean(m[3]);
  if (clean(m[4])) out.rest = clean(m[4]);
  return out;
}

function mapPassport(entity: Entity, p: XmlNode): void {
  const raw = clean(text(p, "NUMBER"));
  if (!raw) return;
  const { value, code, label, rest } = parsePassportNumber(raw);
  const { code: country, name } = legacyCountry(text(p, "COUNTRY"));
  if (value && !/^unknown$/i.test(value)) {
    const identifier: Entity["identifiers"][number] = { type: identifierType(code), value };
    if (country) identifier.country = country;
    if (label) identifier.label = label;
    if (!entity.identifiers.some((i) => JSON.stringify(i) === JSON.stringify(identifier))) entity.identifiers.push(identifier);
  }
  if (rest && !/^\(\((passport|id)\)\)$/.test(rest))
    addProperty(entity, "documentDetails", `${label ?? "document"} ${value}: ${rest}${country ? "" : name ? ` (${name})` : ""}`);
}

function mapLegacyAddress(node: XmlNode): Address | undefined {
  const street = clean([text(node, "NUMBER"), text(node, "STREET")].filter(Boolean).join(" "));
  const postalCode = clean(text(node, "ZIPCODE"));
  const city = clean(text(node, "CITY"));
  const { code, name } = legacyCountry(text(node, "COUNTRY"));
  const other = clean(text(node, "OTHER"));
  const parts = [street, [postalCode, city].filter(Boolean).join(" "), name].filter(Boolean);
  if (!parts.length && !other) return undefined;
  // OTHER holds phone numbers and notes: "PHONE[042-681 20 81]", "(SSN 156-92-9858 (USA))".
  const full = [parts.join(", "), other && (other.startsWith("(") ? other : `(${other})`)].filter(Boolean).join(" ");
  const address: Address = { full };
  if (street) address.street = street;
  if (city) address.city = city;
  if (postalCode) address.postalCode = postalCode;
  if (code) address.country = code;
  if (name) address.countryName = name;
  return address;
}
