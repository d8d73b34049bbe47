/**
 * One <entity> of OFAC's ENHANCED_XML as a typed record, close to the file's own shape. Elements
 * that point into <referenceValues> carry their value inline as well ("<entityType refId="600">Individual");
 * the look-up tables fill in a value only where the inline text is missing, and give country ISO codes.
 */
import { ParseError } from "../../errors.js";
import { child, children, text, type XmlNode } from "../common/xml.js";

export interface ReferenceValue {
  type: string;
  value: string;
  /** Countries: ISO 3166-1 alpha-2; scripts: a numeric ISO 15924 code. */
  isoCode?: string;
  /** Scripts: "Cyrl", "Hans", or OFAC's own word ("Latin"). */
  code?: string;
}

export interface FeatureType {
  type: string;
  /** DATE, LOOKUP, TEXT or COUNTRY. */
  detailType?: string;
}

export interface EnhancedLookups {
  refs: Map<string, ReferenceValue>;
  featureTypes: Map<string, FeatureType>;
}

export interface Country {
  name: string;
  iso?: string;
}

export interface ValueDate {
  fromBegin?: string;
  fromEnd?: string;
  toBegin?: string;
  toEnd?: string;
  isApproximate: boolean;
  isDateRange: boolean;
}

export interface EnhancedTranslation {
  isPrimary: boolean;
  script?: string;
  /** The script's code from the look-up table ("Cyrl", "Hans", "Latin"). */
  scriptCode?: string;
  fullName?: string;
  parts: { type: string; value: string }[];
}

export interface EnhancedName {
  id: string;
  isPrimary: boolean;
  isLowQuality: boolean;
  /** "A.K.A.", "F.K.A.", "N.K.A."; absent on the primary name. */
  aliasType?: string;
  translations: EnhancedTranslation[];
}

export interface EnhancedAddress {
  id: string;
  country?: Country;
  translations: { isPrimary: boolean; script?: string; parts: { type: string; value: string }[] }[];
}

export interface EnhancedFeature {
  id: string;
  type: string;
  detailType?: string;
  value?: string;
  /** The looked-up value's country, for features of detail type COUNTRY. */
  country?: Country;
  date?: ValueDate;
  isPrimary: boolean;
  reliability?: string;
  comments?: string;
}

export interface EnhancedDocument {
  id: string;
  type: string;
  number: string;
  isValid: boolean;
  issuingCountry?: Country;
  issuingAuthority?: string;
  issuingLocation?: string;
  issueDate?: string;
  expirationDate?: string;
  comments?: string;
}

export interface EnhancedRelationship {
  id: string;
  type: string;
  relatedId: string;
  relatedName?: string;
  quality?: string;
  reliability?: string;
  comments?: string;
}

export interface EnhancedListing {
  name: string;
  datePublished?: string;
}

export interface EnhancedRecord {
  /** The OFAC entity number (ent_num in the legacy CSV files). */
  id: string;
  line: number;
  identityId?: string;
  entityType: string;
  remarks?: string;
  lists: EnhancedListing[];
  programs: string[];
  sanctionsTypes: string[];
  legalAuthorities: string[];
  names: EnhancedName[];
  addresses: EnhancedAddress[];
  features: EnhancedFeature[];
  documents: EnhancedDocument[];
  relationships: EnhancedRelationship[];
}

export interface RecordWhere {
  source: string;
  file: string;
}

