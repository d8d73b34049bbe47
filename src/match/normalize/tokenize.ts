/**
 * A name to comparable tokens: clean-up, per-script transliteration, numbers, legal forms and glossary
 * words as classes, titles, particles, initials, patronymics, and the "LAST, First" list form.
 */
import anyAscii from "any-ascii";
import type { NameToken, PreparedName, TokenClass } from "../types.js";
import { ABJAD_PHRASE_FIRST, abjadNameSpellings } from "./abjad-names.js";
import { romanizeChineseName } from "./chinese-names.js";
import { cyrillicVariants, isSerbianOrMacedonian, isUkrainianOrBelarusian } from "./cyrillic.js";
import { PARTICLES, TITLES, TITLES_V4 } from "./glossary.js";
import { greekSpellings } from "./greek.js";
import { hanWords } from "./han.js";
import { koreanHanjaReading } from "./hanja.js";
import { japaneseKanjiReading } from "./kanji-names.js";
import { isKoreanSurname, koreanLatinSurname, koreanListSpelling, koreanSpellings } from "./korean.js";
import { normalizeNumbers } from "./numbers.js";
import { russianConcept, translatedConcept } from "./org-words.js";
import { matchPhrase } from "./phrases.js";
import { isChinesePlace, placeOf } from "./places.js";
import { ABJADS, splitByScript } from "./scripts.js";
import { phoneticKey } from "./skeleton.js";
import { anyToAscii, cleanText, latinToAscii, splitWords } from "./text.js";

/**
 * Readings that later algorithm versions switch on (an algorithm's behaviour never changes under its id).
 * All are off for name-v1 and name-v2.
 */
export interface PrepareFeatures {
  /** Keep name parts that repeat ("Mohamed Mohamed Caddow"); only legal forms, titles and particles are folded. */
  keepRepeats?: boolean;
  /** Serbian and Macedonian Cyrillic in its Latin spelling: ч/ћ → c, ш → s, ж → z (Вучић → vucic). */
  serbianLatin?: boolean;
  /** A short Chinese person's name in characters is a name only: no glossary words (高市早苗 has no "city"). */
  plainHanPersons?: boolean;
  /** Chinese names in Wade-Giles ("Mao Tse-tung") and Cantonese surnames ("Wong") also read in pinyin. */
  romanizations?: boolean;
  /** Chinese cities and provinces at the head of company names weigh little (places.ts). */
  placeWords?: boolean;
  /** Korean in Hangul spelt as lists write it (KIM Jong Un, CHOE Ryong Hae), other spellings as variants. */
  koreanSpellings?: boolean;
  /** A comma inside a legal form ("Co., Ltd.", "CO., LIMITED") does not cut it in two. */
  legalCommas?: boolean;
  /** Generic words of Russian organisation names in any case and gender, and their English words (org-words.ts). */
  russianWords?: boolean;
  /** Wade-Giles and Cantonese readings also in names read for an organisation schema ("Pak To-Chun" listed as a company). */
  romanizeAll?: boolean;
  /**
   * Single letters joined by "and" ("M&S", "I AND S", "G Y G") and, in organisation names, runs of single
   * letters ("A A TRADING", "I A C INTERNATIONAL") are one name part: "ms", "aa", "iac".
   */
  joinInitials?: boolean;
  /** Titles and honorifics in more languages (Президент, Presidente, Coronel, Hajj …; glossary.ts TITLES_V4). */
  moreTitles?: boolean;
  /** Countries and cities inside organisation names are places (places.ts placeOf), weighed as location qualifiers. */
  placeQualifiers?: boolean;
  /** name-v4's glossary additions: industry words of Chinese firm names and their English words (GLOSSARY_V4). */
  moreGlossary?: boolean;
  /** Common Arabic and Hebrew name parts read from a table of their Latin spellings (abjad-names.ts). */
  abjadNames?: boolean;
  /** Greek words also read without their case ending and in English (greek.ts). */
  greekNames?: boolean;
  /** A three-character name in Han characters with a Korean surname read the Korean way (hanja.ts). */
  koreanHanja?: boolean;
  /** A name in kanji that starts with a Japanese family name read the Japanese way (kanji-names.ts). */
  japaneseKanji?: boolean;
}

