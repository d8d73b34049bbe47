/**
 * Korean names in Hangul to the Latin spellings lists write: the North Korean and McCune-Reischauer
 * style of the SDN and UN lists first (김정은 → kim, jongun as in "KIM Jong Un"; 최룡해 → choe,
 * ryonghae; 박정천 → pak, jongchon), then Revised Romanization (gim, jeongeun) and the common surname
 * spellings (Park, Lee, Choi). Each syllable is read from its letters (initial, vowel, final), so any
 * name is covered, not a list of names. Written for this project.
 */

/** Spellings of the 19 initial consonants, list style first. */
const INITIALS: readonly (readonly string[])[] = [
  ["k", "g"], // ㄱ
  ["kk", "gg"], // ㄲ
  ["n"], // ㄴ
  ["t", "d"], // ㄷ
  ["tt", "dd"], // ㄸ
  ["r", "l"], // ㄹ
  ["m"], // ㅁ
  ["p", "b"], // ㅂ
  ["pp", "bb"], // ㅃ
  ["s", "sh"], // ㅅ
  ["ss"], // ㅆ
  [""], // ㅇ
  ["j", "ch"], // ㅈ
  ["jj", "tch"], // ㅉ
  ["ch"], // ㅊ
  ["kh", "k"], // ㅋ
  ["th", "t"], // ㅌ
  ["ph", "p"], // ㅍ
  ["h"], // ㅎ
];

/** Spellings of the 21 vowels: ㅓ and ㅡ are o and u on the lists, eo and eu in Revised Romanization. */
const VOWELS: readonly (readonly string[])[] = [
  ["a"], // ㅏ
  ["ae"], // ㅐ
  ["ya"], // ㅑ
  ["yae"], // ㅒ
  ["o", "eo"], // ㅓ
  ["e"], // ㅔ
  ["yo", "yeo"], // ㅕ
  ["ye"], // ㅖ
  ["o"], // ㅗ
  ["wa"], // ㅘ
  ["wae"], // ㅙ
  ["oe", "oi"], // ㅚ
  ["yo"], // ㅛ
  ["u", "oo"], // ㅜ
  ["wo"], // ㅝ
  ["we"], // ㅞ
  ["wi"], // ㅟ
  ["yu"], // ㅠ
  ["u", "eu"], // ㅡ
  ["ui"], // ㅢ
  ["i"], // ㅣ
];

/** Spellings of the 27 final consonants as names end a syllable (index 0: none). */
const FINALS: readonly (readonly string[])[] = [
  [""],
  ["k", "g"], // ㄱ
  ["k"], // ㄲ
  ["k"], // ㄳ
  ["n"], // ㄴ
  ["n"], // ㄵ
  ["n"], // ㄶ
  ["t"], // ㄷ
  ["l", "r"], // ㄹ
  ["k"], // ㄺ
  ["m"], // ㄻ
  ["l"], // ㄼ
  ["l"], // ㄽ
  ["l"], // ㄾ
  ["p"], // ㄿ
  ["l"], // ㅀ
  ["m"], // ㅁ
  ["p", "b"], // ㅂ
  ["p"], // ㅄ
  ["t"], // ㅅ
  ["t"], // ㅆ
  ["ng"], // ㅇ
  ["t"], // ㅈ
  ["t"], // ㅊ
  ["k"], // ㅋ
  ["t"], // ㅌ
  ["p"], // ㅍ
  ["t"], // ㅎ
];

/** Surname spellings that do not follow from the letters (South Korean usage, older lists). */
const SURNAMES: Record<string, readonly string[]> = {
  김: ["gim"],
  이: ["lee", "yi", "rhee", "ri", "li"],
  리: ["lee", "yi", "rhee", "li", "i"],
  박: ["park", "bak"],
  최: ["choi"],
  정: ["jung", "chung", "jeong"],
  조: ["cho", "jo"],
  강: ["kang", "gang"],
  윤: ["yoon"],
  장: ["jang", "chang"],
  오: ["oh"],
  신: ["shin"],
  유: ["yoo", "ryu"],
  류: ["ryu", "yoo", "yu"],
  노: ["roh", "noh"],
  로: ["roh"],
  임: ["lim", "rim"],
  림: ["lim", "im"],
  한: ["han"],
  문: ["moon"],
  양: ["yang", "ryang"],
  량: ["yang"],
};

