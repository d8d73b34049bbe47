/**
 * How alike two name tokens are, and how they met: exact, transliterated (another spelling of the same
 * letters), phonetic (same phonetic key), glossary or legal-form class, initial, edit distance.
 */
import { fullNamesOf } from "../normalize/nicknames.js";
import { abjadKey, strictAbjadKey } from "../normalize/skeleton.js";
import type { MatchHow, NameToken } from "../types.js";
import { osaDistance } from "./edit.js";

export interface TokenSimilarity {
  sim: number;
  how: MatchHow;
  edits?: number;
}

/** Similarities by kind of match; edit distance stays below phonetic so that the kinds keep their order. */
export const SIM = {
  exact: 1,
  concept: 1,
  transliterated: 0.98,
  phonetic: 0.94,
  initial: 0.9,
  initials: 0.85,
  nickname: 0.9,
  editCap: 0.92,
  abjad: 0.9,
} as const;

const NONE: TokenSimilarity = { sim: 0, how: "edit-distance" };

const KEY_EDIT_DISCOUNT = 0.05;

/** Scripts whose characters are syllables: tokens of one of them are compared on their characters. */
export const SYLLABIC: ReadonlySet<string> = new Set(["Hani", "Hang", "Kana"]);

/**
 * Similarity from an edit distance: 1 - edits / length, with short tokens held to stricter account
 * (one edit in a three-letter token changes a third of it).
 */
export function editSimilarity(a: string, b: string, floor = 0): { sim: number; edits: number } {
  const len = Math.max(a.length, b.length);
  if (!len) return { sim: 0, edits: 0 };
  // Similarities below `floor` are not needed exactly: bound the distance computed.
  const max = floor > 0 ? Math.floor((1 - floor) * len) : Number.POSITIVE_INFINITY;
  const edits = osaDistance(a, b, max);
  if (edits > max) return { sim: 0, edits };
  let sim = 1 - edits / len;
  if (Math.min(a.length, b.length) <= 3 && edits > 0) sim = Math.min(sim, 0.6);
  return { sim: Math.min(sim, SIM.editCap), edits };
}

/** The letters a-z of an ASCII string as a bit set. */
function letterSet(s: string): number {
  let set = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) set |= 1 << c;
  }
  return set;
}

function bitCount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * True when two strings cannot be within edit similarity `floor`: an edit adds or removes at most two
 * letters from the set of letters a string holds, so half the letters held by only one side bound the
 * edit distance from below. Saves the edit distance for most pairs of unrelated names.
 */
function tooFar(a: string, aSet: number, b: string, bSet: number, floor: number): boolean {
  if (floor <= 0) return false;
  const max = Math.floor((1 - floor) * Math.max(a.length, b.length));
  return Math.ceil(bitCount(aSet ^ bSet) / 2) > max;
}

function sameInitial(q: NameToken, c: NameToken): boolean {
  if (q.cls === "initial" && c.cls !== "initial") return c.text.startsWith(q.text);
  if (c.cls === "initial" && q.cls !== "initial") return q.text.startsWith(c.text);
  return false;
}

/** Comparisons that later algorithm versions switch on; all off for name-v1 and name-v2. */
export interface CompareOptions {
  /** An Arabic-script name meets a Latin one with p read as b and v as f ("بيريز" / "Pérez"). */
  arabicConsonants?: boolean;
  /** Chinese characters joined from several tokens are compared as characters (高石 is not 高 市). */
  hanRuns?: boolean;
  /**
   * name-v4: an abjad token meets only a token of an alphabet (never a Chinese, Korean or Japanese
   * reading: 比亚迪 is not العبيدي), on strictAbjadKey skeletons of both texts (משה is not KHAMIS).
   */
  strictAbjad?: boolean;
  /** name-v4: initials of a run meet an acronym only when every part is a word of the name (no legal form or particle). */
  acronymWords?: boolean;
}

/**
 * Compares two tokens. Similarities below `floor` may be returned as 0 (callers that drop them anyway
 * save the work).
 */
