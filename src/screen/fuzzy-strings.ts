/**
 * A set of strings searched by edit similarity without missing any: every string `y` with
 * `editSimilarity(x, y, floor).sim >= floor` is found. The candidate index stands on it, so that
 * screening returns exactly what the algorithm scores at or above the threshold.
 *
 * Why nothing is missed (the bigram count filter): pad a string as ^x$; it has |x|+1 bigrams. One edit
 * of optimal string alignment (insert, delete, substitute, swap two neighbours) destroys at most three
 * bigram occurrences, so a string within d edits of x still holds at least |G(x)| - 3d of the distinct
 * bigrams G(x) of x. Strings are filed by bigram and exact length; a query counts, per length L within
 * reach, the bigrams each string shares with it and keeps those reaching |G(x)| - 3k(L), where k(L) is
 * the most edits `editSimilarity` allows at that length. Where that need is zero or less, every string
 * of that length is a candidate. Candidates are then checked with `editSimilarity` itself.
 */
import { editSimilarity } from "../match/compare/tokens.js";

/** Below or at this length, `editSimilarity` caps any edit at 0.6: such pairs must be equal. */
const SHORT = 3;
const SHORT_CAP = 0.6;
/** Lengths are filed exactly up to this; longer strings share the last bucket (and are always checked). */
const LENGTH_BUCKETS = 1024;
/** Queries at least this long are compared with every string (none are, in names). */
const LINEAR_FROM = 700;
const END = 65_536;

/**
 * The characters of a string as a 32-bit set (by code modulo 32). One edit removes at most one member
 * and adds at most one, so strings d edits apart differ in at most 2d members: a cheap test first.
 */
function charSet(s: string): number {
  let set = 0;
  for (let i = 0; i < s.length; i++) set |= 1 << (s.charCodeAt(i) & 31);
  return set;
}

function bitCount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function bigramCodes(s: string): number[] {
  const out = new Set<number>();
  let prev = END;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.add(prev * (END + 1) + c);
    prev = c;
  }
  out.add(prev * (END + 1) + END);
  return [...out];
}

/** A growable list of int32 pairs. */
class PairList {
  a = new Int32Array(256);
  b = new Int32Array(256);
  length = 0;
  push(x: number, y: number): void {
    if (this.length === this.a.length) {
      const a = new Int32Array(this.length * 2);
      a.set(this.a);
      this.a = a;
      const b = new Int32Array(this.length * 2);
      b.set(this.b);
      this.b = b;
    }
    this.a[this.length] = x;
    this.b[this.length++] = y;
  }
}

export class FuzzyStrings {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  /** Bigram codes numbered in order of appearance, so that lookup keys stay small integers. */
  private readonly gramIds = new Map<number, number>();
  private pairs: PairList | undefined = new PairList();
  /** Postings: for each (gram, length) key a slot, whose string ids stand in postingIds[slotStart[slot]...]. */
  private readonly slots = new Map<number, number>();
  private slotStart = new Int32Array(1);
  private postingIds = new Int32Array(0);
  /** String ids ordered by length bucket, and where each bucket starts. */
  private byLength = new Int32Array(0);
  private lengthStart = new Int32Array(LENGTH_BUCKETS + 1);
  private counts = new Int32Array(0);
  private sets = new Int32Array(0);

  /** The id of `s`, added if new. */
  add(s: string): number {
    let id = this.ids.get(s);
    if (id !== undefined) return id;
    if (!this.pairs) throw new Error("FuzzyStrings: add after freeze");
    id = this.strings.length;
    this.strings.push(s);
    this.ids.set(s, id);
    if (s.length > SHORT) {
      const bucket = Math.min(s.length, LENGTH_BUCKETS - 1);
      for (const code of bigramCodes(s)) {
        let g = this.gramIds.get(code);
        if (g === undefined) {
          g = this.gramIds.size;
          this.gramIds.set(code, g);
        }
        this.pairs.push(g * LENGTH_BUCKETS + bucket, id);
      }
    }
    return id;
  }