export interface PrepareOptions {
  /** "Person", "Company", "Organization", "Vessel", "Aircraft"; unknown when absent. */
  schema?: string;
  features?: PrepareFeatures;
}

const LEGAL_COMMA =
  /\b(co|company|corp|corporation|inc)\.?\s*,\s*(?=(?:ltd|limited|llc|inc|incorporated|plc|pte|pty|sa|ag|gmbh|bv|nv|kg)\b)/g;

/** A token before classification. */
interface RawToken {
  text: string;
  alts?: string[];
  source: string;
  script: string;
  abjad?: boolean;
  concept?: string;
  legal?: boolean;
  comma?: boolean;
}

/** Schemas of organisations and things: names read as company names, never as people's. */
export const ORG_SCHEMAS: ReadonlySet<string> = new Set(["Company", "Organization", "LegalEntity", "Vessel", "Aircraft"]);
const PATRONYMIC = /(ovich|evich|yevich|ievich|ovych|ovitch|evitch|ovna|evna|yevna|ivna|ichna)$/;
const FEMALE_PATRONYMIC = /(ovna|evna|yevna|ivna|ichna)$/;

/** The stem of a Russian/Ukrainian adjective in -ский/-ская/-ское/-ские/-ского/-ськ…, if long enough. */
function adjectiveStem(word: string): string | undefined {
  const m = /^(.{4,}?)(ск|цк|ськ|цьк)(ий|ая|ое|ие|ого|ой|ому|ую|их|ый|а|е|о|ого)$/u.exec(word.toLowerCase());
  return m?.[1];
}

/**
 * Hangul as a family name and a joined given name. name-v1 and name-v2 spell the syllables as any-ascii
 * does ("Gim", "Jeong", "Eun"); with `korean`, as lists write them, with the other spellings as
 * variants (korean.ts: 김정은 → kim / gim, jongun / jeongeun …).
 */
function hangulTokens(run: string, korean: boolean): { text: string; source: string; alts?: string[] }[] {
  const chars = [...run].filter((ch) => /\p{Script=Hangul}/u.test(ch));
  if (!chars.length) return [];
  const parts = chars.length >= 2 && chars.length <= 4 ? [chars.slice(0, 1), chars.slice(1)] : [chars];
  return parts.map((part) => {
    const source = part.join("");
    if (korean) {
      const alts = koreanSpellings(part);
      if (alts[0]) return { text: alts[0], source, alts };
    }
    const text = part
      .map((ch) =>
        anyAscii(ch)
          .toLowerCase()
          .replace(/[^a-z]/g, ""),
      )
      .join("");
    return { text, source };
  });
}

/** A Korean surname in South Korean spelling with its list spellings, in names that may be a person's. */
function koreanLatin(text: string, reading: Reading): string[] | undefined {
  if (!reading.korean) return undefined;
  const spellings = koreanLatinSurname(text);
  if (spellings.length) return [text, ...spellings];
  // In a name with a Korean surname, Revised Romanization's eo and eu are the lists' o and u.
  const listed = koreanListSpelling(text);
  return listed ? [text, listed] : undefined;
}

interface Reading {
  ukrainian: boolean;
  serbian: boolean;
  features: PrepareFeatures;
  /** Pinyin spellings of words of a Chinese name in Wade-Giles. */
  romanized?: Map<string, string[]>;
  /** A name that may be a Korean person's, written in Latin with a Korean surname. */
  korean?: boolean;
}