const MAX_VARIANTS = 16;

/** Latin spellings of one Hangul syllable, list style first; [] for a character that is not one. */
function syllable(ch: string): string[] {
  const code = ch.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11_171) return [];
  const initial = INITIALS[Math.floor(code / 588)] as readonly string[];
  const vowel = VOWELS[Math.floor((code % 588) / 28)] as readonly string[];
  const final = FINALS[code % 28] as readonly string[];
  const out: string[] = [];
  for (const i of initial) for (const v of vowel) for (const f of final) out.push(i + v + f);
  return out;
}

/**
 * Latin spellings of a run of Hangul syllables written as one token ("정은" → jongun, jeongeun …), list
 * style first, at most 16; a single syllable that is a common surname adds its usual spellings.
 */
export function koreanSpellings(chars: readonly string[]): string[] {
  let prefixes = [""];
  for (const ch of chars) {
    const options = syllable(ch);
    if (!options.length) continue;
    const next: string[] = [];
    // Breadth first, list style first: the cap cuts the least common combinations.
    for (const p of prefixes) for (const o of options) if (next.length < MAX_VARIANTS * 4) next.push(p + o);
    prefixes = next;
  }
  if (chars.length === 1) prefixes.push(...(SURNAMES[chars[0] as string] ?? []));
  return [...new Set(prefixes)].filter(Boolean).slice(0, MAX_VARIANTS);
}

/**
 * Korean surnames as South Korean and older spellings write them in Latin, with the spellings North
 * Korean names have on the lists: "Park Chol" is "PAK Chol", "Lee" is "RI", "Choi" is "CHOE".
 */
const LATIN_SURNAMES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    park: ["pak", "bak"],
    bak: ["pak", "park"],
    lee: ["ri", "yi", "li"],
    rhee: ["ri", "lee", "yi"],
    yi: ["ri", "lee"],
    choi: ["choe"],
    chung: ["jong", "jung"],
    jung: ["jong", "chung"],
    jeong: ["jong"],
    cho: ["jo"],
    yoon: ["yun"],
    chang: ["jang"],
    shin: ["sin"],
    ryu: ["ryu", "yu"],
    yoo: ["ryu", "yu"],
    roh: ["ro", "no"],
    noh: ["no", "ro"],
    lim: ["rim"],
    moon: ["mun"],
    gim: ["kim"],
  }),
);

/** List spellings of a Korean surname written in Latin the South Korean way ("park" → pak, bak); [] otherwise. */
export function koreanLatinSurname(word: string): readonly string[] {
  return LATIN_SURNAMES.get(word) ?? [];
}

/** Surnames that mark a Latin name as Korean, in either spelling. */
const KOREAN_SURNAMES = new Set([
  ...LATIN_SURNAMES.keys(),
  ...[...LATIN_SURNAMES.values()].flat(),
  ...["kim", "han", "kang", "hong", "song", "hwang", "jeon", "jon", "ko", "nam", "o", "mun", "sin", "so", "jo", "yun"],
]);

/** True when a word of a Latin name is a Korean surname ("kim", "park", "ri", "choe"). */
export function isKoreanSurname(word: string): boolean {
  return KOREAN_SURNAMES.has(word);
}

/**
 * The list spelling of a syllable group written in Revised Romanization: eo and eu are o and u on the
 * lists ("jeong" → jong, "eun" → un, "hyeon" → hyon); undefined when there is nothing to change.
 */
export function koreanListSpelling(word: string): string | undefined {
  const listed = word.replace(/eo/g, "o").replace(/eu/g, "u");
  return listed === word ? undefined : listed;
}
