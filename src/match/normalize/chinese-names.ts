/**
 * Chinese names written in Wade-Giles ("Mao Tse-tung", "Hsi Chin-ping", "Chiang Ching-kuo") and
 * Cantonese surnames in such names ("Lee Teng-hui"): which words of a cleaned name they are, and their
 * pinyin spellings, so that they meet the pinyin the matcher reads from characters.
 *
 * A name is read so only when it looks Chinese: two to four words, every word a syllable (Wade-Giles,
 * pinyin or a Cantonese surname) or a hyphenated run of two or three, and one word that only Wade-Giles
 * writes ("hsi", "tung") or a hyphenated run. "Kim Yong-chol" is not read ("kim" and "chol" are not
 * syllables), nor is "Chang Su Ha" (nothing in it is Wade-Giles only).
 */
import { cantoneseSurnameToPinyin, isDistinctiveWadeGiles, isPinyinSyllable, wadeGilesName, wadeGilesToPinyin } from "./romanization.js";

export interface RomanizedName {
  /** The text with hyphenated runs written as one word ("mao tsetung"). */
  text: string;
  /** Spellings of each read word, the word first ("tsetung" → tsetung, zedong, zetong, cedong, cetong). */
  alts: Map<string, string[]>;
}

const WORD = /^[a-z]+(?:-[a-z]+){0,2}$/;

function isSyllable(s: string): boolean {
  return wadeGilesToPinyin(s).length > 0 || isPinyinSyllable(s) || cantoneseSurnameToPinyin(s).length > 0;
}

/** The Wade-Giles reading of a cleaned, lower-case name, or undefined when it does not look Chinese. */
export function romanizeChineseName(text: string): RomanizedName | undefined {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/^[,.]+|[,.]+$/g, ""))
    .filter(Boolean);
  if (words.length < 2 || words.length > 4) return undefined;
  let marked = false;
  for (const w of words) {
    if (!WORD.test(w)) return undefined;
    const syllables = w.split("-");
    if (!syllables.every(isSyllable)) return undefined;
    if (syllables.length > 1 || isDistinctiveWadeGiles(w)) marked = true;
  }
  if (!marked) return undefined;
  const alts = new Map<string, string[]>();
  for (const w of words) {
    const syllables = w.split("-");
    const joined = syllables.join("");
    const spellings = syllables.length > 1 ? wadeGilesName(syllables) : [...wadeGilesToPinyin(w), ...cantoneseSurnameToPinyin(w)];
    const unique = [...new Set([joined, ...spellings])];
    if (unique.length > 1) alts.set(joined, unique);
  }
  return { text: text.replace(/\b([a-z]+)-([a-z]+)(?:-([a-z]+))?\b/g, (_m, a: string, b: string, c?: string) => a + b + (c ?? "")), alts };
}
