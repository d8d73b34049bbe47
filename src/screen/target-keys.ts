/**
 * The deterministic evidence that two listings stand for one designation (docs/screening.md,
 * "Targets"): the OFAC entity number, a UN reference number, or a strong identifier. Names are never
 * evidence. Each listing yields its join keys; listings that share a key are joined by targets.ts.
 */
import type { Entity, Schema } from "../model/index.js";

export type EvidenceKind = "ofac_entity_number" | "un_reference" | "identifier";

export interface JoinKey {
  kind: EvidenceKind;
  /** The identifier type for kind "identifier" ("imo", "passport" …). */
  type?: string;
  /** Normalised: upper case, letters and digits only (UN references as "QDi.001"). */
  value: string;
  /** ISO alpha-2, for identifier types that are only unique within their country. */
  country?: string;
}

/** What the targets need of an entity: no names, addresses or remarks. */
export type TargetInput = Pick<Entity, "id" | "schema" | "source" | "identifiers"> & {
  sanctions: readonly Pick<Entity["sanctions"][number], "authority" | "list">[];
  releaseId: number;
};

/** The authority the OFAC sources and the CSL's Treasury lists (SDN, SSI, FSE, CAP, NS-MBS, PLC, CMIC) write. */
const TREASURY = "US Treasury OFAC";

/**
 * The OFAC entity number of a listing: the record id of us_ofac_sdn and us_ofac_cons (one numbering
 * for both lists), and of the CSL's rows of Treasury lists the number after the list code: the CSL
 * keeps each list's row apart as "<list code>-<_id>", and on Treasury lists `_id` is the OFAC
 * entity number ("SDN-17018", "SSI-17018", "NS-MBS-17018" are Sberbank; src/sources/us_trade_csl/map.ts).
 */
/** What targets need of an entity, and nothing more (entities read one by one are not all kept). */
export function targetInput(e: TargetInput): TargetInput {
  return {
    id: e.id,
    schema: e.schema,
    source: e.source,
    identifiers: e.identifiers,
    sanctions: e.sanctions.map((s) => ({ authority: s.authority, list: s.list })),
    releaseId: e.releaseId,
  };
}

export function ofacEntityNumber(e: Pick<TargetInput, "source" | "sanctions">): string | undefined {
  const { key, recordId } = e.source;
  if (key === "us_ofac_sdn" || key === "us_ofac_cons") return /^\d+$/.test(recordId) ? recordId : undefined;
  if (key === "us_trade_csl" && e.sanctions.some((s) => s.authority === TREASURY)) return /^[A-Z][A-Z-]*-(\d+)$/.exec(recordId)?.[1];
  return undefined;
}

const DOCUMENT = /^(?=(?:\D*\d){3})[A-Z0-9]{5,30}$/;

/**
 * Identifier types that name one party, with what a value must look like to count. Types whose
 * numbers are only unique within a country (passports, national ids, tax and registration numbers,
 * VAT numbers) count only with their country, and need five characters of which three digits: "6205"
 * (AU) or "829" are not evidence. Not listed, so never evidence: MMSI (reassigned), aircraft serial
 * and tail numbers (serials repeat across makers, tails are re-registered), crypto wallets, e-mail,
 * phone, fax and websites (shared by a person and their firms: PEYKASA and Rasool JALILI share an
 * e-mail), ISINs and tickers (securities, not parties), licence, driving licence and birth
 * certificate numbers, and the sources' unlabelled "other" numbers.
 */
export const STRONG_IDENTIFIERS: Record<string, { country: boolean; valid: RegExp }> = {
  imo: { country: false, valid: /^\d{7}$/ },
  lei: { country: false, valid: /^[A-Z0-9]{18}\d{2}$/ },
  swift: { country: false, valid: /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/ },
  bik: { country: false, valid: /^\d{9}$/ },
  passport: { country: true, valid: DOCUMENT },
  national_id: { country: true, valid: DOCUMENT },
  tax_id: { country: true, valid: DOCUMENT },
  registration: { country: true, valid: DOCUMENT },
  vat: { country: true, valid: DOCUMENT },
};

/** "QDi.001", "qdi 001", "KPe.016" → "QDi.001"; undefined when it is not a UN reference. */
export function unReference(value: string): string | undefined {
  const m = /^([A-Z]{2})([IE])\s*\.?\s*(\d{3})$/i.exec(value.trim());
  return m ? `${(m[1] as string).toUpperCase()}${(m[2] as string).toLowerCase()}.${m[3]}` : undefined;
}

function normalise(type: string, value: string): string {
  const upper = value.toUpperCase();
  // Most values are ASCII: the plain pattern is the fast path.
  let v = /^[\x20-\x7e]*$/.test(upper) ? upper.replace(/[^A-Z0-9]/g, "") : upper.replace(/[^\p{L}\p{N}]/gu, "");
  if (type === "imo") v = v.replace(/^IMO/, "");
  // A BIC with the head-office branch code "XXX" is the same BIC as its first eight letters.
  if (type === "swift" && v.length === 11 && v.endsWith("XXX")) v = v.slice(0, 8);
  return v;
}

/**
 * The join keys of a listing. UN references come from `un_reference` identifiers (the UN list's own
 * reference, the EU file's `unitedNationId`), never from remarks: remarks name other parties'
 * references ("Headed by Abdelmalek Droukdel (QDi.232)").
 */
export function joinKeys(e: TargetInput): JoinKey[] {
  const keys: JoinKey[] = [];
  const ofac = ofacEntityNumber(e);
  if (ofac) keys.push({ kind: "ofac_entity_number", value: ofac });
  for (const id of e.identifiers) {
    let key: JoinKey | undefined;
    if (id.type === "un_reference") {
      const ref = unReference(id.value);
      if (ref) key = { kind: "un_reference", value: ref };
    } else {
      const rule = STRONG_IDENTIFIERS[id.type];
      if (!rule || (rule.country && !id.country)) continue;
      const value = normalise(id.type, id.value);
      if (rule.valid.test(value)) key = { kind: "identifier", type: id.type, value, ...(rule.country ? { country: id.country } : {}) };
    }
    if (key && !keys.some((k) => sameKey(k, key))) keys.push(key);
  }
  return keys;
}

function sameKey(a: JoinKey, b: JoinKey): boolean {
  return a.kind === b.kind && a.value === b.value && a.type === b.type && a.country === b.country;
}

/** One string per key, for grouping: kind, type, value, country. */
export function keyString(k: JoinKey): string {
  return `${k.kind}|${k.type ?? ""}|${k.value}|${k.country ?? ""}`;
}

/** Schemas that may be one party: an Organization and a Company may, a Person and a Company may not. */
export function schemaGroup(schema: Schema): string {
  return schema === "Company" ? "Organization" : schema;
}
