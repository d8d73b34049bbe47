/**
 * Chinese characters to pinyin words. Known words (legal forms, the glossary's generic words) are
 * found by longest match; the rest is cut into two-character words, the usual length of Chinese
 * place and brand names (长沙 天仪 → changsha tianyi). A short run that looks like a person's name is
 * cut surname + given name (习近平 → xi jinping). Syllables of a word are joined; the matcher also
 * joins spaced syllables on the other side ("Xi Jin Ping"), so both forms meet.
 */
import { pinyin } from "pinyin-pro";
import { GLOSSARY, GLOSSARY_V4 } from "./glossary.js";
import { LEGAL_FORMS } from "./legal-forms.js";

export interface HanWord {
  /** Pinyin without tones, syllables joined: "changsha". */
  text: string;
  /** The characters. */
  source: string;
  syllables: string[];
  /** Set for dictionary words. */
  concept?: string;
  legal?: boolean;
}

const HAN = /\p{Script=Han}/u;
const DICT = new Map<string, { concept: string; legal: boolean }>();
for (const [concept, words] of Object.entries(LEGAL_FORMS)) for (const w of words) if (HAN.test(w)) DICT.set(w, { concept, legal: true });
for (const [concept, words] of Object.entries(GLOSSARY)) for (const w of words) if (HAN.test(w)) DICT.set(w, { concept, legal: false });
const MAX_WORD = Math.max(...[...DICT.keys()].map((k) => k.length));
/** name-v4's dictionary: the glossary's additions (GLOSSARY_V4) on top; the older entries win. */
const DICT_V4 = new Map(DICT);
for (const [concept, words] of Object.entries(GLOSSARY_V4)) {
  for (const w of words) if (HAN.test(w) && !DICT_V4.has(w)) DICT_V4.set(w, { concept, legal: false });
}
// 总公司 is a head corporation; 股份有限公司, a company limited by shares, is what English list entries
// write as "Co., Ltd." (浙江大华技术股份有限公司 / ZHEJIANG DAHUA TECHNOLOGY CO., LTD.).
DICT_V4.set("总公司", { concept: "corp", legal: true });
DICT_V4.set("總公司", { concept: "corp", legal: true });
DICT_V4.set("股份有限公司", { concept: "llc", legal: true });
const MAX_WORD_V4 = Math.max(...[...DICT_V4.keys()].map((k) => k.length));

/** Pinyin syllables of a run of Han characters (read in context: 重庆 → chong qing). */
function syllables(run: string, surname: boolean): string[] {
  const out = pinyin(run, { toneType: "none", type: "array", surname: surname ? "head" : "off", nonZh: "removed" }) as string[];
  return out.map((s) =>
    s
      .toLowerCase()
      .replace(/ü|v/g, "u")
      .replace(/[^a-z]/g, ""),
  );
}

/** Chunk lengths for an unknown stretch of characters. */
function chunkLengths(n: number, personLike: boolean): number[] {
  if (personLike) {
    if (n <= 1) return [n];
    if (n === 2) return [1, 1];
    if (n === 3) return [1, 2];
    if (n === 4) return [2, 2];
  }
  const out: number[] = [];
  let left = n;
  while (left > 0) {
    if (left === 3) {
      out.push(3);
      break;
    }
    const take = Math.min(2, left);
    out.push(take);
    left -= take;
  }
  return out;
}

/**
 * Words of a run of Han characters. `personLike` asks for the surname + given-name cut; callers set it
 * for short names without known words. Without `dictionary`, no legal forms or glossary words are looked
 * for (a person's name: 市 in 高市早苗 is part of a surname, not "city"). With `extended`, name-v4's
 * additions to the glossary are words too (卫星 satellite, 雷达 radar …).
 */
export function hanWords(run: string, personLike = false, dictionary = true, extended = false): HanWord[] {
  const dict = extended ? DICT_V4 : DICT;
  const maxWord = extended ? MAX_WORD_V4 : MAX_WORD;
  const chars = [...run].filter((c) => HAN.test(c));
  if (!chars.length) return [];
  // Find known words greedily, longest first.
  const parts: { chars: string[]; known?: { concept: string; legal: boolean } }[] = [];
  let unknown: string[] = [];
  for (let i = 0; i < chars.length; ) {
    if (!dictionary) {
      unknown = chars;
      break;
    }
    let hit: string | undefined;
    for (let len = Math.min(maxWord, chars.length - i); len >= 2 || (len === 1 && !hit); len--) {
      const w = chars.slice(i, i + len).join("");
      if (dict.has(w)) {
        hit = w;
        break;
      }
      if (len === 1) break;
    }
    if (hit) {
      if (unknown.length) parts.push({ chars: unknown });
      unknown = [];
      parts.push({ chars: [...hit], known: dict.get(hit) });
      i += hit.length;
    } else {
      unknown.push(chars[i] as string);
      i++;
    }
  }
  if (unknown.length) parts.push({ chars: unknown });
  const person = personLike && parts.length === 1 && !parts[0]?.known && chars.length <= 4;
  const all = syllables(chars.join(""), person);
  const words: HanWord[] = [];
  let at = 0;
  for (const part of parts) {
    const lengths = part.known ? [part.chars.length] : chunkLengths(part.chars.length, person);
    for (const len of lengths) {
      const syl = all.slice(at, at + len);
      const source = chars.slice(at, at + len).join("");
      at += len;
      const word: HanWord = { text: syl.join(""), source, syllables: syl };
      if (part.known) {
        word.concept = part.known.concept;
        word.legal = part.known.legal;
      }
      words.push(word);
    }
  }
  return words;
}
