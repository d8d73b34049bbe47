/**
 * Cyrillic to Latin, in the spellings people actually write. The first spelling is the canonical one
 * (close to BGN/PCGN, which OFAC and most lists use: Евгений → yevgeniy); the others are the common
 * alternatives (evgeniy, evgeny, evgeni …: й → y/i, х → kh/h, ё → e/yo, -ий → -iy/-y/-i).
 * Ukrainian, Belarusian, Serbian/Macedonian and Kazakh/Kyrgyz/Mongolian letters are covered.
 */

const VOWELS = new Set("аеёиоуыэюяіїєў".split(""));
/** Letters after which е/ё/ю/я are iotated (written ye/yo/yu/ya). */
const IOTATING = new Set([...VOWELS, "ъ", "ь"]);

/** Options for each letter, canonical first. Context-dependent letters are handled in `options`. */
const BASE: Record<string, string[]> = {
  а: ["a"],
  б: ["b"],
  в: ["v"],
  г: ["g"],
  д: ["d"],
  ж: ["zh"],
  з: ["z"],
  и: ["i"],
  к: ["k"],
  л: ["l"],
  м: ["m"],
  н: ["n"],
  о: ["o"],
  п: ["p"],
  р: ["r"],
  с: ["s"],
  т: ["t"],
  у: ["u"],
  ф: ["f"],
  х: ["kh", "h"],
  ц: ["ts", "c"],
  ч: ["ch"],
  ш: ["sh"],
  щ: ["shch", "sch"],
  ъ: [""],
  ы: ["y", "i"],
  ь: [""],
  э: ["e"],
  ю: ["yu", "iu"],
  я: ["ya", "ia"],
  й: ["y", "i", "j"],
  // Ukrainian and Belarusian
  і: ["i"],
  ї: ["yi", "i"],
  є: ["ye", "ie"],
  ґ: ["g"],
  ў: ["w", "u"],
  // Serbian and Macedonian
  ђ: ["dj", "d"],
  ћ: ["c", "ch"],
  џ: ["dz", "dzh"],
  љ: ["lj", "l"],
  њ: ["nj", "n"],
  ј: ["j", "y"],
  ѓ: ["gj", "g"],
  ќ: ["kj", "k"],
  ѕ: ["dz"],
  // Kazakh, Kyrgyz, Mongolian, Tatar, Bashkir
  қ: ["q", "k"],
  ғ: ["gh", "g"],
  ү: ["u", "y"],
  ұ: ["u"],
  ң: ["ng", "n"],
  һ: ["h"],
  ө: ["o"],
  ә: ["a", "ae"],
};

/** True for text in Ukrainian or Belarusian spelling, where г is h and и is y ("Зеленський", "Лукашэнка"). */
export function isUkrainianOrBelarusian(text: string): boolean {
  return /[іїєґў]|ськ|цьк/i.test(text);
}

/** True for Serbian or Macedonian Cyrillic: letters Russian lacks, or the -ић of Serbian surnames ("Вучић"). */
export function isSerbianOrMacedonian(text: string): boolean {
  return /[ђћџљњјѓќѕ]|ић(?![\p{L}])/iu.test(text);
}

/**
 * Serbian Latin spelling (Vučić, Šešelj, Živković, Cvetković) folded to ASCII first, then the English
 * spellings of the same letters: ч and ћ are both c, ш is s, ж is z, ц is c, х is h.
 */
const SERBIAN: Record<string, string[]> = {
  ч: ["c", "ch"],
  ћ: ["c", "ch"],
  ш: ["s", "sh"],
  ж: ["z", "zh"],
  ц: ["c", "ts"],
  х: ["h", "kh"],
  џ: ["dz", "dzh", "dj"],
  ђ: ["dj", "d"],
  е: ["e"],
  и: ["i"],
  ј: ["j", "y"],
};

/** Spellings for the letter(s) at `i`, canonical first, and how many letters they consume. */
function options(word: string, i: number, ukr: boolean, serbian = false): [string[], number] {
  const ch = word[i] as string;
  const sr = serbian ? SERBIAN[ch] : undefined;
  if (sr) return [sr, 1];
  const prev = i > 0 ? (word[i - 1] as string) : "";
  const next = word[i + 1] ?? "";
  const atStart = i === 0;
  const lastTwo = i === word.length - 2;
  switch (ch) {
    case "е":
      return [atStart || IOTATING.has(prev) ? ["ye", "e"] : ["e"], 1];
    case "ё":
      return [atStart || IOTATING.has(prev) ? ["yo", "ye", "e"] : ["e", "yo"], 1];
    case "г":
      return [ukr ? ["h", "g"] : ["g"], 1];
    case "и":
      // -ий at the end of a word: the canonical "iy" and the shorter forms written everywhere.
      if (!ukr && next === "й" && lastTwo) return [["iy", "y", "i", "ii", "ij"], 2];
      // Ukrainian и sounds like Russian ы.
      return [ukr ? ["y", "i"] : ["i"], 1];
    case "ы":
      if (next === "й" && lastTwo) return [["yy", "y", "iy", "yi"], 2];
      return [["y", "i"], 1];
    case "к":
      return next === "с" ? [["ks", "x"], 2] : [["k"], 1];
    default:
      return [BASE[ch] ?? [ch], 1];
  }
}

const MAX_VARIANTS = 16;

/**
 * Latin spellings of one Cyrillic word, canonical first, without duplicates (at most 16). Letters
 * that are not Cyrillic pass through unchanged. The input should be lower case. With `serbian`, the
 * Serbian Latin spelling comes first.
 */
export function cyrillicVariants(word: string, ukrainian?: boolean, serbian = false): string[] {
  const w = word.toLowerCase();
  const ukr = ukrainian ?? isUkrainianOrBelarusian(w);
  let prefixes = [""];
  for (let i = 0; i < w.length; ) {
    const [opts, used] = options(w, i, ukr, serbian);
    i += used;
    if (opts.length === 1) {
      const o = opts[0] as string;
      prefixes = prefixes.map((p) => p + o);
      continue;
    }
    const next: string[] = [];
    // Breadth first, canonical option first: the cap cuts the least common combinations.
    for (const p of prefixes) for (const o of opts) if (next.length < MAX_VARIANTS * 4) next.push(p + o);
    prefixes = next;
  }
  return [...new Set(prefixes)].slice(0, MAX_VARIANTS);
}

/** The canonical Latin spelling of a Cyrillic word. */
export function transliterateCyrillic(word: string, ukrainian?: boolean): string {
  return cyrillicVariants(word, ukrainian)[0] ?? "";
}
