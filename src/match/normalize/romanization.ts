/**
 * Wade-Giles (Taiwan, older Western sources: "Mao Tse-tung", "Chiang Ching-kuo") and Hong Kong / Macau
 * Cantonese surname spellings ("Wong", "Chan") to Hanyu Pinyin, so both meet the pinyin the matcher
 * makes from Chinese characters. Pinyin is lower-case ASCII with ü written "u" (lue, nue), as in han.ts.
 *
 * Wade-Giles is converted by rule (initial + final), then every reading is checked against the pinyin
 * syllable table, so a rule can never invent a syllable. Apostrophes (aspiration) and umlauts are
 * usually dropped in names, so an unmarked spelling gives every reading it can stand for, the
 * unaspirated one first ("ping" → bing, ping); a marked one gives only its own ("p'ing" → ping).
 * Besides strict Wade-Giles, spellings common in Taiwanese passport names are read: "in"/"ing" without
 * y ("Tsai Ing-wen"), "yi" for i, "iou" for "iu" ("Chiou", "Liou"), and "jeou" (Ma Ying-jeou; Gwoyeu
 * Romatzyh for jiu). Not read: "tze" (written for both 子 zi and 澤 ze), postal spellings ("tsi", "si"
 * for ji, xi) and Cantonese ("shek", "yat", "sze"); Cantonese surnames have their own table.
 */
import { CANTONESE_SURNAMES } from "./romanization-cantonese.js";

/**
 * Toneless pinyin syllables: every ASCII syllable with a vowel that pinyin-pro gives for any reading of
 * U+4E00..U+9FFF (romanization.test.ts checks both directions). Left out on purpose: the vowelless
 * interjections m, n, ng, hm, hng ("Ng" is the Cantonese surname 吳) and "lo" (咯, an interjection;
 * "Lo" in a name is Wade-Giles or Cantonese for luo/lu).
 */
const SYLLABLE_TABLE = `
  a ai an ang ao e ei en eng er o ou
  ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
  ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
  cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo
  da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo
  fa fan fang fei fen feng fo fou fu
  ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
  ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
  ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
  ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo
  la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lue lun luo
  ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
  na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nuo
  pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
  qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
  ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo
  sa sai san sang sao se sen seng si song sou su suan sui sun suo
  sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
  ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
  wa wai wan wang wei wen weng wo wu
  xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
  ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun
  za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
  zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo`;

const PINYIN: ReadonlySet<string> = new Set(SYLLABLE_TABLE.trim().split(/\s+/));

/** Exact lower-case lookup; "ng", "m", "lo" and ü-spellings ("lü", "lv") are not syllables here. */
export function isPinyinSyllable(s: string): boolean {
  return PINYIN.has(s);
}

/** A Wade-Giles initial: pinyin initials before a back final (a, e, o, u, ih …) and a front one (i, ü). */
interface Initial {
  back?: readonly string[];
  front?: readonly string[];
  /** Takes an apostrophe; then only the second (aspirated) pinyin initial is meant. */
  aspirable?: boolean;
}

const INITIALS = new Map<string, Initial>(
  Object.entries({
    p: { back: ["b", "p"], front: ["b", "p"], aspirable: true },
    m: { back: ["m"], front: ["m"] },
    f: { back: ["f"] },
    t: { back: ["d", "t"], front: ["d", "t"], aspirable: true },
    n: { back: ["n"], front: ["n"] },
    l: { back: ["l"], front: ["l"] },
    k: { back: ["g", "k"], aspirable: true },
    h: { back: ["h"] },
    // ch is retroflex before a, e, o, u, ih and palatal before i, ü: chang → zhang, chi → ji.
    ch: { back: ["zh", "ch"], front: ["j", "q"], aspirable: true },
    hs: { front: ["x"] },
    j: { back: ["r"] },
    sh: { back: ["sh"] },
    s: { back: ["s"] },
    ts: { back: ["z", "c"], aspirable: true },
    // tz, ss, sz only come before ŭ: tzu → zi, ssu → si (see finalsFor).
    tz: { back: ["z", "c"], aspirable: true },
    ss: { back: ["s"] },
    sz: { back: ["s"] },
  } satisfies Record<string, Initial>),
);

interface Final {
  py: string;
  front: boolean;
  /** The u is ü (dropped umlaut): chu → ju, qu. */
  uml: boolean;
}