function rawTokens(words: string[], schema: string | undefined, reading: Reading): RawToken[] {
  const { ukrainian, serbian, features } = reading;
  const hanRuns = words.flatMap((w) => splitByScript(w).filter((r) => r.script === "Hani"));
  const hanChars = hanRuns.reduce((n, r) => n + [...r.text].length, 0);
  const personLikeHan = !ORG_SCHEMAS.has(schema ?? "") && hanRuns.length === 1 && hanChars <= 4;
  const plainHan = Boolean(features.plainHanPersons) && schema === "Person" && personLikeHan;
  const out: RawToken[] = [];
  let skip = false;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    if (skip) {
      skip = false;
      continue;
    }
    if (word === ",") {
      out.push({ text: ",", source: ",", script: "Zyyy", comma: true });
      continue;
    }
    for (const run of splitByScript(word)) {
      const script = run.script;
      if (script === "Latn" || script === "Zyyy") {
        const text = latinToAscii(run.text);
        const alts = reading.romanized?.get(text) ?? koreanLatin(text, reading);
        if (text) out.push(alts ? { text, alts, source: run.text, script: "Latn" } : { text, source: run.text, script: "Latn" });
      } else if (script === "Cyrl") {
        const alts = cyrillicVariants(run.text, ukrainian, serbian).map((v) => v.replace(/[^a-z0-9]/g, ""));
        // Place adjectives name the place: "Муромский завод" is the Murom plant.
        const stem = adjectiveStem(run.text);
        if (stem) alts.push(...cyrillicVariants(stem, ukrainian, serbian).slice(0, 2));
        if (alts[0]) out.push({ text: alts[0], alts, source: run.text, script });
      } else if (script === "Hani") {
        const reading = personLikeHan && !ORG_SCHEMAS.has(schema ?? "") ? foreignHanReading(run.text, features) : undefined;
        if (reading) {
          out.push(...reading);
          continue;
        }
        for (const w of hanWords(run.text, personLikeHan, !plainHan, Boolean(features.moreGlossary))) {
          const t: RawToken = { text: w.text, source: w.source, script };
          if (w.concept) {
            t.concept = w.concept;
            t.legal = Boolean(w.legal);
          }
          if (w.text) out.push(t);
        }
      } else if (script === "Hang") {
        for (const t of hangulTokens(run.text, Boolean(features.koreanSpellings))) if (t.text) out.push({ ...t, script });
      } else {
        const abjad = ABJADS.has(script);
        if (abjad && features.abjadNames) {
          // "عبد الله" is one name part, written as two words.
          const next = words[w + 1];
          const phrase = ABJAD_PHRASE_FIRST.has(run.text) && next ? abjadNameSpellings(`${run.text} ${next}`) : undefined;
          if (phrase) {
            const letters = abjadLetters(`${run.text}${next}`);
            out.push({ text: letters, alts: [letters, ...phrase], source: `${run.text} ${next}`, script, abjad });
            skip = true;
            continue;
          }
        }
        // The Arabic article is written joined to its noun (السيسي): split it off as a particle.
        let text = run.text;
        if (script === "Arab" && /^ال./u.test(text) && [...text].length > 3) {
          out.push({ text: "al", source: "ال", script, abjad });
          text = text.slice(2);
        }
        const known = abjad && features.abjadNames ? abjadNameSpellings(text) : undefined;
        if (known) {
          // The letters stay the text (abjad against abjad compares letters: نتنياهو / نتنيحو); the table's
          // Latin spellings are other spellings.
          const letters = abjadLetters(text);
          if (letters) out.push({ text: letters, alts: [letters, ...known], source: run.text, script, abjad });
          continue;
        }
        for (const part of anyToAscii(text).split(/[^a-z0-9'`]+/)) {
          const text = part.replace(/[^a-z0-9]/g, "");
          if (!text) continue;
          const greek = script === "Grek" && features.greekNames ? greekSpellings(text) : [];
          const t: RawToken = abjad ? { text, source: run.text, script, abjad } : { text, source: run.text, script };
          if (greek.length) t.alts = [text, ...greek];
          out.push(t);
        }
      }
    }
  }
  return out;
}

/** An Arabic or Hebrew word in any-ascii letters, as one token ("عبد الله" → bdllh). */
function abjadLetters(word: string): string {
  return anyToAscii(word).replace(/[^a-z0-9]/g, "");
}

/**
 * A person's name in Han characters read as Korean (金正恩 → kim, jongun) or Japanese (山田太郎 → yamada,
 * taro) when its shape says so (name-v4), with the Mandarin reading among the other spellings.
 */
function foreignHanReading(run: string, features: PrepareFeatures): RawToken[] | undefined {
  const chars = [...run].filter((c) => /\p{Script=Han}/u.test(c));
  const pinyin = (s: string) =>
    hanWords(s, false, false)
      .map((w) => w.text)
      .join("");
  if (features.koreanHanja) {
    const korean = koreanHanjaReading(chars);
    if (korean) {
      const [surname, given] = korean;
      const s = koreanSpellings([surname]);
      const g = koreanSpellings(given);
      const sc = chars[0] as string;
      const gc = chars.slice(1).join("");
      return [
        { text: s[0] as string, alts: [...new Set([...s, pinyin(sc)])], source: sc, script: "Hani" },
        { text: g[0] as string, alts: [...new Set([...g, pinyin(gc)])], source: gc, script: "Hani" },
      ];
    }
  }
  if (features.japaneseKanji) {
    const japanese = japaneseKanjiReading(chars);
    if (japanese) {
      const { surname, surnameChars, given, givenChars } = japanese;
      const gp = pinyin(givenChars);
      return [
        { text: surname, alts: [surname, pinyin(surnameChars)], source: surnameChars, script: "Hani" },
        given ? { text: given, alts: [given, gp], source: givenChars, script: "Hani" } : { text: gp, source: givenChars, script: "Hani" },
      ];
    }
  }
  return undefined;
}

/** Joins number words ("forty four" → "44") across the raw tokens. */
function withNumbers(raw: RawToken[]): RawToken[] {
  const merged = normalizeNumbers(raw.map((t) => (t.comma || t.concept ? "\u0000" : t.text)));
  return merged.map(({ text, from, to }) => {
    const first = raw[from] as RawToken;
    if (from === to && text === "\u0000") return first;
    if (from === to && text === first.text) return first;
    const source = raw
      .slice(from, to + 1)
      .map((t) => t.source)
      .join(" ");
    return { text, source, script: first.script };
  });
}

/** A generic word that name-v3's table of Russian and translated words knows (not in people's names). */
function translatedWord(t: RawToken): string | undefined {
  return t.script === "Cyrl" ? russianConcept(t.source) : t.script === "Latn" ? translatedConcept(t.text) : undefined;
}

function classify(raw: RawToken[], schema: string | undefined, features: PrepareFeatures): NameToken[] {
  const person = schema === "Person";
  const words = raw.map((t) => (t.comma ? "," : t.text));
  const real = raw.filter((t) => !t.comma).length;
  const tokens: NameToken[] = [];
  let realIndex = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as RawToken;
    if (t.comma) {
      tokens.push({ text: ",", key: ",", alts: [], cls: "particle", source: ",", script: "Zyyy" });
      continue;
    }
    const at = realIndex++;
    let cls: TokenClass = "name";
    let concept = t.concept;
    let length = 1;
    const translated = !t.concept && features.russianWords && !person && real > 1 ? translatedWord(t) : undefined;
    if (t.concept) cls = t.legal ? "legal" : "generic";
    else {
      const hit = matchPhrase(words, i, Boolean(features.moreGlossary));
      const edge = at === 0 || at + (hit?.length ?? 1) === real;
      const allowed =
        hit && !(hit.ambiguous && (person || !edge || real < 2)) && !(person && (hit.pinyin || (!hit.legal && hit.length === 1)));
      if (hit && allowed) {
        cls = hit.legal ? "legal" : "generic";
        concept = hit.concept;
        length = hit.length;
      } else if (/^\d+$/.test(t.text)) cls = "number";
      else if (translated) {
        cls = "generic";
        concept = translated;
      } else if (t.text.length === 1) cls = "initial";
      else if (TITLES.has(t.text) || (features.moreTitles && TITLES_V4.has(t.text))) cls = "title";
      else if (PARTICLES.has(t.text)) cls = "particle";
    }
    if (features.placeWords && !person && length === 1 && isChinesePlace(t.text, concept)) cls = "place";
    const span = raw.slice(i, i + length);
    const text = span.map((s) => s.text).join("");
    // Countries and cities in organisation names (name-v4): "Spacety China", "X (Hong Kong) Ltd", "HK".
    if (features.placeQualifiers && !person && real > 1 && (cls === "name" || cls === "generic") && placeOf(text, concept)) cls = "place";
    const token: NameToken = {
      text,
      key: concept ? `#${concept}` : phoneticKey(text),
      alts: length === 1 && t.alts ? t.alts : [text],
      cls,
      source: span.map((s) => s.source).join(" "),
      script: t.script,
    };
    if (concept) token.concept = concept;
    if (t.abjad) token.abjad = true;
    tokens.push(token);
    i += length - 1;
    realIndex += length - 1;
  }
  return tokens;
}

