import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pinyin } from "pinyin-pro";
import { cantoneseSurnameToPinyin, isDistinctiveWadeGiles, isPinyinSyllable, wadeGilesName, wadeGilesToPinyin } from "./romanization.js";
import { CANTONESE_SURNAMES } from "./romanization-cantonese.js";

/** Every spelling the rules could meet: each Wade-Giles initial with each final, plus bare syllables. */
const WG_INITIALS = "p p' m f t t' n l k k' h ch ch' hs j sh s ts ts' tz tz' ss sz".split(" ");
const WG_FINALS =
  "a o e ai ei ao ou an en ang eng ung erh ih u i ia iao ieh iu iou ien in iang ing iung ua uo uai uei ui uan un uang ueh".split(" ");
const ALL_SPELLINGS = [
  ...WG_INITIALS.flatMap((i) => WG_FINALS.map((f) => i + f)),
  ..."a ai an ang ao e ei en eng erh o ou i in ing yi ya yao yang yeh yen yin ying yo yu yung yueh yuan yun wa wai wan wang wei wen weng wo wu".split(
    " ",
  ),
];

/** Syllables pinyin-pro gives for any reading of U+4E00..U+9FFF (ASCII, ü as u). */
let derivedCache: Set<string> | undefined;
function pinyinProSyllables(): Set<string> {
  if (derivedCache) return derivedCache;
  const out = new Set<string>();
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    for (const s of pinyin(String.fromCodePoint(c), { toneType: "none", type: "array", multiple: true })) {
      const t = s.toLowerCase().replace(/ü|v/g, "u");
      if (/^[a-z]+$/.test(t)) out.add(t);
    }
  }
  derivedCache = out;
  return out;
}

describe("pinyin syllables", () => {
  it("accepts valid syllables and rejects the rest", () => {
    for (const s of ["zhuang", "xiong", "nue", "lue", "nu", "lu", "er", "a", "o", "e", "yo", "ri", "si", "shei", "kuo", "chuang"]) {
      assert.ok(isPinyinSyllable(s), s);
    }
    for (const s of ["ng", "m", "n", "hng", "lo", "lv", "lü", "hsi", "chih", "tung", "zhiang", "xuang", "Zhang", "", "ivan"]) {
      assert.ok(!isPinyinSyllable(s), s);
    }
  });

  it("matches pinyin-pro's syllables over the CJK Unified Ideographs, minus the documented exclusions", () => {
    const derived = pinyinProSyllables();
    const excluded = new Set(["m", "n", "ng", "hm", "hng", "lo"]);
    for (const s of derived) assert.equal(isPinyinSyllable(s), !excluded.has(s), s);
    // The other direction: no syllable-shaped string outside pinyin-pro's set is accepted.
    const initials = "b p m f d t n l g k h j q x zh ch sh r z c s y w".split(" ");
    const finals = "a o e i u ai ei ao ou an en ang eng ong er ia iao ie iu ian in iang ing iong ua uo uai ui uan un uang ue ueng".split(
      " ",
    );
    for (const s of [...finals, ...initials.flatMap((i) => finals.map((f) => i + f))]) {
      if (isPinyinSyllable(s)) assert.ok(derived.has(s), s);
    }
  });
});

