/** OFAC ENHANCED_XML records → entities. Written for the consolidated (non-SDN) file; the SDN file has the same schema. */
import { ParseError } from "../../errors.js";
import {
  type Address,
  addName,
  addProperty,
  createEntity,
  type Entity,
  type NameKind,
  pushUnique,
  type Schema,
} from "../../model/index.js";
import { parseDate } from "../common/dates.js";
import type { InputFile, ParseContext } from "../types.js";
import { applyFeature } from "./enhanced-features.js";
import { documentType, identifierValue } from "./enhanced-ids.js";
import type { EnhancedAddress, EnhancedName, EnhancedRecord, EnhancedTranslation } from "./enhanced-record.js";
import { type EnhancedHeader, openEnhancedInput, readEnhancedRecords, scanEnhancedXml } from "./enhanced-xml.js";

export interface EnhancedListInfo {
  /** The source key of the file being read: "us_ofac_cons" or "us_ofac_sdn". */
  key: string;
  /**
   * Where a relationship points when its entity is not in this file. OFAC publishes two files, the
   * SDN List and the Consolidated (non-SDN) List; an entity number missing from one is on the other.
   */
  otherKey: string;
  /** The other file's list, for the note on such links: "SDN List". */
  otherList: string;
}

const SCHEMAS: Record<string, Schema> = { individual: "Person", entity: "Organization", vessel: "Vessel", aircraft: "Aircraft" };
const ALIAS_KINDS: Record<string, NameKind> = { "a.k.a.": "aka", "f.k.a.": "fka", "n.k.a.": "aka" };
/** OFAC's script names → ISO 15924, the codes `detectScript` gives (both Chinese scripts are "Hani"). */
const SCRIPTS: Record<string, string> = {
  latin: "Latn",
  cyrillic: "Cyrl",
  arabic: "Arab",
  armenian: "Armn",
  georgian: "Geor",
  greek: "Grek",
  hebrew: "Hebr",
  hangul: "Hang",
  korean: "Hang",
  japanese: "Jpan",
  "chinese simplified": "Hani",
  "chinese traditional": "Hani",
};
/** Lists that only gather others: every entity of the non-SDN file is on "Consolidated List" as well. */
const UMBRELLA_LISTS = new Set(["Consolidated List"]);
const NAME_PART_KEYS: Record<string, string> = {
  "first name": "firstName",
  "last name": "lastName",
  "middle name": "middleName",
  "maiden name": "maidenName",
  patronymic: "patronymic",
  matronymic: "matronymic",
  nickname: "nickname",
};

/** Every entity of one ENHANCED_XML file (or zip); sets ctx.meta.publishedAt from dataAsOf. */
export async function* parseEnhancedEntities(file: InputFile, ctx: ParseContext, info: EnhancedListInfo): AsyncGenerator<Entity> {
  const input = await openEnhancedInput(file, ctx, info.key);
  const header = await scanEnhancedXml(input, info.key);
  if (header.dataAsOf) ctx.meta.publishedAt = header.dataAsOf;
  for await (const record of readEnhancedRecords(input, header, info.key)) {
    yield mapEnhancedRecord(record, header, info, input.label);
  }
}

export function mapEnhancedRecord(
  record: EnhancedRecord,
  header: Pick<EnhancedHeader, "entityIds">,
  info: EnhancedListInfo,
  file: string,
): Entity {
  const schema = SCHEMAS[record.entityType.toLowerCase()];
  if (!schema)
    throw new ParseError(`unknown entity type '${record.entityType}'`, {
      source: info.key,
      file,
      line: record.line,
      field: "generalInfo/entityType",
    });
  const entity = createEntity(info.key, record.id, schema);
  entity.source.url = `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${record.id}`;

  mapNames(entity, record.names);
  for (const a of record.addresses) mapAddress(entity, a);
  for (const f of record.features) applyFeature(entity, f);
  mapDocuments(entity, record);
  mapSanctions(entity, record);
  if (record.remarks) entity.remarks.push(record.remarks);

  for (const r of record.relationships) {
    const inFile = header.entityIds.has(r.relatedId);
    const target = `${inFile ? info.key : info.otherKey}:${r.relatedId}`;
    pushUnique(entity.links, target);
    const quality = r.quality ? ` [${r.quality}]` : "";
    const where = inFile ? "" : `; not in this file, so taken to be on the ${info.otherList}`;
    addProperty(entity, "relationships", `${r.type}: ${r.relatedName ?? "?"} (OFAC entity ${r.relatedId} → ${target}${where})${quality}`);
  }
  return entity;
}