/** Words that join initials into one name: "M AND S", "G Y G" (Spanish), "A ET B", "A UND B". */
const INITIAL_JOINERS = new Set(["and", "y", "et", "und"]);

/**
 * Single letters that make one name part (name-v4): joined by "and" ("M&S", "I AND S HOLDING", "J & M"),
 * and in names with a legal form or a generic word also side by side ("A A TRADING FZCO", "I A C
 * INTERNATIONAL", "M. D. S. IMPORT EXPORT"): "ms", "is", "jm", "aa", "iac", "mds". People's initials
 * ("DOCKRAT, J. I.") stay apart.
 */
function joinInitials(tokens: NameToken[]): NameToken[] {
  // From the words alone, not the schema: a query without a schema must read as its list entry does.
  const org = tokens.some((t) => t.cls === "legal" || t.cls === "generic");
  const letter = (t: NameToken | undefined) => t?.cls === "initial" && /^[a-z]$/.test(t.text);
  const out: NameToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NameToken;
    if (!letter(t)) {
      out.push(t);
      continue;
    }
    const run = [t];
    let joined = false;
    let k = i + 1;
    while (k < tokens.length) {
      const next = tokens[k] as NameToken;
      if (letter(next)) {
        run.push(next);
        k++;
      } else if (INITIAL_JOINERS.has(next.text) && letter(tokens[k + 1])) {
        run.push(tokens[k + 1] as NameToken);
        joined = true;
        k += 2;
      } else break;
    }
    // "G Y G": the Spanish "and" between two letters.
    if (run.length === 3 && run[1]?.text === "y") run.splice(1, 1);
    if (run.length < 2 || !(joined || org)) {
      out.push(t);
      continue;
    }
    const text = run.map((r) => r.text).join("");
    out.push({
      text,
      key: phoneticKey(text),
      alts: [text],
      cls: "name",
      source: tokens
        .slice(i, k)
        .map((r) => r.source)
        .join(" "),
      script: t.script,
    });
    i = k - 1;
  }
  return out;
}

