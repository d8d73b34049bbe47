/**
 * The candidate index over the loaded names: phonetic keys of tokens with posting lists, plus three
 * ways to reach a name whose tokens are spelled differently — consonant keys (Mohammed / Muhammad),
 * character trigrams verified by edit distance (typos), and joined neighbours (Rami Makhlouf /
 * Ramimakhlouf). Candidates are ranked by the query weight they cover; only the best are scored.
 */
import { editSimilarity } from "../match/compare/tokens.js";
import { abjadKey, consonantKey, phoneticKey } from "../match/normalize/skeleton.js";
import type { Algorithm, NameToken, PreparedName, TokenStats } from "../match/types.js";

export interface NameEntry {
  /** Index of the entity in the caller's list. */
  entity: number;
  value: string;
  schema: string;
}

export interface Candidate {
  name: number;
  /** Query weight found in the name (similarity-weighted). */
  found: number;
  /** A loose upper estimate of the name score from `found`. */
  bound: number;
}

export interface CandidateOptions {
  /** Most candidates returned. */
  max: number;
  /** Candidates whose bound is below this are dropped, except the best `keepTop` by rank. */
  minBound: number;
  /** The best candidates by rank are kept whatever their bound (the bound misses joined or misspelled forms). */
  keepTop?: number;
  /** Names to consider (e.g. by schema or source); all when absent. */
  accept?: (name: number) => boolean;
}

export interface NameIndex {
  readonly stats: TokenStats;
  readonly names: readonly { entity: number; value: string; prepared: PreparedName; weight: number }[];
  candidates(query: PreparedName, options: CandidateOptions): Candidate[];
  /** Vocabulary size, for reports. */
  readonly vocabulary: number;
}

const RETRIEVAL_CLASSES = new Set(["name", "patronymic", "generic", "number"]);
/** Fuzzy expansions need this similarity (the algorithm's own pair threshold). */
const FUZZY_MIN = 0.7;
const MAX_FUZZY_CACHE = 50_000;
/** Key lengths filed apart in the trigram lists (longer keys share the last bucket). */
const MAX_KEY_LENGTH = 64;

/** True when a candidate of this rank and name number goes before `c` (rank first, then name order). */
function higher(rank: number, name: number, c: { rank: number; name: number }): boolean {
  return rank > c.rank || (rank === c.rank && name < c.name);
}

