/**
 * OFAC's classic XML (sdn.xml, consolidated.xml: <sdnList> with <publshInformation> and <sdnEntry>),
 * streamed entry by entry. Shared by the SDN and the consolidated (non-SDN) lists.
 */
import { ParseError } from "../../errors.js";
import { addName, addProperty, countryCode, createEntity, type Entity, pushUnique, type Schema } from "../../model/index.js";
import { parseDate, parseDates } from "../common/dates.js";
import { at, readXmlRecords, text, type XmlNode } from "../common/xml.js";
import type { InputFile, ParseContext } from "../types.js";
import type { OfacListInfo } from "./map.js";
import { applyRemarks, identifierType } from "./remarks.js";

const SCHEMA: Record<string, Schema> = { individual: "Person", entity: "Organization", vessel: "Vessel", aircraft: "Aircraft" };

/** idTypes that are facts rather than identifiers. */
const PROPERTY_TYPES: Record<string, string> = {
  "additional sanctions information -": "additionalSanctionsInformation",
  "secondary sanctions risk:": "secondarySanctionsRisk",
  "organization established date": "incorporationDate",
  "organization type:": "organizationType",
  "target type": "targetType",
  "for more information, please see:": "moreInformation",
};

function fullName(node: XmlNode, person: boolean): string | undefined {
  const last = text(node, "lastName");
  const first = text(node, "firstName");
  if (person && last && first) return `${last}, ${first}`;
  return [first, last].filter(Boolean).join(" ") || undefined;
}

export function mapClassicEntry(node: XmlNode, info: OfacListInfo, where: { source: string; file: string }): Entity {
  const uid = text(node, "uid");
  if (!uid || !/^\d+$/.test(uid)) throw new ParseError("sdnEntry without a numeric uid", { ...where, line: node.line, field: "uid" });
  const type = (text(node, "sdnType") ?? "").toLowerCase();
  const schema = SCHEMA[type];
  if (!schema) throw new ParseError(`unknown sdnType '${type}'`, { ...where, line: node.line, field: "sdnType" });
  const person = schema === "Person";
  const entity = createEntity(info.key, uid, schema);
  entity.source.url = `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${uid}`;
  const name = fullName(node, person);
  if (!name) throw new ParseError("sdnEntry without a name", { ...where, line: node.line, field: "lastName" });
  addName(entity, name, "primary");
  for (const aka of at(node, "akaList", "aka")) {
    const kind = text(aka, "category") === "weak" ? "weak" : /f\.k\.a/i.test(text(aka, "type") ?? "") ? "fka" : "aka";
    addName(entity, fullName(aka, person), kind);
  }
  for (const program of at(node, "programList", "program")) {
    if (!program.text) continue;
    pushUnique(entity.programs, program.text);
    entity.sanctions.push({ authority: "US Treasury OFAC", list: info.list, program: program.text });
  }
  addProperty(entity, "title", text(node, "title"));
  for (const id of at(node, "idList", "id")) {
    const label = text(id, "idType") ?? "";
    const value = text(id, "idNumber") ?? "";
    const lower = label.toLowerCase();
    if (!value) continue;
    if (lower === "gender") entity.gender = value.toLowerCase();
    else if (PROPERTY_TYPES[lower])
      addProperty(entity, PROPERTY_TYPES[lower], lower.startsWith("organization established") ? (parseDate(value) ?? value) : value);
    else {
      const typeName = /^website$/i.test(label) ? "website" : /^email/i.test(label) ? "email" : (identifierType(label) ?? "other");
      const identifier: Entity["identifiers"][number] = { type: typeName, value, label };
      const country = countryCode(text(id, "idCountry"));
      if (country) identifier.country = country;
      entity.identifiers.push(identifier);
      const issued = parseDate(text(id, "issueDate"));
      const expires = parseDate(text(id, "expirationDate"));
      if (issued) addProperty(entity, `${typeName}IssueDate`, issued);
      if (expires) addProperty(entity, `${typeName}ExpiryDate`, expires);
    }
  }
  for (const a of at(node, "addressList", "address")) {
    const street = [text(a, "address1"), text(a, "address2"), text(a, "address3")].filter(Boolean).join(", ");
    const city = text(a, "city");
    const region = text(a, "stateOrProvince");
    const postalCode = text(a, "postalCode");
    const countryName = text(a, "country");
    const full = [street, city, region, postalCode, countryName].filter(Boolean).join(", ");
    if (!full) continue;
    const address: Entity["addresses"][number] = { full };
    if (street) address.street = street;
    if (city) address.city = city;
    if (region) address.region = region;
    if (postalCode) address.postalCode = postalCode;
    if (countryName) {
      address.countryName = countryName;
      const code = countryCode(countryName);
      if (code) {
        address.country = code;
        pushUnique(entity.countries, code);
      }
    }
    entity.addresses.push(address);
  }
  for (const n of [...at(node, "nationalityList", "nationality"), ...at(node, "citizenshipList", "citizenship")]) {
    const country = text(n, "country");
    const code = countryCode(country);
    pushUnique(entity.nationalities, code ?? country);
    if (code) pushUnique(entity.countries, code);
  }
  for (const d of at(node, "dateOfBirthList", "dateOfBirthItem"))
    for (const date of parseDates(text(d, "dateOfBirth"))) pushUnique(entity.birthDates, date);
  for (const p of at(node, "placeOfBirthList", "placeOfBirthItem")) pushUnique(entity.birthPlaces, text(p, "placeOfBirth"));
  const vessel = at(node, "vesselInfo")[0];
  if (vessel) {
    for (const [tag, key] of [
      ["callSign", "callSign"],
      ["vesselType", "vesselType"],
      ["vesselOwner", "vesselOwner"],
      ["tonnage", "tonnage"],
      ["grossRegisteredTonnage", "grossRegisteredTonnage"],
      ["vesselFlag", "flag"],
    ] as const)
      addProperty(entity, key, text(vessel, tag));
    const flag = countryCode(text(vessel, "vesselFlag"));
    if (flag) pushUnique(entity.countries, flag);
  }
  const remarks = text(node, "remarks");
  if (remarks) {
    entity.remarks.push(remarks);
    applyRemarks(entity, remarks);
  }
  return entity;
}

export async function* parseClassicXml(file: InputFile, ctx: ParseContext, info: OfacListInfo): AsyncGenerator<Entity> {
  const where = { source: info.key, file: file.name };
  let root: string | undefined;
  const records = readXmlRecords(ctx.open(file), {
    ...where,
    recordTags: ["sdnEntry"],
    onOpen(name) {
      root ??= name;
      if (root !== "sdnList") throw new ParseError(`not OFAC XML: the root element is <${root}>, not <sdnList>`, where);
    },
    onText(path, value) {
      const tag = path[path.length - 1];
      if (tag === "Publish_Date") {
        const date = parseDate(value);
        if (date) ctx.meta.publishedAt = date;
      } else if (tag === "Record_Count" && /^\d+$/.test(value)) ctx.meta.declaredCount = Number(value);
    },
  });
  for await (const node of records) yield mapClassicEntry(node, info, where);
}