export function compareTokens(q: NameToken, c: NameToken, floor = 0, options: CompareOptions = {}): TokenSimilarity {
  if (q.script === c.script && SYLLABIC.has(q.script) && q.source !== c.source) {
    // Within Chinese, Korean or Japanese every character is a syllable of the name: 习近平 and 习近朋,
    // 김정은 and 김종은 are different people even where their romanisations are one letter apart.
    const e = editSimilarity(q.source, c.source, floor);
    return { sim: e.sim, how: "edit-distance", edits: e.edits };
  }
  if (q.text === c.text) return { sim: SIM.exact, how: q.script === c.script ? "exact" : "transliterated" };
  if (q.concept || c.concept) {
    if (q.concept === c.concept) return { sim: SIM.concept, how: q.cls === "legal" ? "legal-form" : "glossary" };
    // A legal form meets only a legal form of its class (or a misspelling of itself, below).
    if (q.cls === "legal" && c.cls === "legal") return NONE;
  }
  if (q.cls === "number" || c.cls === "number") return NONE;
  if (sameInitial(q, c)) return { sim: SIM.initial, how: "initial" };
  if (q.cls === "initial" || c.cls === "initial") return NONE;
  if (q.alts.length > 1 || c.alts.length > 1) {
    for (const a of q.alts) for (const b of c.alts) if (a === b) return { sim: SIM.transliterated, how: "transliterated" };
  }
  if (q.key === c.key && q.key.length >= 2) return { sim: SIM.phonetic, how: "phonetic" };
  if (q.cls === "name" && c.cls === "name" && (fullNamesOf(q.text).includes(c.text) || fullNamesOf(c.text).includes(q.text))) {
    return { sim: SIM.nickname, how: "nickname" };
  }
  if (q.abjad !== c.abjad) {
    const arabic = Boolean(options.arabicConsonants) && (q.abjad ? q.script : c.script) === "Arab";
    if (options.strictAbjad && SYLLABIC.has(q.abjad ? c.script : q.script)) return NONE;
    const a = options.strictAbjad ? strictAbjadKey(q.text, arabic) : abjadKey(q.abjad ? q.text : q.key, arabic);
    const b = options.strictAbjad ? strictAbjadKey(c.text, arabic) : abjadKey(c.abjad ? c.text : c.key, arabic);
    if (a.length >= 2 && b.length >= 2) {
      const e = editSimilarity(a, b, floor);
      return { sim: Math.min(SIM.abjad, e.sim), how: "transliterated", edits: e.edits };
    }
    return NONE;
  }
  // Best edit similarity over the spellings (Cyrillic variants), and over the phonetic keys.
  q.textLetters ??= letterSet(q.text);
  c.textLetters ??= letterSet(c.text);
  let best = tooFar(q.text, q.textLetters, c.text, c.textLetters, floor) ? { sim: 0, edits: 0 } : editSimilarity(q.text, c.text, floor);
  let how: MatchHow = "edit-distance";
  if (q.alts.length > 1 || c.alts.length > 1) {
    for (const a of q.alts) {
      for (const b of c.alts) {
        const e = editSimilarity(a, b, Math.max(floor, best.sim));
        if (e.sim > best.sim) best = e;
      }
    }
  }
  q.keyLetters ??= letterSet(q.key);
  c.keyLetters ??= letterSet(c.key);
  const keyFloor = Math.max(floor, best.sim);
  const k = tooFar(q.key, q.keyLetters, c.key, c.keyLetters, keyFloor) ? { sim: 0, edits: 0 } : editSimilarity(q.key, c.key, keyFloor);
  // Keys fold letters together, so an edit between keys is a bigger difference than it looks.
  if (k.sim - KEY_EDIT_DISCOUNT > best.sim) {
    best = { sim: Math.min(k.sim - KEY_EDIT_DISCOUNT, SIM.phonetic - 0.02), edits: k.edits };
    how = "phonetic";
  }
  return best.sim > 0 ? { sim: best.sim, how, edits: best.edits } : NONE;
}

/** "jc" for "Jean Claude", "pla" for "People's Liberation Army": the initials of a run of tokens. */
export function initialsOf(tokens: readonly NameToken[]): string {
  let s = "";
  for (const t of tokens) s += t.text[0] ?? "";
  return s;
}