function grams(key: string): string[] {
  const s = `^${key}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= s.length; i++) out.push(s.slice(i, i + 3));
  return out;
}

/**
 * What makes two tokens the same for comparison, explanation and weight: tokens with one signature are
 * one object in the index. The source counts: 高石 and 高市 are both read "gaoshi".
 */
function tokenSignature(t: NameToken): string {
  return `${t.cls}|${t.text}|${t.source}|${t.concept ?? ""}|${t.script}|${t.abjad ? 1 : 0}|${t.alts.length > 1 ? t.alts.join(",") : ""}`;
}

class KeyLists {
  readonly map = new Map<string, number[]>();
  add(key: string, value: number): void {
    const list = this.map.get(key);
    if (!list) this.map.set(key, [value]);
    else if (list[list.length - 1] !== value) list.push(value);
  }
  frozen(): Map<string, Int32Array> {
    const out = new Map<string, Int32Array>();
    for (const [k, v] of this.map) out.set(k, Int32Array.from(v));
    return out;
  }
}

export function createNameIndex(entries: Iterable<NameEntry>, algorithm: Algorithm): NameIndex {
  const names: { entity: number; value: string; prepared: PreparedName; weight: number }[] = [];
  const signatures = new Map<string, NameToken>();
  const postingLists = new KeyLists();
  const joinedLists = new KeyLists();
  const altLists = new KeyLists();
  for (const entry of entries) {
    const prepared = algorithm.prepare(entry.value, entry.schema);
    if (!prepared.tokens.length) continue;
    const n = names.length;
    names.push({ entity: entry.entity, value: entry.value, prepared, weight: 0 });
    const tokens = prepared.tokens;
    for (let i = 0; i < tokens.length; i++) {
      let t = tokens[i] as NameToken;
      const sig = tokenSignature(t);
      const same = signatures.get(sig);
      if (same) tokens[i] = t = same;
      else {
        t.id = signatures.size;
        signatures.set(sig, t);
      }
      postingLists.add(t.key, n);
      // Other spellings (transliteration variants, pinyin of Wade-Giles) are filed apart: they find
      // the name, but do not count in the statistics that weigh tokens.
      if (t.alts.length > 1) for (const k of new Set(t.alts.map(phoneticKey))) if (k !== t.key) altLists.add(k, n);
      const next = tokens[i + 1];
      if (next && RETRIEVAL_CLASSES.has(t.cls) && RETRIEVAL_CLASSES.has(next.cls)) joinedLists.add(phoneticKey(t.text + next.text), n);
    }
  }
  const postings = postingLists.frozen();
  const joined = joinedLists.frozen();
  const altPostings = altLists.frozen();
  const stats: TokenStats = { total: names.length, df: (key) => postings.get(key)?.length ?? 0 };

  // Token weights are fixed for this index: compute them once. Name weights also stand in a typed
  // array, read for every name a query touches.
  const nameWeights = new Float64Array(names.length);
  names.forEach((entry, n) => {
    let w = 0;
    for (const t of entry.prepared.tokens) {
      t.weight = algorithm.tokenWeight(t, stats);
      w += t.weight;
    }
    entry.weight = w;
    nameWeights[n] = w;
  });

  // Secondary keys over the vocabulary.
  const vocab = [...postings.keys()];
  const consonants = new KeyLists();
  const abjads = new KeyLists();
  // Trigrams are filed by number (gram id and key length), so that a lookup builds no string.
  const gramIds = new Map<string, number>();
  const gramKey = (g: string, len: number): number => {
    let id = gramIds.get(g);
    if (id === undefined) {
      id = gramIds.size;
      gramIds.set(g, id);
    }
    return id * MAX_KEY_LENGTH + Math.min(len, MAX_KEY_LENGTH - 1);
  };
  const trigrams = new Map<number, number[]>();
  vocab.forEach((key, v) => {
    if (key.startsWith("#") || /\d/.test(key)) return;
    const ck = consonantKey(key);
    if (ck.length >= 3) consonants.add(ck, v);
    const ak = abjadKey(key);
    if (ak.length >= 2) abjads.add(ak, v);
    // Trigrams are filed by key length too: a query key only looks at keys of nearly its length.
    if (key.length >= 4) {
      for (const g of new Set(grams(key))) {
        const k = gramKey(g, key.length);
        const list = trigrams.get(k);
        if (list) list.push(v);
        else trigrams.set(k, [v]);
      }
    }
  });
  const consonantMap = consonants.frozen();
  const abjadMap = abjads.frozen();
  const gramMap = new Map<number, Int32Array>();
  for (const [k, v] of trigrams) gramMap.set(k, Int32Array.from(v));

  const acc = new Float64Array(names.length);
  const mark = new Int32Array(names.length);
  let stamp = 0;
  const gramCount = new Int32Array(vocab.length);
  const letters = new Int32Array(128);
  const bump = (code: number, by: number) => {
    letters[code & 127] = (letters[code & 127] as number) + by;
  };
  const fuzzyCache = new Map<string, [number, number][]>();

  /** Vocabulary entries within typo distance of a key, with their similarity. */
  function fuzzy(key: string): [number, number][] {
    const hit = fuzzyCache.get(key);
    if (hit) return hit;
    const qGrams = [...new Set(grams(key))];
    const touched: number[] = [];
    // One edit changes at most three trigrams; a key may differ by as many edits as FUZZY_MIN allows.
    const edits = Math.floor((1 - FUZZY_MIN) * key.length);
    const need = Math.max(1, qGrams.length - 3 * edits);
    const ids: number[] = [];
    for (const g of qGrams) {
      const id = gramIds.get(g);
      if (id !== undefined) ids.push(id * MAX_KEY_LENGTH);
    }
    for (let len = Math.max(4, key.length - edits); len <= key.length + edits; len++) {
      const bucket = Math.min(len, MAX_KEY_LENGTH - 1);
      for (const id of ids) {
        const list = gramMap.get(id + bucket);
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const v = list[k] as number;
          if (gramCount[v] === 0) touched.push(v);
          gramCount[v] = (gramCount[v] as number) + 1;
        }
      }
    }
    const out: [number, number][] = [];
    for (let k = 0; k < key.length; k++) bump(key.charCodeAt(k), 1);
    for (const v of touched) {
      if ((gramCount[v] as number) >= need) {
        const other = vocab[v] as string;
        const max = Math.floor((1 - FUZZY_MIN) * Math.max(key.length, other.length));
        if (other !== key && letterDistance(key.length, other) <= 2 * max) {
          const s = editSimilarity(key, other, FUZZY_MIN).sim;
          if (s >= FUZZY_MIN) out.push([v, s]);
        }
      }
      gramCount[v] = 0;
    }
    for (let k = 0; k < key.length; k++) letters[key.charCodeAt(k) & 127] = 0;
    if (fuzzyCache.size >= MAX_FUZZY_CACHE) fuzzyCache.clear();
    fuzzyCache.set(key, out);
    return out;
  }

  /**
   * How far apart the letter counts of `other` and of the key counted in `letters` are (the sum of the
   * differences). An edit changes it by two at most, so half of it bounds the edit distance from below.
   */
  function letterDistance(keyLength: number, other: string): number {
    let shared = 0;
    for (let k = 0; k < other.length; k++) {
      const c = other.charCodeAt(k) & 127;
      if ((letters[c] as number) > 0) shared++;
      bump(c, -1);
    }
    for (let k = 0; k < other.length; k++) bump(other.charCodeAt(k), 1);
    return keyLength + other.length - 2 * shared;
  }

  const vocabId = new Map<string, number>(vocab.map((k, v) => [k, v]));

  /**
   * Vocabulary entries a query token may stand for. `alone` is set for a query's only distinctive token:
   * then near spellings are always looked for; otherwise only when the token itself is unknown (a typo
   * in one token of several is found through the others and the unknown token's neighbours).
   */
  function expansions(t: NameToken, alone: boolean): Map<number, number> {
    const out = new Map<number, number>();
    const put = (v: number | undefined, s: number) => {
      if (v !== undefined && (out.get(v) ?? 0) < s) out.set(v, s);
    };
    const exact = vocabId.get(t.key);
    put(exact, 1);
    for (const a of t.alts) if (a !== t.text) put(vocabId.get(phoneticKey(a)), 0.98);
    if (t.concept || /\d/.test(t.key)) return out;
    if (t.abjad) for (const v of abjadMap.get(abjadKey(t.text)) ?? []) put(v, 0.85);
    const ck = consonantKey(t.key);
    // Short consonant keys are shared by hundreds of names ("mhd"): they find nothing in particular.
    const byConsonants = ck.length >= 3 ? consonantMap.get(ck) : undefined;
    if (byConsonants && byConsonants.length <= 200) for (const v of byConsonants) put(v, 0.8);
    if (t.key.length >= 4 && (alone || exact === undefined)) for (const [v, s] of fuzzy(t.key)) put(v, s);
    return out;
  }

  function credit(list: Int32Array | undefined, amount: number, touched: number[]): void {
    if (!list) return;
    for (let k = 0; k < list.length; k++) {
      const n = list[k] as number;
      if (mark[n] === stamp) continue;
      mark[n] = stamp;
      if (acc[n] === 0) touched.push(n);
      acc[n] = (acc[n] as number) + amount;
    }
  }

  function candidates(query: PreparedName, options: CandidateOptions): Candidate[] {
    const tokens = query.tokens;
    const weights = tokens.map((t) => algorithm.tokenWeight(t, stats));
    const total = weights.reduce((a, b) => a + b, 0);
    let worthy = tokens.map((_, i) => i).filter((i) => RETRIEVAL_CLASSES.has((tokens[i] as NameToken).cls));
    if (!worthy.length) worthy = tokens.map((_, i) => i);
    const touched: number[] = [];
    if (stamp > 2_000_000_000) {
      mark.fill(0);
      stamp = 0;
    }
    for (const i of worthy) {
      const t = tokens[i] as NameToken;
      const w = weights[i] as number;
      stamp++;
      const exp = [...expansions(t, worthy.length === 1)].sort((a, b) => b[1] - a[1]);
      for (const [v, s] of exp) credit(postings.get(vocab[v] as string), w * s, touched);
      // A list token whose other spelling is the query token ("Chiang" for "jiang").
      credit(altPostings.get(t.key), w * 0.98, touched);
      // A query token that is two list tokens written together ("ramimakhlouf").
      credit(joined.get(t.key), w, touched);
      const next = tokens[i + 1];
      if (next && worthy.includes(i + 1)) {
        // Two query tokens that are one list token ("patr ushev" / "patrushev").
        stamp++;
        const jk = phoneticKey(t.text + next.text);
        credit(postings.get(jk), w + (weights[i + 1] as number), touched);
      }
    }
    // Rank by the name score's shape: found weight counts on both sides; the query's unfound weight
    // costs fully, the name's own unfound weight costs half.
    const keep = options.keepTop ?? 10;
    const passed: (Candidate & { rank: number })[] = [];
    // The best `keep` below the bound, in rank order (an insertion list: `keep` is small).
    const top: (Candidate & { rank: number })[] = [];
    for (const n of touched) {
      const found = Math.min(acc[n] as number, total);
      acc[n] = 0;
      if (options.accept && !options.accept(n)) continue;
      const bound = total > 0 ? (2 * found) / (found + total) : 0;
      const rank = (2 * found) / (found + total + 0.5 * Math.max(0, (nameWeights[n] as number) - found));
      if (bound >= options.minBound) {
        passed.push({ name: n, found, bound, rank });
        continue;
      }
      if (keep <= 0) continue;
      const last = top[top.length - 1];
      if (top.length >= keep && last && !higher(rank, n, last)) continue;
      let at = top.length;
      while (at > 0 && higher(rank, n, top[at - 1] as Candidate & { rank: number })) at--;
      top.splice(at, 0, { name: n, found, bound, rank });
      if (top.length > keep) top.pop();
    }
    passed.sort((a, b) => b.rank - a.rank || a.name - b.name);
    // Of those below the bound, keep the ones that rank among the best `keep` overall.
    const cut = passed.length >= keep ? (passed[keep - 1]?.rank ?? 0) : -1;
    const out = [...passed, ...top.filter((c) => c.rank > cut)];
    out.sort((a, b) => b.rank - a.rank || a.name - b.name);
    return out.slice(0, options.max).map(({ name, found, bound }) => ({ name, found, bound }));
  }

  return { stats, names, candidates, vocabulary: vocab.length };
}
