/** Numbers written in words, ordinals and roman numerals to digits: "Forty-Four" → 44, "1st" / "First" → 1, "VI" → 6. */

const UNITS_TABLE: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};
const TENS_TABLE: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
};

/**
 * Roman numerals that are read as numbers. "x", "v", "i" stay initials and "xi" stays a name
 * (the Chinese surname): only forms that are unlikely to be a name part are here.
 */
const ROMAN_TABLE: Record<string, number> = {
  ii: 2,
  iii: 3,
  iv: 4,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  xii: 12,
  xiii: 13,
  xiv: 14,
  xv: 15,
  xvi: 16,
  xvii: 17,
  xviii: 18,
  xix: 19,
  xx: 20,
  xxi: 21,
  xxii: 22,
};

// Maps, not `in` on objects: "constructor" or "tostring" in a name is not a number.
const UNITS = new Map(Object.entries(UNITS_TABLE));
const TENS = new Map(Object.entries(TENS_TABLE));
const ROMAN = new Map(Object.entries(ROMAN_TABLE));

/** The value of a single number token ("forty", "4", "4th", "iv"), or undefined. */
function value(token: string): { n: number; tens: boolean } | undefined {
  if (/^\d+$/.test(token)) return { n: Number(token), tens: false };
  const ord = /^(\d+)(st|nd|rd|th)$/.exec(token);
  if (ord) return { n: Number(ord[1]), tens: false };
  const unit = UNITS.get(token) ?? ROMAN.get(token);
  if (unit !== undefined) return { n: unit, tens: false };
  const tens = TENS.get(token);
  if (tens !== undefined) return { n: tens, tens: true };
  return undefined;
}

/** True when a token is a number (digits, number word, ordinal, roman numeral). */
export function isNumberToken(token: string): boolean {
  return value(token) !== undefined;
}

/**
 * Replaces number words and numerals in a token list with digits, joining "forty four" and
 * "forty 4" into "44". Digit strings keep their leading zeros (vessel and fund series).
 */
export function normalizeNumbers(tokens: string[]): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const v = value(t);
    if (!v) {
      out.push({ text: t, from: i, to: i });
      continue;
    }
    const next = tokens[i + 1];
    const nv = next === undefined ? undefined : value(next);
    if (v.tens && nv && !nv.tens && nv.n < 10) {
      out.push({ text: String(v.n + nv.n), from: i, to: i + 1 });
      i++;
      continue;
    }
    out.push({ text: /^\d+$/.test(t) ? t : String(v.n), from: i, to: i });
  }
  return out;
}