/** Builds the record; a missing id, an unknown boolean or an unresolvable reference throws with file, line and field. */
export function toEnhancedRecord(node: XmlNode, lookups: EnhancedLookups, where: RecordWhere): EnhancedRecord {
  const fail = (at: XmlNode, field: string, reason: string): never => {
    throw new ParseError(reason, { ...where, line: at.line, field });
  };
  const id = node.attrs.id?.trim() ?? "";
  if (!/^\d+$/.test(id)) fail(node, "entity/@id", `the entity number is not a number ('${id}')`);

  const bool = (parent: XmlNode, name: string, fallback = false): boolean => {
    const el = child(parent, name);
    if (!el) return fallback;
    if (el.text === "true") return true;
    if (el.text === "false") return false;
    return fail(el, name, `expected true or false, found '${el.text}'`);
  };
  /** The element's text, or the looked-up value of its refId where the text is empty. */
  const ref = (el: XmlNode | undefined, field: string): string | undefined => {
    if (!el) return undefined;
    if (el.text) return el.text;
    const refId = el.attrs.refId;
    if (!refId) return undefined;
    const found = lookups.refs.get(refId)?.value;
    return found ?? fail(el, field, `refId ${refId} is not among the referenceValues`);
  };
  const required = (parent: XmlNode, name: string, field: string): string =>
    ref(child(parent, name), field) ?? fail(parent, field, `<${name}> is missing or empty`);
  const country = (el: XmlNode | undefined, field: string): Country | undefined => {
    const name = ref(el, field);
    if (!el || !name) return undefined;
    const iso = el.attrs.refId ? lookups.refs.get(el.attrs.refId)?.isoCode : undefined;
    return iso ? { name, iso } : { name };
  };
  const parts = (parent: XmlNode | undefined, list: string, item: string) =>
    (parent ? children(child(parent, list) ?? parent, item) : []).flatMap((p) => {
      const value = text(p, "value");
      return value ? [{ type: required(p, "type", `${item}/type`), value }] : [];
    });

  const general = child(node, "generalInfo") ?? fail(node, "generalInfo", "<generalInfo> is missing");
  const record: EnhancedRecord = {
    id,
    line: node.line,
    entityType: required(general, "entityType", "generalInfo/entityType"),
    lists: children(child(node, "sanctionsLists") ?? node, "sanctionsList").map((l) => {
      const listing: EnhancedListing = { name: ref(l, "sanctionsList") ?? fail(l, "sanctionsList", "empty list name") };
      if (l.attrs.datePublished) listing.datePublished = l.attrs.datePublished;
      return listing;
    }),
    programs: refs(node, "sanctionsPrograms", "sanctionsProgram", ref),
    sanctionsTypes: refs(node, "sanctionsTypes", "sanctionsType", ref),
    legalAuthorities: refs(node, "legalAuthorities", "legalAuthority", ref),
    names: children(child(node, "names") ?? node, "name").map((n) => {
      const name: EnhancedName = {
        id: n.attrs.id ?? "",
        isPrimary: bool(n, "isPrimary"),
        isLowQuality: bool(n, "isLowQuality"),
        translations: children(child(n, "translations") ?? n, "translation").map((t) => {
          const translation: EnhancedTranslation = { isPrimary: bool(t, "isPrimary"), parts: parts(t, "nameParts", "namePart") };
          setIf(translation, "script", ref(child(t, "script"), "translation/script"));
          const scriptRef = child(t, "script")?.attrs.refId;
          setIf(translation, "scriptCode", scriptRef ? lookups.refs.get(scriptRef)?.code : undefined);
          setIf(translation, "fullName", text(t, "formattedFullName"));
          return translation;
        }),
      };
      setIf(name, "aliasType", ref(child(n, "aliasType"), "name/aliasType"));
      return name;
    }),
    addresses: children(child(node, "addresses") ?? node, "address").map((a) => {
      const address: EnhancedAddress = {
        id: a.attrs.id ?? "",
        translations: children(child(a, "translations") ?? a, "translation").map((t) => {
          const tr: EnhancedAddress["translations"][number] = {
            isPrimary: bool(t, "isPrimary"),
            parts: parts(t, "addressParts", "addressPart"),
          };
          setIf(tr, "script", ref(child(t, "script"), "address/translation/script"));
          return tr;
        }),
      };
      setIf(address, "country", country(child(a, "country"), "address/country"));
      return address;
    }),
    features: children(child(node, "features") ?? node, "feature").map((f) => toFeature(f, lookups, { ref, bool, country, fail })),
    documents: children(child(node, "identityDocuments") ?? node, "identityDocument").map((d) => {
      const doc: EnhancedDocument = {
        id: d.attrs.id ?? "",
        type: required(d, "type", "identityDocument/type"),
        number: text(d, "documentNumber") ?? "",
        isValid: bool(d, "isValid", true),
      };
      setIf(doc, "issuingCountry", country(child(d, "issuingCountry"), "identityDocument/issuingCountry"));
      setIf(doc, "issuingAuthority", text(d, "issuingAuthority"));
      setIf(doc, "issuingLocation", text(d, "issuingLocation"));
      setIf(doc, "issueDate", text(d, "issueDate"));
      setIf(doc, "expirationDate", text(d, "expirationDate"));
      setIf(doc, "comments", text(d, "comments"));
      return doc;
    }),
    relationships: children(child(node, "relationships") ?? node, "relationship").map((r) => {
      const related = child(r, "relatedEntity") ?? fail(r, "relationship/relatedEntity", "<relatedEntity> is missing");
      const relatedId = related.attrs.entityId?.trim() ?? "";
      if (!/^\d+$/.test(relatedId)) fail(related, "relatedEntity/@entityId", `not an entity number ('${relatedId}')`);
      const rel: EnhancedRelationship = { id: r.attrs.id ?? "", type: required(r, "type", "relationship/type"), relatedId };
      setIf(rel, "relatedName", related.text || undefined);
      setIf(rel, "quality", ref(child(r, "quality"), "relationship/quality"));
      setIf(rel, "reliability", ref(child(r, "reliability"), "relationship/reliability"));
      setIf(rel, "comments", text(r, "comments"));
      return rel;
    }),
  };
  setIf(record, "identityId", text(general, "identityId"));
  setIf(record, "remarks", text(general, "remarks"));
  return record;
}