describe("Wade-Giles syllables", () => {
  it("reads the examples of the system", () => {
    const cases: [string, string[]][] = [
      ["hsi", ["xi"]],
      ["chin", ["jin", "qin"]],
      ["tse", ["ze", "ce"]],
      ["tung", ["dong", "tong"]],
      ["chih", ["zhi", "chi"]],
      ["jen", ["ren"]],
      ["kuo", ["guo", "kuo"]],
      ["ko", ["ge", "ke"]],
      ["ssu", ["si"]],
      ["szu", ["si"]],
      ["tzu", ["zi", "ci"]],
      ["yeh", ["ye"]],
      ["hsueh", ["xue"]],
      ["chu", ["zhu", "chu", "ju", "qu"]],
    ];
    for (const [wg, py] of cases) assert.deepEqual(wadeGilesToPinyin(wg), py, wg);
  });

  it("maps initials: p t k ch ts → unaspirated first, hs → x, j → r, ch before i → j/q", () => {
    assert.deepEqual(wadeGilesToPinyin("pao"), ["bao", "pao"]);
    assert.deepEqual(wadeGilesToPinyin("tao"), ["dao", "tao"]);
    assert.deepEqual(wadeGilesToPinyin("kang"), ["gang", "kang"]);
    assert.deepEqual(wadeGilesToPinyin("chang"), ["zhang", "chang"]);
    assert.deepEqual(wadeGilesToPinyin("chiang"), ["jiang", "qiang"]);
    assert.deepEqual(wadeGilesToPinyin("tsai"), ["zai", "cai"]);
    assert.deepEqual(wadeGilesToPinyin("hsiang"), ["xiang"]);
    assert.deepEqual(wadeGilesToPinyin("jung"), ["rong"]);
    assert.deepEqual(wadeGilesToPinyin("shih"), ["shi"]);
    assert.deepEqual(wadeGilesToPinyin("jih"), ["ri"]);
    assert.deepEqual(wadeGilesToPinyin("su"), ["su"]);
    assert.deepEqual(wadeGilesToPinyin("tsu"), ["zu", "cu"]);
  });

  it("maps finals: -ieh -ien -ung -iung -ueh -uei -o -erh", () => {
    assert.deepEqual(wadeGilesToPinyin("lieh"), ["lie"]);
    assert.deepEqual(wadeGilesToPinyin("tien"), ["dian", "tian"]);
    assert.deepEqual(wadeGilesToPinyin("hsiung"), ["xiong"]);
    assert.deepEqual(wadeGilesToPinyin("chiung"), ["jiong", "qiong"]);
    assert.deepEqual(wadeGilesToPinyin("chueh"), ["jue", "que"]);
    assert.deepEqual(wadeGilesToPinyin("lueh"), ["lue"]);
    assert.deepEqual(wadeGilesToPinyin("nueh"), ["nue"]);
    assert.deepEqual(wadeGilesToPinyin("kuei"), ["gui", "kui"]);
    assert.deepEqual(wadeGilesToPinyin("ho"), ["he"]);
    assert.deepEqual(wadeGilesToPinyin("lo"), ["luo"]);
    assert.deepEqual(wadeGilesToPinyin("to"), ["duo", "tuo"]);
    assert.deepEqual(wadeGilesToPinyin("tso"), ["zuo", "cuo"]);
    assert.deepEqual(wadeGilesToPinyin("cho"), ["zhuo", "chuo"]);
    assert.deepEqual(wadeGilesToPinyin("jo"), ["ruo"]);
    assert.deepEqual(wadeGilesToPinyin("po"), ["bo", "po"]);
    assert.deepEqual(wadeGilesToPinyin("mo"), ["mo"]);
    assert.deepEqual(wadeGilesToPinyin("erh"), ["er"]);
    assert.deepEqual(wadeGilesToPinyin("cheng"), ["zheng", "cheng"]);
    assert.deepEqual(wadeGilesToPinyin("chuan"), ["zhuan", "chuan", "juan", "quan"]);
  });

  it("reads bare and y/w syllables", () => {
    assert.deepEqual(wadeGilesToPinyin("i"), ["yi"]);
    assert.deepEqual(wadeGilesToPinyin("yen"), ["yan"]);
    assert.deepEqual(wadeGilesToPinyin("yung"), ["yong"]);
    assert.deepEqual(wadeGilesToPinyin("yu"), ["yu", "you"]);
    assert.deepEqual(wadeGilesToPinyin("yü"), ["yu"]);
    assert.deepEqual(wadeGilesToPinyin("o"), ["e", "o"]);
    assert.deepEqual(wadeGilesToPinyin("wu"), ["wu"]);
    assert.deepEqual(wadeGilesToPinyin("ing"), ["ying"]);
    assert.deepEqual(wadeGilesToPinyin("yai"), []);
  });

  it("honours apostrophes, umlauts, tone marks, tone numbers and case", () => {
    assert.deepEqual(wadeGilesToPinyin("ch'in"), ["qin"]);
    assert.deepEqual(wadeGilesToPinyin("Ch’ing"), ["qing"]);
    assert.deepEqual(wadeGilesToPinyin("p`ing"), ["ping"]);
    assert.deepEqual(wadeGilesToPinyin("tz'u"), ["ci"]);
    assert.deepEqual(wadeGilesToPinyin("ch'u"), ["chu", "qu"]);
    assert.deepEqual(wadeGilesToPinyin("chü"), ["ju", "qu"]);
    assert.deepEqual(wadeGilesToPinyin("ch'üeh"), ["que"]);
    assert.deepEqual(wadeGilesToPinyin("hsüeh"), ["xue"]);
    assert.deepEqual(wadeGilesToPinyin("tsê2"), ["ze", "ce"]);
    assert.deepEqual(wadeGilesToPinyin("tzŭ"), ["zi", "ci"]);
    assert.deepEqual(wadeGilesToPinyin("HSI"), ["xi"]);
    // An apostrophe after an initial that has no aspirated form, or in the wrong place, is not Wade-Giles.
    assert.deepEqual(wadeGilesToPinyin("m'a"), []);
    assert.deepEqual(wadeGilesToPinyin("chi'n"), []);
    assert.deepEqual(wadeGilesToPinyin("chüng"), []);
  });

  it("reads Taiwanese variants iou and jeou", () => {
    assert.deepEqual(wadeGilesToPinyin("chiou"), ["jiu", "qiu"]);
    assert.deepEqual(wadeGilesToPinyin("liou"), ["liu"]);
    assert.deepEqual(wadeGilesToPinyin("jeou"), ["jiu"]);
  });

  it("returns [] for words that are not Wade-Giles syllables", () => {
    const words = ["smith", "bank", "vladimir", "ivan", "shek", "yat", "zhang", "xi", "qin", "cai", "sze", "tsi", "si", "ki", "hu'a"];
    for (const w of [...words, "tze", "", "chin-ping", "constructor", "__proto__", "hasownproperty", "3"]) {
      assert.deepEqual(wadeGilesToPinyin(w), [], w);
    }
  });

  it("only ever returns valid pinyin, and reaches every pinyin syllable", () => {
    const reached = new Set<string>();
    for (const s of ALL_SPELLINGS) {
      for (const py of wadeGilesToPinyin(s)) {
        assert.ok(isPinyinSyllable(py), `${s} → ${py}`);
        reached.add(py);
      }
    }
    const table = pinyinProSyllables();
    const unreached = [...table].filter((s) => isPinyinSyllable(s) && !reached.has(s)).sort();
    assert.deepEqual(unreached, []);
  });

  it("returns a copy, so callers cannot spoil the memo", () => {
    const first = wadeGilesToPinyin("chin");
    first.push("x");
    assert.deepEqual(wadeGilesToPinyin("chin"), ["jin", "qin"]);
  });
});