  /** Ends adding: builds the lookup tables (compact arrays: a counting sort of the postings). */
  freeze(): void {
    const pairs = this.pairs;
    if (!pairs) return;
    this.pairs = undefined;
    const slotOf = new Int32Array(pairs.length);
    const sizes: number[] = [];
    for (let k = 0; k < pairs.length; k++) {
      const key = pairs.a[k] as number;
      let slot = this.slots.get(key);
      if (slot === undefined) {
        slot = sizes.length;
        this.slots.set(key, slot);
        sizes.push(0);
      }
      slotOf[k] = slot;
      sizes[slot] = (sizes[slot] as number) + 1;
    }
    this.slotStart = new Int32Array(sizes.length + 1);
    for (let slot = 0; slot < sizes.length; slot++) this.slotStart[slot + 1] = (this.slotStart[slot] as number) + (sizes[slot] as number);
    const fill = this.slotStart.slice(0, sizes.length);
    this.postingIds = new Int32Array(pairs.length);
    for (let k = 0; k < pairs.length; k++) {
      const slot = slotOf[k] as number;
      this.postingIds[fill[slot] as number] = pairs.b[k] as number;
      fill[slot] = (fill[slot] as number) + 1;
    }
    const bucketOf = (s: string) => Math.min(s.length, LENGTH_BUCKETS - 1);
    const lengthStart = this.lengthStart;
    for (const s of this.strings) lengthStart[bucketOf(s) + 1] = (lengthStart[bucketOf(s) + 1] as number) + 1;
    for (let l = 0; l < LENGTH_BUCKETS; l++) lengthStart[l + 1] = (lengthStart[l + 1] as number) + (lengthStart[l] as number);
    const at = lengthStart.slice(0, LENGTH_BUCKETS);
    this.byLength = new Int32Array(this.strings.length);
    this.strings.forEach((s, id) => {
      const b = bucketOf(s);
      this.byLength[at[b] as number] = id;
      at[b] = (at[b] as number) + 1;
    });
    this.counts = new Int32Array(this.strings.length);
    this.sets = Int32Array.from(this.strings, charSet);
  }

  get size(): number {
    return this.strings.length;
  }

  exact(s: string): number | undefined {
    return this.ids.get(s);
  }

  /** Calls `found(id, sim)` for every string whose edit similarity to `x` is at least `floor` (> 0). */
  search(x: string, floor: number, found: (id: number, sim: number) => void): void {
    this.freeze();
    const same = this.ids.get(x);
    const set = charSet(x);
    if (same !== undefined) this.check(x, set, same, floor, found);
    const n = x.length;
    const shortExact = floor > SHORT_CAP;
    if (n <= SHORT && shortExact) return;
    if (n >= LINEAR_FROM || floor <= 0) {
      for (let id = 0; id < this.strings.length; id++) if (id !== same) this.check(x, set, id, floor, found);
      return;
    }
    const edits = (len: number) => Math.floor((1 - floor) * Math.max(n, len));
    const minLength = Math.max(shortExact ? SHORT + 1 : 1, n - edits(n));
    let maxLength = n;
    while (maxLength + 1 < LENGTH_BUCKETS && maxLength + 1 - n <= edits(maxLength + 1)) maxLength++;
    const grams: number[] = [];
    for (const code of bigramCodes(x)) {
      const g = this.gramIds.get(code);
      grams.push(g === undefined ? -1 : g);
    }
    const touched: number[] = [];
    const counts = this.counts;
    const postings = this.postingIds;
    for (let len = minLength; len <= maxLength; len++) {
      const need = grams.length - 3 * edits(len);
      if (need <= 0 || len <= SHORT || len === LENGTH_BUCKETS - 1) {
        // Every string of this length may be within reach: check them all.
        const end = this.lengthStart[len + 1] as number;
        for (let k = this.lengthStart[len] as number; k < end; k++) {
          const id = this.byLength[k] as number;
          if (id !== same) this.check(x, set, id, floor, found);
        }
        continue;
      }
      for (const g of grams) {
        if (g < 0) continue;
        const slot = this.slots.get(g * LENGTH_BUCKETS + len);
        if (slot === undefined) continue;
        const end = this.slotStart[slot + 1] as number;
        for (let k = this.slotStart[slot] as number; k < end; k++) {
          const id = postings[k] as number;
          if (counts[id] === 0) touched.push(id);
          counts[id] = (counts[id] as number) + 1;
        }
      }
      for (const id of touched) {
        if ((counts[id] as number) >= need && id !== same) this.check(x, set, id, floor, found);
        counts[id] = 0;
      }
      touched.length = 0;
    }
  }

  private check(x: string, set: number, id: number, floor: number, found: (id: number, sim: number) => void): void {
    const y = this.strings[id] as string;
    if (bitCount(set ^ (this.sets[id] as number)) > 2 * Math.floor((1 - floor) * Math.max(x.length, y.length))) return;
    const e = editSimilarity(x, y, floor);
    if (e.sim >= floor) found(id, e.sim);
  }
}
