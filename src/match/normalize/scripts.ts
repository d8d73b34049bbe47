/** Script detection per character and per token (ISO 15924 codes). */

const TESTS: [string, RegExp][] = [
  ["Latn", /\p{Script=Latin}/u],
  ["Cyrl", /\p{Script=Cyrillic}/u],
  ["Hani", /\p{Script=Han}/u],
  ["Arab", /\p{Script=Arabic}/u],
  ["Hang", /\p{Script=Hangul}/u],
  ["Kana", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Grek", /\p{Script=Greek}/u],
  ["Hebr", /\p{Script=Hebrew}/u],
  ["Geor", /\p{Script=Georgian}/u],
  ["Armn", /\p{Script=Armenian}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Deva", /\p{Script=Devanagari}/u],
];

const cache = new Map<number, string>();

/** Script of one character: a code above, "Zyyy" for digits and other common characters, "Other" for the rest. */
export function charScript(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return /[a-zA-Z]/.test(ch) ? "Latn" : "Zyyy";
  const hit = cache.get(cp);
  if (hit) return hit;
  let found = /\p{L}|\p{M}/u.test(ch) ? "Other" : "Zyyy";
  for (const [code, re] of TESTS) {
    if (re.test(ch)) {
      found = code;
      break;
    }
  }
  if (cache.size < 20_000) cache.set(cp, found);
  return found;
}

/** The main script of a text: the most frequent letter script ("Latn" when it has none). */
export function textScript(text: string): string {
  const counts = new Map<string, number>();
  for (const ch of text) {
    const s = charScript(ch);
    if (s === "Zyyy") continue;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best = "Latn";
  let n = 0;
  for (const [s, c] of counts) {
    if (c > n) {
      best = s;
      n = c;
    }
  }
  return best;
}

/** Scripts that write few vowels: names from them are compared on consonants. */
export const ABJADS = new Set(["Arab", "Hebr"]);

/** Splits a word where the script changes ("ООО“БАЗО”" stays one run; "Gazpromнефть" becomes two). */
export function splitByScript(word: string): { text: string; script: string }[] {
  const out: { text: string; script: string }[] = [];
  let current = "";
  let script = "";
  for (const ch of word) {
    const s = charScript(ch);
    // Digits, marks and other common characters stay with the run they are in.
    const neutral = s === "Zyyy" || /\p{M}/u.test(ch);
    if (!neutral && script && s !== script) {
      out.push({ text: current, script });
      current = "";
    }
    if (!neutral) script = s;
    current += ch;
  }
  if (current) out.push({ text: current, script: script || "Zyyy" });
  return out;
}