describe("Wade-Giles names", () => {
  const first = (parts: string[]) => wadeGilesName(parts)[0];
  const has = (parts: string[], py: string) => assert.ok(wadeGilesName(parts).includes(py), `${parts.join("-")} → ${py}`);

  it("meets the pinyin of well-known names", () => {
    assert.equal(first(["mao"]), "mao");
    assert.equal(first(["tse", "tung"]), "zedong");
    assert.deepEqual(wadeGilesName(["tse", "tung"]), ["zedong", "zetong", "cedong", "cetong"]);
    assert.equal(first(["chiang"]), "jiang");
    assert.equal(first(["ching", "kuo"]), "jingguo");
    assert.equal(first(["hsi"]), "xi");
    assert.deepEqual(wadeGilesName(["chin", "ping"]), ["jinbing", "jinping", "qinbing", "qinping"]);
    assert.equal(first(["teng"]), "deng");
    assert.deepEqual(wadeGilesName(["hsiao", "p'ing"]), ["xiaoping"]);
    has(["hsiao", "ping"], "xiaoping");
    assert.equal(first(["chou"]), "zhou");
    assert.equal(first(["en", "lai"]), "enlai");
    assert.equal(first(["teng", "hui"]), "denghui");
    has(["tsai"], "cai");
    assert.equal(first(["ing", "wen"]), "yingwen");
    assert.deepEqual(wadeGilesName(["ying", "jeou"]), ["yingjiu"]);
    assert.equal(first(["kuo", "min", "tang"]), "guomindang");
    assert.equal(first(["hsin", "chu"]), "xinzhu");
    assert.equal(first(["kao", "hsiung"]), "gaoxiong");
  });

  it("does not read Cantonese names as Wade-Giles", () => {
    assert.deepEqual(wadeGilesName(["kai", "shek"]), []);
    assert.deepEqual(wadeGilesName(["yat", "sen"]), []);
    assert.deepEqual(wadeGilesName(["ivan"]), []);
    assert.deepEqual(wadeGilesName([]), []);
  });

  it("keeps at most max spellings, the cheapest ones", () => {
    const all = wadeGilesName(["chu", "chuan", "chung"], 1000);
    assert.equal(all.length, 4 * 4 * 2);
    assert.equal(new Set(all).size, all.length);
    assert.equal(all[0], "zhuzhuanzhong");
    assert.equal(wadeGilesName(["chu", "chuan", "chung"]).length, 16);
    assert.deepEqual(wadeGilesName(["chu", "chuan", "chung"], 5), all.slice(0, 5));
    assert.deepEqual(wadeGilesName(["chu"], 0), []);
  });
});

