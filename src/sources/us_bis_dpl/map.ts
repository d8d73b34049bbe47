/**
 * DPL rows → entities. The file has one row per (party, address) and no record ids, so rows are
 * grouped into parties and each party gets an id derived from what identifies its denial order.
 */
import { type Address, addName, addProperty, countryCode, createEntity, type Entity, pushUnique } from "../../model/index.js";
import { nameVariants } from "../common/names.js";
import { guessSchema } from "../common/schema-guess.js";
import type { DplRow } from "./parse.js";
import { SOURCE_KEY } from "./parse.js";

export const DPL_LIST = "Denied Persons List";
export const DPL_AUTHORITY = "US Commerce BIS";

/** "AL-NASER  AIRLINES" and "AL NASER AIRLINES" → "AL-NASER-AIRLINES": letters and digits, upper case. */
export function nameKey(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .match(/[\p{L}\p{N}]+/gu);
  return (words ?? []).join("-");
}

/**
 * The earliest Federal Register citation in the field, as "<volume>FR<page>". Renewals of temporary
 * denial orders append citations ("80 F.R. 30435 5/28/15, 80 F.R. 44930 7/28/15, …") and the list
 * re-types the old ones with small differences ("83F.R. 28801", "81.F.R. 22576", "86 FR. 66277"),
 * but the order's first notice stays, so its volume and page identify the order.
 */
export function earliestCitation(citation: string): string | undefined {
  let best: [number, number] | undefined;
  for (const m of citation.matchAll(/(\d{1,3})\s*\.?\s*F\.?\s*R\.?\s*(\d{1,6})/gi)) {
    const c: [number, number] = [Number(m[1]), Number(m[2])];
    if (!best || c[0] < best[0] || (c[0] === best[0] && c[1] < best[1])) best = c;
  }
  return best ? `${best[0]}FR${best[1]}` : undefined;
}

/**
 * The record id: the folded name plus the order's earliest FR citation, e.g. "I-ASH-68FR38290"
 * (the effective date when no citation can be read: "I-ASH-2003-06-19").
 * Why not the effective date and the whole citation: both change when BIS renews an order (the
 * effective date moves to the renewal, a citation is appended), which would make the same party a
 * new entity. Measured from dpl_2019-06 to dpl_2023-11, over the parties whose name is still listed:
 * all 258 keep their id; keyed by name + effective date 24 of 258 would not, by name + effective date
 * + citation text 30 of 272. The name stays in the id because the file lists each alias as its own
 * row under the same order, and one order can name several parties.
 */
export function dplRecordId(row: Pick<DplRow, "name" | "frCitation" | "effectiveDate">): string {
  return `${nameKey(row.name)}-${earliestCitation(row.frCitation) ?? row.effectiveDate}`;
}

/** Collects the rows of each party, in the order parties first appear. The DPL is small (< 1 MB). */
export async function groupDplRows(rows: AsyncIterable<DplRow>): Promise<DplRow[][]> {
  const groups = new Map<string, DplRow[]>();
  for await (const row of rows) {
    const id = dplRecordId(row);
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return [...groups.values()];
}

/** "PRC" appears for China; "NM" (New Mexico) and other non-codes stay as written. */
function dplCountry(raw: string): string | undefined {
  if (raw.toUpperCase() === "PRC") return "CN";
  return /^[A-Za-z]{2}$/.test(raw) ? countryCode(raw) : undefined;
}

function address(row: DplRow): Address | undefined {
  const parts = [row.streetAddress, row.city, row.state, row.postalCode, row.country].filter(Boolean);
  if (!parts.length) return undefined;
  const a: Address = { full: parts.join(", ") };
  if (row.streetAddress) a.street = row.streetAddress;
  if (row.city) a.city = row.city;
  if (row.state) a.region = row.state;
  if (row.postalCode) a.postalCode = row.postalCode;
  if (row.country) {
    const code = dplCountry(row.country);
    if (code) a.country = code;
    else a.countryName = row.country;
  }
  return a;
}

/** One party: the first row's name is the primary name; other spellings grouped with it are aliases. */
export function mapDplGroup(rows: DplRow[]): Entity {
  const first = rows[0];
  if (!first) throw new Error("empty DPL group");
  const entity = createEntity(SOURCE_KEY, dplRecordId(first), guessSchema(first.name));
  addName(entity, first.name, "primary");
  for (const row of rows) {
    if (row.name !== first.name) addName(entity, row.name, "aka");
    for (const v of nameVariants(row.name)) addName(entity, v.value, v.kind);
  }
  const seenAddresses = new Set<string>();
  const seenSanctions = new Set<string>();
  for (const row of rows) {
    const a = address(row);
    if (a && !seenAddresses.has(JSON.stringify(a))) {
      seenAddresses.add(JSON.stringify(a));
      entity.addresses.push(a);
      pushUnique(entity.countries, a.country);
    }
    // The rows of a party repeat the order, often with the citation re-typed slightly differently
    // ("81 F.R.45276" / "81 F.R. 45276"): one sanction per distinct term, citation from its first row.
    // A differing term is kept (JESUS ADRIAN RAMIREZ expires 2023-12-16 on one row, 2030-12-16 on another).
    const term = `${row.effectiveDate}/${row.expirationDate ?? ""}`;
    if (!seenSanctions.has(term)) {
      seenSanctions.add(term);
      const sanction: Entity["sanctions"][number] = { authority: DPL_AUTHORITY, list: DPL_LIST, listedOn: row.effectiveDate };
      if (row.expirationDate) sanction.endDate = row.expirationDate;
      if (row.frCitation) sanction.legalBasis = row.frCitation;
      entity.sanctions.push(sanction);
    }
    addProperty(entity, "standardOrder", row.standardOrder);
    addProperty(entity, "lastUpdate", row.lastUpdate);
    addProperty(entity, "action", row.action);
  }
  return entity;
}
