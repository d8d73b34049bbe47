/**
 * Phonetic keys for Latin tokens: spellings that transliteration systems and languages write
 * differently for the same sound fold to one key (Yevgeniy / Evgeniy / Jewgenij → "evgeni";
 * Zelenskyy / Zelensky → "zelenski"; Khodorkovsky / Hodorkovskiy → "hodorkovski").
 */

const RULES: [RegExp, string][] = [
  // Letters typed twice ("Joonng" for "Jong"); doubled letters are folded again at the end.
  [/([a-z])\1+/g, "$1"],
  // Iotated initial e: Yevgeniy / Jewgeni / Evgeniy.
  [/^[yj]e/, "e"],
  [/shch|sch|tsch/g, "sh"],
  [/tch/g, "ch"],
  [/dzh|dj|zh/g, "J"],
  // j after a vowel before a consonant or at the end is the й of Sergej, Jurij: write it y.
  [/([aeiouy])j(?![aeiou])/g, "$1y"],
  [/kh/g, "h"],
  [/gh/g, "g"],
  [/ph/g, "f"],
  [/th/g, "t"],
  [/dh/g, "d"],
  [/bh/g, "b"],
  [/ck/g, "k"],
  [/ch/g, "C"],
  [/c/g, "k"],
  [/tz/g, "ts"],
  [/q/g, "k"],
  [/x/g, "ks"],
  [/w/g, "v"],
  [/y/g, "i"],
  [/ou|oo/g, "u"],
  [/ee/g, "i"],
  [/([^aeiou])ie/g, "$1i"],
  [/C/g, "ch"],
  [/J/g, "j"],
  // Doubled letters: Zelenskii, Mohammed, Hussein.
  [/([a-z])\1+/g, "$1"],
];

const cache = new Map<string, string>();
const CACHE_MAX = 100_000;

/** Phonetic key of an ASCII lower-case token; digits and tokens without letters are kept as they are. */
export function phoneticKey(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let s = text;
  if (/[a-z]/.test(text) && !/\d/.test(text)) for (const [re, to] of RULES) s = s.replace(re, to);
  // A pure function's memo: same input, same output; bounded so that a long batch cannot grow it forever.
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, s);
  return s;
}

/** Consonants of a phonetic key (Mohammed / Muhammad → "mhmd"); used to find candidates and for abjad scripts. */
export function consonantKey(key: string): string {
  if (/\d/.test(key)) return key;
  return key
    .replace(/([^aeiou])h/g, "$1")
    .replace(/[aeiou]/g, "")
    .replace(/([a-z])\1+/g, "$1");
}

/**
 * Consonant skeleton for comparing a name written in an abjad (Arabic, Hebrew: vowels mostly
 * unwritten, w/y/' stand for vowels) with a Latin one: both sides drop vowels and vowel carriers.
 * With `arabic`, the letters Arabic writes with others (p as b, v as f) fold as Arabic writes them.
 */
export function abjadKey(text: string, arabic = false): string {
  // Arabic has no p or v: Latin p is written ب (b), v is written ف (f). Hebrew ב is b or v.
  const letters = text.replace(/[^a-z0-9]/g, "");
  return (arabic ? letters.replace(/p/g, "b").replace(/v/g, "f") : letters.replace(/v/g, "b"))
    .replace(/[aeiouyvwh']/g, "")
    .replace(/q/g, "k")
    .replace(/c/g, "k")
    .replace(/([a-z])\1+/g, "$1");
}

/**
 * name-v4's consonant skeleton for an abjad name against a Latin one, from the written letters of both
 * sides (not the phonetic key, which folds kh into h): kh, ch are one sound (خ, ח), sh another (ش, ש), a
 * final h is a vowel letter (ة, ה); vowels, w, y and the ayn and hamza marks drop. Unlike abjadKey, kh and
 * sh are not h and s: משה (msh) is "mS" as Moshe is, KHAMIS is "xms"; خالد (khld) is "xld" as Khaled is.
 */
export function strictAbjadKey(text: string, arabic = false): string {
  let s = text.replace(/[^a-z0-9]/g, "");
  s = s.replace(/kh|ch/g, "x").replace(/sh/g, "S").replace(/gh/g, "g").replace(/th/g, "t").replace(/dh/g, "d");
  s = s.replace(/h$/, "");
  s = arabic ? s.replace(/p/g, "b").replace(/v/g, "f") : s.replace(/v/g, "b");
  return s
    .replace(/[aeiouyw]/g, "")
    .replace(/[qc]/g, "k")
    .replace(/([a-zA-Z])\1+/g, "$1");
}
