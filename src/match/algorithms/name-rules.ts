/**
 * Rules over an alignment that name-v1 and later versions share: each says when the aligned names
 * disagree in a way the weighted sum does not see.
 */
import type { AlignedPair, Alignment } from "../compare/align.js";
import { ORG_SCHEMAS } from "../normalize/tokenize.js";
import type { NameToken, PreparedName, TokenClass } from "../types.js";

const EVIDENCE = new Set<TokenClass>(["name", "patronymic", "generic", "number"]);

/**
 * True when the names agree on initials and nothing else: "N.N." or "V." against a full name. An
 * acronym of three or more letters ("PLA") is evidence of its own.
 */
export function initialsOnly(pairs: AlignedPair[], qt: readonly NameToken[], ct: readonly NameToken[]): boolean {
  let weak = false;
  for (const p of pairs) {
    if (p.how === "initial") weak = true;
    else if (p.how === "initials") {
      const single = p.q.length === 1 ? qt[p.q[0] as number] : ct[p.c[0] as number];
      if ((single?.text.length ?? 0) <= 2) weak = true;
      else return false;
    } else if (EVIDENCE.has((qt[p.q[0] as number] as NameToken).cls)) return false;
  }
  return weak;
}

/** Arabic and Berber "son/daughter of": "Ahmad bin Hasan" is not "Hasan bin Ahmad". */
const NASAB = new Set(["bin", "ben", "ibn", "bint", "binti", "bn", "ould"]);

/** Index of a nasab particle with name parts on both sides, or -1. */
function nasabAt(tokens: readonly NameToken[]): number {
  const at = tokens.findIndex((t) => NASAB.has(t.text));
  return at > 0 && at < tokens.length - 1 ? at : -1;
}

/** True when a name part stands before "bin" in one name and after it in the other. */
export function nasabReversed(pairs: AlignedPair[], qt: readonly NameToken[], ct: readonly NameToken[]): boolean {
  const qa = nasabAt(qt);
  const ca = nasabAt(ct);
  if (qa < 0 || ca < 0) return false;
  return pairs.some((p) => {
    const qi = p.q[0] as number;
    const ci = p.c[0] as number;
    if ((qt[qi] as NameToken).cls !== "name") return false;
    return qi < qa !== ci < ca;
  });
}

/** Articles that begin company names in Romance languages, Dutch and German (not English "the" nor Arabic "al"). */
const LEADING_ARTICLES = new Set([
  "da",
  "de",
  "di",
  "do",
  "du",
  "la",
  "le",
  "il",
  "lo",
  "les",
  "los",
  "las",
  "del",
  "della",
  "dos",
  "das",
  "van",
  "von",
  "der",
  "den",
]);

/** Query parts that say the query names more than the one part it shares with a one-part list name. */
const DISTINCTIVE = new Set<TokenClass>(["name", "generic", "number"]);

/**
 * True when the candidate's only evidence part ("BELLA", "ELITE") matched one query part and the query
 * has other distinctive parts that met nothing: "Bella Italia Restaurant" is not the list entry "BELLA".
 */
export function singleEvidence(a: Alignment, qt: readonly NameToken[], ct: readonly NameToken[], articles = false): boolean {
  if (ct.filter((t) => EVIDENCE.has(t.cls)).length !== 1) return false;
  if (a.unmatchedC.some((j) => EVIDENCE.has((ct[j] as NameToken).cls))) return false;
  // With `articles` (name-v4): "Da Bella", "La Perla" — the article at the head of a company name is part of it.
  if (articles && a.unmatchedQ.includes(0) && LEADING_ARTICLES.has((qt[0] as NameToken).text) && qt[1]?.cls === "name") return true;
  // One- and two-letter name parts ("Co" cut from "Co., Ltd." by the comma, "IG") say too little, as in
  // name-v1's weights; numbers of any length do ("Management Company 23").
  return a.unmatchedQ.some((i) => {
    const t = qt[i] as NameToken;
    return DISTINCTIVE.has(t.cls) && !(t.cls === "name" && t.text.length <= 2);
  });
}

/**
 * True when the query's only evidence part (a name part) matched one part of the list name and the list
 * name has another name part of three letters or more before it that met nothing: "Pegasus AS" is not
 * "SMART PEGASUS", "The Hair AS" is not "Gray Hair" (name-v4, organisation names only).
 */