function finalTable(spec: string, front: boolean, uml: boolean): [string, Final][] {
  return spec.split(" ").map((pair) => {
    const [wg, py] = pair.split("=") as [string, string | undefined];
    return [wg, { py: py ?? wg, front, uml }];
  });
}

/** Wade-Giles finals after a consonant. "o", "ih" and the ŭ of tzu/ssu depend on the initial. */
const FINALS = new Map<string, Final[]>();
for (const [wg, f] of [
  ...finalTable("a ai ao an ang ei en eng ou e ua uo uai uang ung=ong uei=ui ui u uan un", false, false),
  ...finalTable("i ia iao ieh=ie iu iou=iu ien=ian in iang ing iung=iong", true, false),
  // ü finals: u, uan, un are also read as plain u finals above; ueh is only üeh.
  ...finalTable("u uan un ueh=ue", true, true),
]) {
  FINALS.set(wg, [...(FINALS.get(wg) ?? []), f]);
}

/**
 * Syllables with no consonant initial (y-, w- and bare vowels), readings most likely first. Bare o is
 * ê or o (鄂 O → e); Taiwan writes 英 "Ing" and 因 "In" (Tsai Ing-wen) and often "Yi" for i; yü (玉, 余)
 * is the usual name syllable, but yu without its umlaut is also Wade-Giles for you (游).
 */
const ZERO = new Map<string, readonly string[]>(
  (
    "a ai an ang ao e ei en eng erh=er o=e,o ou i=yi in=yin ing=ying yi ya yao yang yeh=ye yen=yan yin ying yo " +
    "yu=yu,you yung=yong yueh=yue yuan yun wa wai wan wang wei wen weng wo wu"
  )
    .split(" ")
    .map((pair) => {
      const [wg, py] = pair.split("=") as [string, string | undefined];
      return [wg, (py ?? wg).split(",")];
    }),
);
/** Spellings with ü allowed when the umlaut is written. */
const ZERO_UMLAUT = new Set(["yu", "yueh", "yuan", "yun"]);

/** Non-Wade-Giles spellings accepted because well-known names use them (Ma Ying-jeou 馬英九). */
const EXCEPTIONS = new Map<string, readonly string[]>([["jeou", ["jiu"]]]);

interface Reading {
  py: string;
  /** 0 for the likeliest reading of the syllable; more for aspirated or ü readings of a bare spelling. */
  cost: number;
}

interface Spelling {
  letters: string;
  /** Where the apostrophe stood, i.e. the length of the initial before it; 0 if none. */
  apostropheAt: number;
  umlaut: boolean;
}