interface Helpers {
  ref: (el: XmlNode | undefined, field: string) => string | undefined;
  bool: (parent: XmlNode, name: string, fallback?: boolean) => boolean;
  country: (el: XmlNode | undefined, field: string) => Country | undefined;
  fail: (at: XmlNode, field: string, reason: string) => never;
}

function toFeature(f: XmlNode, lookups: EnhancedLookups, h: Helpers): EnhancedFeature {
  const typeEl = child(f, "type") ?? h.fail(f, "feature/type", "<type> is missing");
  const declared = typeEl.attrs.featureTypeId ? lookups.featureTypes.get(typeEl.attrs.featureTypeId) : undefined;
  const type = typeEl.text || declared?.type || h.fail(typeEl, "feature/type", "the feature has no type");
  const feature: EnhancedFeature = { id: f.attrs.id ?? "", type, isPrimary: h.bool(f, "isPrimary") };
  setIf(feature, "detailType", declared?.detailType);
  const valueRefId = text(f, "valueRefId");
  const looked = valueRefId ? lookups.refs.get(valueRefId) : undefined;
  if (valueRefId && !looked && !text(f, "value")) h.fail(f, "feature/valueRefId", `refId ${valueRefId} is not among the referenceValues`);
  const value = text(f, "value") ?? looked?.value;
  setIf(feature, "value", value);
  if (value && (looked?.type === "COUNTRY" || declared?.detailType === "COUNTRY")) {
    feature.country = looked?.isoCode ? { name: value, iso: looked.isoCode } : { name: value };
  }
  const vd = child(f, "valueDate");
  if (vd) {
    const date: ValueDate = { isApproximate: h.bool(vd, "isApproximate"), isDateRange: h.bool(vd, "isDateRange") };
    setIf(date, "fromBegin", text(vd, "fromDateBegin"));
    setIf(date, "fromEnd", text(vd, "fromDateEnd"));
    setIf(date, "toBegin", text(vd, "toDateBegin"));
    setIf(date, "toEnd", text(vd, "toDateEnd"));
    feature.date = date;
  }
  setIf(feature, "reliability", h.ref(child(f, "reliability"), "feature/reliability"));
  setIf(feature, "comments", text(f, "comments"));
  return feature;
}

function refs(node: XmlNode, list: string, item: string, ref: Helpers["ref"]): string[] {
  return children(child(node, list) ?? node, item).flatMap((el) => ref(el, item) ?? []);
}

/** Sets an optional field only when there is a value (exactOptionalPropertyTypes-friendly, no `undefined` keys). */
function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined && value !== "") target[key] = value;
}
