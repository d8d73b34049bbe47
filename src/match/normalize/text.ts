/**
 * Text clean-up before tokens: Unicode NFKC, case folding, quotes and apostrophes, "&", dotted
 * initialisms ("J.P.", "G.m.b.H." → "jp", "gmbh"), digits written for letters ("Ig0r Sech1n"), and
 * ASCII folding of Latin letters (Erdoğan → erdogan, Støre → store, Straße → strasse).
 */
import anyAscii from "any-ascii";

/** Longest input processed; longer names are cut (and flagged) so that junk cannot stall a batch. */
export const MAX_NAME_CHARS = 300;

const QUOTES = /[«»“”„‟"‹›〈〉《》「」『』]/g;
const APOSTROPHES = /['’‘`´ʻʼʹʾʿ′]/g;
const INITIALISM = /(^|[\s(\-/])((?:\p{L}{1,2}\.){2,})/gu;
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "9": "g" };

export interface CleanText {
  text: string;
  truncated: boolean;
}

/** Lower-cased NFKC text with quotes, apostrophes, "&" and dotted initialisms resolved; punctuation kept. */
export function cleanText(input: string): CleanText {
  let s = input.normalize("NFKC");
  // Strip control characters and lone surrogates from binary junk.
  s = s.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]|[\ud800-\udfff]/g, " ");
  const truncated = s.length > MAX_NAME_CHARS;
  if (truncated) s = s.slice(0, MAX_NAME_CHARS);
  s = s.toLowerCase();
  s = s.replace(QUOTES, " ").replace(APOSTROPHES, "");
  s = s.replace(/[&+＆]/g, " and ");
  s = s.replace(INITIALISM, (_m, pre: string, dotted: string) => `${pre}${dotted.replace(/\./g, "")} `);
  // A digit between two letters stands for a letter ("ig0r", "sech1n", "i9or").
  s = s.replace(/(?<=\p{L})[0134579](?=\p{L})/gu, (d) => LEET[d] ?? d);
  return { text: s, truncated };
}

/** Words separated by anything that is not a letter, mark or digit; commas are kept as their own word. */
export function splitWords(text: string): string[] {
  return text
    .replace(/,/g, " , ")
    .split(/[^\p{L}\p{M}\p{N},]+/u)
    .filter(Boolean);
}

/** A Latin word to ASCII lower case letters and digits. */
export function latinToAscii(word: string): string {
  return anyAscii(word)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Any-script word to ASCII via any-ascii: the fallback transliteration. */
export function anyToAscii(word: string): string {
  return anyAscii(word).toLowerCase();
}
