/**
 * The legal-form and glossary tables compiled into phrases of normalised words, found by longest match
 * over a name's tokens: "limited liability company" → one legal token of class llc.
 */
import { cyrillicVariants } from "./cyrillic.js";
import { GLOSSARY } from "./glossary.js";
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

const BY_FIRST = new Map<string, Phrase[]>();
function add(phrase: string, legal: boolean, concept: string): void {
  if (/\p{Script=Han}/u.test(phrase)) {
    // Chinese words also stand in the tables in pinyin, joined and spaced: 有限公司 → youxiangongsi, you xian gong si.
    const syllables = hanWords(phrase).flatMap((w) => w.syllables);
    if (syllables.length >= 2) {
      addWords([syllables.join("")], legal, concept, true);
      addWords(syllables, legal, concept, true);
    }
    return;
  }
  addWords(phraseWords(phrase), legal, concept, false);
}

function addWords(words: string[], legal: boolean, concept: string, pinyin: boolean): void {
  const first = words[0];
  if (!first) return;
  const list = BY_FIRST.get(first) ?? [];
  if (list.some((p) => p.words.join(" ") === words.join(" "))) return;
  list.push({ words, legal, concept, pinyin });
  list.sort((a, b) => b.words.length - a.words.length);
  BY_FIRST.set(first, list);
}
// Legal forms first: where a phrase is in both tables ("company"), the legal reading wins.
for (const [concept, phrases] of Object.entries(LEGAL_FORMS)) for (const p of phrases) add(p, true, concept);
for (const [concept, phrases] of Object.entries(GLOSSARY)) for (const p of phrases) add(p, false, concept);

/** The longest legal-form or glossary phrase starting at `i`, if any. */
export function matchPhrase(words: readonly string[], i: number): PhraseHit | undefined {
  const list = BY_FIRST.get(words[i] as string);
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