function mapNames(entity: Entity, names: EnhancedName[]): void {
  // The primary name first, so that it is the entity's caption.
  const ordered = [...names.filter((n) => n.isPrimary && !n.isLowQuality), ...names.filter((n) => !n.isPrimary || n.isLowQuality)];
  for (const name of ordered) {
    const kind: NameKind = name.isLowQuality
      ? "weak"
      : name.isPrimary
        ? "primary"
        : (ALIAS_KINDS[(name.aliasType ?? "").toLowerCase()] ?? "aka");
    // Translations of one name (Latin, Cyrillic, Chinese) are all that name; the primary one comes first.
    const translations = [...name.translations].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
    for (const t of translations) {
      const value = t.fullName ?? t.parts.map((p) => p.value).join(" ");
      const script = scriptCode(t);
      addName(entity, value, kind, script ? { script } : {});
    }
    const main = translations[0];
    if (kind === "primary" && entity.schema === "Person" && main) {
      for (const part of main.parts) {
        const key = NAME_PART_KEYS[part.type.toLowerCase()];
        if (key) addProperty(entity, key, part.value);
      }
    }
  }
}

function scriptCode(t: EnhancedTranslation): string | undefined {
  const byName = t.script ? SCRIPTS[t.script.toLowerCase()] : undefined;
  if (byName) return byName;
  // A script this table does not know: the look-up's own code when it is ISO 15924-shaped ("Thai"), else guess from the text.
  if (t.scriptCode && /^[A-Z][a-z]{3}$/.test(t.scriptCode)) return t.scriptCode;
  return undefined;
}

function mapAddress(entity: Entity, a: EnhancedAddress): void {
  const country = a.country;
  pushUnique(entity.countries, country?.iso);
  const translations = a.translations.filter((t) => t.parts.length);
  if (!translations.length) {
    if (!country) return;
    const address: Address = { full: country.name, countryName: country.name };
    if (country.iso) address.country = country.iso;
    entity.addresses.push(address);
    return;
  }
  for (const t of translations) {
    const get = (...types: string[]) =>
      t.parts
        .filter((p) => types.includes(p.type.toUpperCase()))
        .map((p) => p.value)
        .join(", ") || undefined;
    const street = get("ADDRESS1", "ADDRESS2", "ADDRESS3");
    const city = get("CITY");
    const region = get("STATE/PROVINCE", "REGION");
    const postalCode = get("POSTAL CODE");
    const full = [street, city, region, postalCode, country?.name].filter(Boolean).join(", ");
    const address: Address = { full };
    if (street) address.street = street;
    if (city) address.city = city;
    if (region) address.region = region;
    if (postalCode) address.postalCode = postalCode;
    if (country?.iso) address.country = country.iso;
    if (country) address.countryName = country.name;
    entity.addresses.push(address);
  }
}

function mapDocuments(entity: Entity, record: EnhancedRecord): void {
  for (const d of record.documents) {
    if (!d.number) continue;
    const type = documentType(d.type);
    const identifier: Entity["identifiers"][number] = { type, value: identifierValue(type, d.number), label: d.type };
    if (d.issuingCountry?.iso) identifier.country = d.issuingCountry.iso;
    entity.identifiers.push(identifier);
    const what = `${d.type} ${d.number}`;
    if (!d.isValid) addProperty(entity, "invalidIdentifiers", what);
    if (d.issuingAuthority) addProperty(entity, "notes", `${what}: issued by ${d.issuingAuthority}`);
    if (d.issuingLocation) addProperty(entity, "notes", `${what}: issued in ${d.issuingLocation}`);
    if (d.comments) addProperty(entity, "notes", `${what}: ${d.comments}`);
    if (d.issueDate) addProperty(entity, `${type}IssueDate`, parseDate(d.issueDate) ?? d.issueDate);
    if (d.expirationDate) addProperty(entity, `${type}ExpiryDate`, parseDate(d.expirationDate) ?? d.expirationDate);
  }
}

/**
 * The file lists an entity's lists, programs and legal authorities side by side without saying which
 * goes with which. With one list (nearly every record) there is one sanction per program; with
 * several lists, one sanction per list naming all programs and authorities, rather than pairings the
 * file does not state.
 */
function mapSanctions(entity: Entity, record: EnhancedRecord): void {
  for (const p of record.programs) pushUnique(entity.programs, p);
  for (const t of record.sanctionsTypes) addProperty(entity, "sanctionsType", t);
  const specific = record.lists.filter((l) => !UMBRELLA_LISTS.has(l.name));
  const lists = specific.length ? specific : record.lists;
  const legalBasis = record.legalAuthorities.join("; ") || undefined;
  const sanction = (list: (typeof lists)[number], program: string | undefined): Entity["sanctions"][number] => {
    const s: Entity["sanctions"][number] = { authority: "US Treasury OFAC", list: list.name };
    if (program) s.program = program;
    if (list.datePublished) s.listedOn = list.datePublished.slice(0, 10);
    if (legalBasis) s.legalBasis = legalBasis;
    return s;
  };
  const [only] = lists;
  if (lists.length === 1 && only) {
    if (!record.programs.length) entity.sanctions.push(sanction(only, undefined));
    for (const p of record.programs) entity.sanctions.push(sanction(only, p));
    return;
  }
  for (const l of lists) entity.sanctions.push(sanction(l, record.programs.join("; ") || undefined));
}
