/**
 * The legal-form and glossary tables compiled into phrases of normalised words, found by longest match
 * over a name's tokens: "limited liability company" → one legal token of class llc.
 */
import { cyrillicVariants } from "./cyrillic.js";
import { GLOSSARY, GLOSSARY_V4 } from "./glossary.js";
import { hanWords } from "./han.js";
import { AMBIGUOUS_LEGAL, LEGAL_FORMS } from "./legal-forms.js";
import { splitByScript } from "./scripts.js";
import { cleanText, latinToAscii, splitWords } from "./text.js";

export interface PhraseHit {
  /** From a Chinese word written in pinyin ("keji", "you xian gong si"): not applied to person names. */
  pinyin: boolean;
  /** Tokens covered. */
  length: number;
  legal: boolean;
  concept: string;
  /** A short legal form that is also an ordinary word ("ag", "sa"). */
  ambiguous: boolean;
}

interface Phrase {
  words: string[];
  pinyin: boolean;
  legal: boolean;
  concept: string;
}

/** Words of a table entry, normalised the way name tokens are (Cyrillic in its canonical spelling). */
function phraseWords(phrase: string): string[] {
  const out: string[] = [];
  for (const word of splitWords(cleanText(phrase).text)) {
    for (const run of splitByScript(word)) {
      if (run.script === "Hani") return [];
      const t = run.script === "Cyrl" ? (cyrillicVariants(run.text)[0] ?? "") : latinToAscii(run.text);
      if (t) out.push(t);
    }
  }
  return out;
}

type Table = Map<string, Phrase[]>;
function add(table: Table, phrase: string, legal: boolean, concept: string): void {
  if (/\p{Script=Han}/u.test(phrase)) {
    // Chinese words also stand in the tables in pinyin, joined and spaced: 有限公司 → youxiangongsi, you xian gong si.
    const syllables = hanWords(phrase).flatMap((w) => w.syllables);
    if (syllables.length >= 2) {
      addWords(table, [syllables.join("")], legal, concept, true);
      addWords(table, syllables, legal, concept, true);
    }
    return;
  }
  addWords(table, phraseWords(phrase), legal, concept, false);
}

function addWords(table: Table, words: string[], legal: boolean, concept: string, pinyin: boolean): void {
  const first = words[0];
  if (!first) return;
  const list = table.get(first) ?? [];
  if (list.some((p) => p.words.join(" ") === words.join(" "))) return;
  list.push({ words, legal, concept, pinyin });
  list.sort((a, b) => b.words.length - a.words.length);
  table.set(first, list);
}
const BY_FIRST: Table = new Map();
// Legal forms first: where a phrase is in both tables ("company"), the legal reading wins.
for (const [concept, phrases] of Object.entries(LEGAL_FORMS)) for (const p of phrases) add(BY_FIRST, p, true, concept);
for (const [concept, phrases] of Object.entries(GLOSSARY)) for (const p of phrases) add(BY_FIRST, p, false, concept);
/** name-v4's table: the same, then the glossary's additions (an existing phrase keeps its reading). */
const BY_FIRST_V4: Table = new Map([...BY_FIRST].map(([k, v]) => [k, [...v]]));
// Characters only (han.ts reads them): pinyin of these words ("yi yao", "wen hua") is too often a name.
for (const [concept, phrases] of Object.entries(GLOSSARY_V4)) {
  for (const p of phrases) if (!/\p{Script=Han}/u.test(p)) add(BY_FIRST_V4, p, false, concept);
}

/** The longest legal-form or glossary phrase starting at `i`, if any; `extended` reads name-v4's additions too. */
export function matchPhrase(words: readonly string[], i: number, extended = false): PhraseHit | undefined {
  const list = (extended ? BY_FIRST_V4 : BY_FIRST).get(words[i] as string);
  if (!list) return undefined;
  for (const p of list) {
    if (i + p.words.length > words.length) continue;
    let ok = true;
    for (let k = 1; k < p.words.length; k++) {
      if (words[i + k] !== p.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) {
      const ambiguous = p.legal && p.words.length === 1 && AMBIGUOUS_LEGAL.has(p.words[0] as string);
      return { length: p.words.length, legal: p.legal, concept: p.concept, ambiguous, pinyin: p.pinyin };
    }
  }
  return undefined;
}