const APOSTROPHES = /['’‘`ʼʻ]/g;

/** Lower-cases, drops tone marks, breves, circumflexes and a tone number; notes ü and the apostrophe. */
function spell(raw: string): Spelling | undefined {
  let s = raw.normalize("NFD").toLowerCase();
  const umlaut = s.includes("u\u0308");
  s = s
    .replace(/[\u0300-\u036f]/g, "")
    .replace(APOSTROPHES, "'")
    .replace(/[1-5]$/, "");
  if (!/^[a-z]+('[a-z]+)?$/.test(s)) return undefined;
  const at = s.indexOf("'");
  return { letters: s.replace("'", ""), apostropheAt: Math.max(at, 0), umlaut };
}

function finalsFor(initial: string, fin: string): readonly Final[] {
  if (initial === "tz" || initial === "ss" || initial === "sz") return fin === "u" ? [{ py: "i", front: false, uml: false }] : [];
  if (fin === "ih") return initial === "ch" || initial === "sh" || initial === "j" ? [{ py: "i", front: false, uml: false }] : [];
  // o is -o after labials (po → bo), -e after velars (ko → ge, ho → he), -uo elsewhere (lo → luo, cho → zhuo).
  if (fin === "o") {
    const py = "pmf".includes(initial) ? "o" : initial === "k" || initial === "h" ? "e" : "uo";
    return [{ py, front: false, uml: false }];
  }
  return FINALS.get(fin) ?? [];
}

function compute(sp: Spelling): Reading[] {
  const { letters, apostropheAt, umlaut } = sp;
  if (!apostropheAt) {
    const fixed = EXCEPTIONS.get(letters) ?? ZERO.get(letters);
    if (fixed) {
      if (umlaut && !ZERO_UMLAUT.has(letters)) return [];
      const list = umlaut && letters === "yu" ? ["yu"] : fixed;
      return list.filter(isPinyinSyllable).map((py, cost) => ({ py, cost }));
    }
  }
  const initial = apostropheAt ? letters.slice(0, apostropheAt) : INITIALS.has(letters.slice(0, 2)) ? letters.slice(0, 2) : letters[0]!;
  const spec = INITIALS.get(initial);
  const fin = letters.slice(initial.length);
  if (!spec || !fin || (apostropheAt && !spec.aspirable)) return [];
  const out: Reading[] = [];
  for (const f of finalsFor(initial, fin)) {
    if (umlaut && !f.uml) continue;
    const inits = (f.front ? spec.front : spec.back) ?? [];
    const choices = apostropheAt ? inits.slice(1) : inits;
    choices.forEach((pi, i) => {
      const py = pi + f.py;
      if (isPinyinSyllable(py)) out.push({ py, cost: i + (f.uml && !umlaut ? 1 : 0) });
    });
  }
  out.sort((a, b) => a.cost - b.cost);
  const seen = new Set<string>();
  const unique = out.filter((r) => !seen.has(r.py) && seen.add(r.py));
  const base = unique[0]?.cost ?? 0;
  return unique.map((r) => ({ py: r.py, cost: r.cost - base }));
}

/** Per-spelling memo; names are prepared by the ten thousand and repeat a few hundred syllables. */
const MEMO = new Map<string, readonly Reading[]>();
const MEMO_LIMIT = 50_000;

function readings(syllable: string): readonly Reading[] {
  let hit = MEMO.get(syllable);
  if (hit) return hit;
  const sp = spell(syllable);
  hit = sp ? compute(sp) : [];
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(syllable, hit);
  return hit;
}

/** Pinyin readings of one Wade-Giles syllable ("chin" → jin, qin; "ch'in" → qin), likeliest first; [] if not Wade-Giles. */
export function wadeGilesToPinyin(syllable: string): string[] {
  return readings(syllable).map((r) => r.py);
}

/**
 * Pinyin spellings, joined, of a name part given as its Wade-Giles syllables (["chin", "ping"] →
 * jinbing, jinping, qinbing, qinping). Ordered by the summed cost of the syllables' readings, ties in
 * syllable order; the best `max` are found by a beam that keeps `max` prefixes, which is exact because
 * costs only add. [] when any syllable is not Wade-Giles.
 */
export function wadeGilesName(syllables: readonly string[], max = 16): string[] {
  if (!syllables.length || max <= 0) return [];
  let beam: Reading[] = [{ py: "", cost: 0 }];
  for (const syllable of syllables) {
    const rs = readings(syllable);
    if (!rs.length) return [];
    const next: Reading[] = [];
    for (const b of beam) for (const r of rs) next.push({ py: b.py + r.py, cost: b.cost + r.cost });
    next.sort((a, b) => a.cost - b.cost);
    const seen = new Set<string>();
    beam = next.filter((r) => !seen.has(r.py) && seen.add(r.py)).slice(0, max);
  }
  return beam.map((r) => r.py);
}

/**
 * True when the syllable marks a name as Wade-Giles: it reads as Wade-Giles and either carries an
 * apostrophe or ü, or its letters are not a pinyin syllable ("hsi", "chih", "tung", "ko", "lo", "erh").
 * Spellings shared with pinyin ("kuo", "chang", "li", "ping") say nothing. Short English words can
 * qualify too ("i", "in", "to", "so", "yen"), so callers should require a Chinese-looking name around it.
 */
export function isDistinctiveWadeGiles(syllable: string): boolean {
  const sp = spell(syllable);
  if (!sp || !readings(syllable).length) return false;
  return sp.apostropheAt > 0 || sp.umlaut || !isPinyinSyllable(sp.letters);
}

/** Mandarin pinyin surnames for a Hong Kong / Macau Cantonese surname spelling ("wong" → huang, wang); [] otherwise. */
export function cantoneseSurnameToPinyin(word: string): string[] {
  const hit = CANTONESE_SURNAMES.get(word.toLowerCase());
  return hit ? [...hit] : [];
}