/** Patronymics in person names of three or more parts ("Vladimir Vladimirovich Putin", "Пригожин Евгений Викторович"). */
function markPatronymics(tokens: NameToken[], schema: string | undefined): void {
  if (ORG_SCHEMAS.has(schema ?? "")) return;
  const names = tokens.filter((t) => t.cls === "name");
  for (let i = 0; i < names.length; i++) {
    const t = names[i] as NameToken;
    if (FEMALE_PATRONYMIC.test(t.text) && names.length >= 2) t.cls = "patronymic";
    else if (names.length >= 3 && i > 0 && PATRONYMIC.test(t.text)) t.cls = "patronymic";
  }
}

/** "PUTIN, Vladimir Vladimirovich" → Vladimir Vladimirovich PUTIN; "Apple, Inc." keeps its order. */
function reorderListForm(tokens: NameToken[], schema: string | undefined): NameToken[] {
  const commas = tokens.filter((t) => t.text === ",").length;
  const out = tokens.filter((t) => t.text !== ",");
  if (commas !== 1 || ORG_SCHEMAS.has(schema ?? "")) return out;
  const at = tokens.findIndex((t) => t.text === ",");
  const before = tokens.slice(0, at);
  const after = tokens.slice(at + 1);
  const orgLike = (list: NameToken[]) => list.some((t) => t.cls === "legal" || t.cls === "generic");
  if (!before.length || !after.length || before.length > 4 || orgLike(after) || orgLike(before)) return out;
  return [...after, ...before];
}