export function singleQueryEvidence(a: Alignment, qt: readonly NameToken[], ct: readonly NameToken[]): boolean {
  const evidence = qt.filter((t) => EVIDENCE.has(t.cls));
  if (evidence.length !== 1 || evidence[0]?.cls !== "name") return false;
  if (a.unmatchedQ.some((i) => EVIDENCE.has((qt[i] as NameToken).cls))) return false;
  // Only a part that stands before the shared one: a word before a name qualifies it into another name
  // ("SMART PEGASUS"); one after it is mostly a region or a line of business ("FABERLIC EUROPE").
  const first = Math.min(...a.pairs.flatMap((p) => p.c));
  return a.unmatchedC.some((j) => {
    const t = ct[j] as NameToken;
    return j < first && t.cls === "name" && t.text.length >= 3;
  });
}

/**
 * True when the pair is read as organisation names: neither side is a person, and a schema says
 * organisation or either name carries a legal form or a generic word of company names.
 */
export function organisationPair(q: PreparedName, c: PreparedName): boolean {
  if (q.schema === "Person" || c.schema === "Person") return false;
  if (ORG_SCHEMAS.has(q.schema ?? "") || ORG_SCHEMAS.has(c.schema ?? "")) return true;
  const company = (t: NameToken) => t.cls === "legal" || t.cls === "generic";
  return q.tokens.some(company) || c.tokens.some(company);
}

/**
 * True when nothing but generic words (and legal forms, particles, places) agree while a name part of
 * three letters or more met nothing, or while one generic word agrees and another met nothing:
 * "Construction Ltd" is not "Construction Dredging Company", "Management Company" is not "Westminster
 * Management Company", "Le Service AS" is not "Helicopter Service Company". Two generic words that
 * agree with nothing else unmatched ("Tactical Missiles Corporation") stand.
 */
export function genericOnly(a: Alignment, qt: readonly NameToken[], ct: readonly NameToken[]): boolean {
  let generic = 0;
  for (const p of a.pairs) {
    const cls = (qt[p.q[0] as number] as NameToken).cls;
    if (cls === "generic") generic++;
    else if (cls === "name" || cls === "patronymic" || cls === "number" || cls === "initial") return false;
  }
  if (!generic) return false;
  const distinctive = (t: NameToken) => t.text.length >= 3 && (t.cls === "name" || (generic === 1 && t.cls === "generic"));
  return a.unmatchedQ.some((i) => distinctive(qt[i] as NameToken)) || a.unmatchedC.some((j) => distinctive(ct[j] as NameToken));
}

/** Legal-form classes that say only "company" in some language, not which statutory form. */
const COMPANY_WORDS = new Set(["co", "corp", "establishment"]);

/** True for a legal form of a statutory class (GmbH, AG, ООО, SAS), false for "Company", "Corporation". */
export function isStatutoryForm(t: NameToken): boolean {
  return t.cls === "legal" && !COMPANY_WORDS.has(t.concept ?? "");
}

/** Longest name part whose near spelling alone is weak evidence. */
const SHORT = 5;

/** True when two words hold the same letters in another order ("fenr" / "fern"): a typing slip. */
function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join("") === [...b].sort().join("");
}

/**
 * True when the names agree on one evidence part only, a short one (five letters or fewer) met by a
 * near spelling rather than the same letters: "Intel" / "INTER", "BYD" / "BID", "Ozon" / "Ojon".
 * Swapped letters ("Fenr" / "Fern") are a typing slip, not another word.
 */
export function weakSingle(
  pairs: AlignedPair[],
  qt: readonly NameToken[],
  ct: readonly NameToken[],
  exact: number,
  nearSim?: number,
): boolean {
  let evidence = 0;
  let weak = false;
  for (const p of pairs) {
    const q = qt[p.q[0] as number] as NameToken;
    if (!EVIDENCE.has(q.cls)) continue;
    evidence++;
    const c = ct[p.c[0] as number] as NameToken;
    const short = Math.max(q.text.length, c.text.length) <= SHORT;
    // With `nearSim` (name-v4), a part of any length met only this loosely is weak too ("Cardinal" / "CARDIAM").
    if (p.sim < exact && p.q.length === 1 && p.c.length === 1 && (short || (nearSim !== undefined && p.sim < nearSim))) {
      weak = !sameLetters(q.text, c.text);
    }
  }
  return evidence === 1 && weak;
}
