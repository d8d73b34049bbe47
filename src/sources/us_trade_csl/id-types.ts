/**
 * What an `ids` item means: an identifier (normalised type, as the OFAC sources use them), a fact
 * about the entity (gender, secondary sanctions risk, directives, …), or contact data. OFAC lists in
 * the CSL put all of these in the one column.
 */
import { countryCode, type Entity, type Identifier, pushUnique } from "../../model/index.js";
import { parseDate } from "../common/dates.js";
import type { CslId } from "./ids.js";
import { FACT_KEYS, IDENTIFIER_TYPES } from "./labels.js";

const DATE_FACTS = new Set(["incorporationDate", "aircraftManufactureDate"]);

function addFact(entity: Entity, key: string, value: string): void {
  const list = entity.properties[key] ?? [];
  entity.properties[key] = list;
  pushUnique(list, value);
}

/** Applies one item of the `ids` column to the entity. */
export function applyCslId(entity: Entity, id: CslId): void {
  const label = id.type.toLowerCase();
  if (label === "gender") {
    if (/^(male|female)$/i.test(id.number)) entity.gender = id.number.toLowerCase();
    return;
  }
  const factKey = FACT_KEYS[label];
  if (factKey) {
    addFact(entity, factKey, DATE_FACTS.has(factKey) ? (parseDate(id.number) ?? id.number) : id.number);
    return;
  }
  const type = IDENTIFIER_TYPES[label] ?? (/^digital currency address - /.test(label) ? "crypto_wallet" : undefined);
  if (!type) {
    // Directives, dates and other notes ("Executive Order 13662 Directive Determination -", "Listing
    // Date (EO 14024 Directive 2):"); a label we do not know holding a short code counts as an identifier.
    const note = /\bdate\b/i.test(id.type) || /\s/.test(id.number.trim()) || id.number.length > 40 || !/\d/.test(id.number);
    if (note) addFact(entity, "otherInformation", `${id.type} ${id.number}`);
    else pushIdentifier(entity, { type: "other", value: id.number, label: id.type }, id.country);
    return;
  }
  // "IMO 9187629": the number without its prefix, as the OFAC sources store it.
  const value = type === "imo" ? id.number.replace(/^IMO\s*/i, "") : id.number;
  pushIdentifier(entity, { type, value, label: id.type }, id.country);
}

function pushIdentifier(entity: Entity, identifier: Identifier, country: string | undefined): void {
  const code = countryCode(country);
  if (code) identifier.country = code;
  const json = JSON.stringify(identifier);
  if (!entity.identifiers.some((i) => JSON.stringify(i) === json)) entity.identifiers.push(identifier);
}