/** If nothing but titles and particles is left ("The", "Al"), they are the name. */
function keepSomething(tokens: NameToken[]): void {
  if (tokens.some((t) => t.cls !== "title" && t.cls !== "particle")) return;
  for (const t of tokens) t.cls = "name";
}

/** Classes whose repeats say nothing ("Co., Ltd. … Ltd.", "al … al"). */
const FOLDED_REPEATS = new Set<TokenClass>(["legal", "title", "particle"]);

/**
 * Drops a token that repeats an earlier one ("Sergey Sergey Shoigu"); with `keepRepeats`, only repeated
 * legal forms, titles and particles ("Mohamed Mohamed Caddow" keeps both names).
 */
function dedupe(tokens: NameToken[], keepRepeats: boolean): NameToken[] {
  const seen = new Set<string>();
  return tokens.filter((t) => {
    if (keepRepeats && !FOLDED_REPEATS.has(t.cls)) return true;
    if (seen.has(t.text)) return false;
    seen.add(t.text);
    return true;
  });
}

/** A name ready for comparison. Never throws; a name without letters or digits has no tokens. */
export function prepareName(value: string, options: PrepareOptions = {}): PreparedName {
  let { text, truncated } = cleanText(value);
  const features = options.features ?? {};
  // "Co., Ltd.", "Company, Limited": the comma parts one legal form, not a "LAST, First" name.
  if (features.legalCommas) text = text.replace(LEGAL_COMMA, "$1 ").replace(/\bco\.? limited\b/g, "co ltd");
  const romanized =
    features.romanizations && (features.romanizeAll || !ORG_SCHEMAS.has(options.schema ?? "")) ? romanizeChineseName(text) : undefined;
  const words = splitWords(romanized?.text ?? text);
  const reading: Reading = {
    ukrainian: isUkrainianOrBelarusian(text),
    serbian: Boolean(features.serbianLatin) && isSerbianOrMacedonian(text),
    features,
  };
  if (romanized) reading.romanized = romanized.alts;
  if (features.koreanSpellings && !ORG_SCHEMAS.has(options.schema ?? "")) {
    reading.korean = words.some((w) => isKoreanSurname(latinToAscii(w)));
  }
  const raw = withNumbers(rawTokens(words, options.schema, reading));
  let tokens = classify(raw, options.schema, features);
  if (features.joinInitials) tokens = joinInitials(tokens);
  tokens = reorderListForm(tokens, options.schema);
  markPatronymics(tokens, options.schema);
  keepSomething(tokens);
  tokens = dedupe(tokens, Boolean(features.keepRepeats));
  const prepared: PreparedName = { original: value, tokens };
  if (options.schema) prepared.schema = options.schema;
  if (truncated) prepared.truncated = true;
  return prepared;
}