describe("distinctive Wade-Giles", () => {
  it("flags spellings pinyin never writes", () => {
    for (const s of [
      "hsi",
      "tse",
      "chih",
      "chiang",
      "tung",
      "jen",
      "ch'ing",
      "hsueh",
      "lien",
      "yeh",
      "ko",
      "lo",
      "erh",
      "tzu",
      "ssu",
      "kuei",
    ]) {
      assert.ok(isDistinctiveWadeGiles(s), s);
    }
  });

  it("does not flag spellings shared with pinyin or foreign to Wade-Giles", () => {
    for (const s of ["kuo", "chang", "li", "ping", "ma", "wen", "teng", "chen", "yu", "shek", "smith", "xi", "zhang", ""]) {
      assert.ok(!isDistinctiveWadeGiles(s), s);
    }
  });
});

describe("Cantonese surnames", () => {
  it("maps the common Hong Kong spellings", () => {
    assert.deepEqual(cantoneseSurnameToPinyin("Wong"), ["huang", "wang"]);
    assert.deepEqual(cantoneseSurnameToPinyin("chan"), ["chen"]);
    assert.equal(cantoneseSurnameToPinyin("cheung")[0], "zhang");
    assert.deepEqual(cantoneseSurnameToPinyin("ng"), ["wu"]);
    assert.deepEqual(cantoneseSurnameToPinyin("tang"), ["deng", "tang"]);
    assert.deepEqual(cantoneseSurnameToPinyin("lo"), ["luo", "lu"]);
    assert.deepEqual(cantoneseSurnameToPinyin("szeto"), ["situ"]);
    for (const w of ["smith", "xi", "constructor", ""]) assert.deepEqual(cantoneseSurnameToPinyin(w), [], w);
  });

  it("gives only pinyin syllables (or two for a compound surname) for every entry", () => {
    assert.ok(CANTONESE_SURNAMES.size >= 60);
    const twoSyllables = (s: string) => [...s].some((_, i) => i > 0 && isPinyinSyllable(s.slice(0, i)) && isPinyinSyllable(s.slice(i)));
    for (const [spelling, readings] of CANTONESE_SURNAMES) {
      assert.ok(readings.length > 0, spelling);
      assert.equal(new Set(readings).size, readings.length, spelling);
      for (const py of readings) assert.ok(isPinyinSyllable(py) || twoSyllables(py), `${spelling} → ${py}`);
    }
  });
});
