/**
 * The tokens of the indexed names, and every way a query token (or a run of query tokens) can meet
 * them. `compareTokens` and the alignment's `runPair` decide how alike two tokens are; this module
 * finds, without missing any, every vocabulary token and every run of neighbouring tokens that they
 * could pair at or above the algorithm's floor. It gathers a superset by each path those functions
 * take (same text or spelling, concept, phonetic key, initial, nickname, consonant skeleton against an
 * abjad, characters of a syllabic script, edit distance on spellings and keys, joined runs and
 * initials of runs), then keeps what the functions themselves say is alike enough.
 */
import { JOINABLE, MAX_RUN, runPair } from "../match/compare/align.js";
import { compareTokens, initialsOf, SYLLABIC, type TokenSimilarity } from "../match/compare/tokens.js";
import { fullNamesOf, shortNamesOf } from "../match/normalize/nicknames.js";
import { abjadKey, phoneticKey, strictAbjadKey } from "../match/normalize/skeleton.js";
import type { NameToken, RetrievalBounds } from "../match/types.js";
import { FuzzyStrings } from "./fuzzy-strings.js";

/** One way a query unit meets indexed names: a vocabulary token or a run of tokens, and the names holding it. */
export interface Meeting {
  names: Int32Array;
  sim: number;
  /** Weight of the pair (query side + candidate side) as the score counts it. */
  pairWeight: number;
  /** Candidate-side weight the pair takes out of the unmatched tokens. */
  candidateReached: number;
  /** The share of the query unit's weight the pair takes out of the unmatched tokens (an initial's pair leaves the rest). */
  queryShare: number;
  /** The vocabulary token met, or the run of list tokens (as -1 - run id). */
  met: number;
}

/** Strings filed with the ids they stand for (several tokens or runs may share a string). */
class StringTable {
  readonly fuzzy = new FuzzyStrings();
  private lists: number[][] = [];
  private ids = new PackedLists();
  add(s: string, id: number): void {
    const k = this.fuzzy.add(s);
    const list = this.lists[k];
    if (!list) this.lists[k] = [id];
    else if (list[list.length - 1] !== id) list.push(id);
  }
  exact(s: string, out: Set<number>): void {
    const k = this.fuzzy.exact(s);
    if (k !== undefined) for (const id of this.ids.get(k)) out.add(id);
  }
  freeze(): void {
    this.fuzzy.freeze();
    this.ids = PackedLists.from(this.lists);
    this.lists = [];
  }
  search(s: string, floor: number, out: Set<number>): void {
    this.fuzzy.search(s, floor, (k) => {
      for (const id of this.ids.get(k)) out.add(id);
    });
  }
}

/** Lists of numbers in one array (list k stands in items[start[k]...start[k+1]]): far fewer objects than an array a list. */
class PackedLists {
  private items = new Int32Array(0);
  private start = new Int32Array(1);
  static from(lists: readonly (readonly number[])[]): PackedLists {
    const p = new PackedLists();
    p.start = new Int32Array(lists.length + 1);
    let n = 0;
    lists.forEach((l, k) => {
      n += l.length;
      p.start[k + 1] = n;
    });
    p.items = new Int32Array(n);
    lists.forEach((l, k) => {
      p.items.set(l, p.start[k] as number);
    });
    return p;
  }
  get(k: number): Int32Array {
    return this.items.subarray(this.start[k] ?? 0, this.start[k + 1] ?? 0);
  }
  get length(): number {
    return this.start.length - 1;
  }
}

/** String tables filed by the first character of a text: joined runs only meet tokens that start alike. */
class ByFirstLetter {
  private readonly tables = new Map<string, StringTable>();
  add(text: string, s: string, id: number): void {
    const first = text[0] ?? "";
    let table = this.tables.get(first);
    if (!table) {
      table = new StringTable();
      this.tables.set(first, table);
    }
    table.add(s, id);
  }
  search(text: string, s: string, floor: number, out: Set<number>): void {
    this.tables.get(text[0] ?? "")?.search(s, floor, out);
  }
  freeze(): void {
    for (const t of this.tables.values()) t.freeze();
  }
}

function pushTo(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/**
 * What makes two tokens the same for comparison, explanation and weight: tokens with one signature are
 * one object in the index. The source counts: 高石 and 高市 are both read "gaoshi".
 */
export function tokenSignature(t: NameToken): string {
  return `${t.cls}|${t.text}|${t.source}|${t.concept ?? ""}|${t.script}|${t.abjad ? 1 : 0}|${t.alts.length > 1 ? t.alts.join(",") : ""}`;
}

/** Query tokens and runs whose meetings are kept: names in a batch share most of their words. */
const MEETINGS_KEPT = 5_000;

interface Kept {
  meetings: Meeting[];
  /** The comparisons that met, for the scorer's cache. */
  sims: [number, TokenSimilarity][];
}

const ALL = (n: number) => Array.from({ length: n }, (_, i) => i);

/**
 * Bounds of a token's weight in a score: the most it can count with in a pair, and the least it costs
 * when unmatched (they differ where the algorithm weighs a token by the pair: name-v4's places).
 */
export interface BoundWeights {
  pair(t: NameToken): number;
  cost(t: NameToken): number;
}

export class Vocabulary {
  readonly tokens: NameToken[] = [];
  private readonly bySignature = new Map<string, number>();
  private readonly postingLists: number[][] = [];
  private postings = new PackedLists();
  /** Runs of neighbouring list tokens: their token ids and the names holding them (built, then packed). */
  private readonly runIds = new Map<string, number>();
  private runTokenLists: number[][] = [];
  private runTokens = new PackedLists();
  private readonly runNameLists: number[][] = [];
  private runNames = new PackedLists();
  /** The runs of each name (name n's stand in nameRuns[nameRunStart[n]...]). */
  private readonly nameRunList: number[] = [];
  private readonly nameRunStartList: number[] = [0];
  private nameRuns = new Int32Array(0);
  private nameRunStart = new Int32Array(0);
  private readonly spell = new StringTable();
  private readonly keys = new StringTable();
  /** Consonant skeletons: of Latin tokens' keys (plain and read as Arabic writes), and of abjad tokens. */
  private readonly skeletons = [new StringTable(), new StringTable()];
  private readonly abjadSkeletons = [new StringTable(), new StringTable()];
  private readonly syllabic = new Map<string, StringTable>();
  private readonly concepts = new Map<string, number[]>();
  private readonly initialTokens = new Map<string, number[]>();
  private readonly byFirstLetter = new Map<string, number[]>();
  /** Texts and keys of tokens, by the first letter of their text (for runs of query tokens). */
  private readonly textsByFirst = new ByFirstLetter();
  private readonly keysByFirst = new ByFirstLetter();
  /** Joined texts and their keys of runs of list tokens, by first letter. */
  private readonly runTexts = new ByFirstLetter();
  private readonly runKeys = new ByFirstLetter();
  private readonly runHan = new StringTable();
  private readonly runInitials = new Map<string, number[]>();
  private frozen = false;
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly bounds: RetrievalBounds,
    private readonly weights: BoundWeights,
  ) {}

  /** The vocabulary's own token for `t` (tokens with one signature are one object), with its `id` set. */
  intern(t: NameToken): NameToken {
    const signature = tokenSignature(t);
    const id = this.bySignature.get(signature);
    if (id !== undefined) return this.tokens[id] as NameToken;
    t.id = this.tokens.length;
    this.bySignature.set(signature, t.id);
    this.tokens.push(t);
    this.postingLists.push([]);
    return t;
  }

  /** Files name `n`, whose tokens are interned, under its tokens and its runs of joinable tokens. */
  addName(n: number, tokens: readonly NameToken[]): void {
    for (const t of tokens) {
      const list = this.postingLists[t.id as number] as number[];
      if (list[list.length - 1] !== n) list.push(n);
    }
    for (let s = 0; s < tokens.length; s++) {
      for (let len = 2; len <= MAX_RUN && s + len <= tokens.length; len++) {
        if (!JOINABLE.has((tokens[s + len - 1] as NameToken).cls) || !JOINABLE.has((tokens[s] as NameToken).cls)) break;
        const ids = tokens.slice(s, s + len).map((t) => t.id as number);
        const sig = ids.join(",");
        let r = this.runIds.get(sig);
        if (r === undefined) {
          r = this.runTokenLists.length;
          this.runIds.set(sig, r);
          this.runTokenLists.push(ids);
          this.runNameLists.push([]);
        }
        const list = this.runNameLists[r] as number[];
        if (list[list.length - 1] !== n) list.push(n);
        this.nameRunList.push(r);
      }
    }
    // Names are added in order: name n's runs end here.
    while (this.nameRunStartList.length <= n + 1) this.nameRunStartList.push(this.nameRunList.length);
  }

  /** Builds the lookup tables; token weights must be set. */
  freeze(): void {
    if (this.frozen) return;
    this.frozen = true;
    this.postings = PackedLists.from(this.postingLists);
    this.postingLists.length = 0;
    this.runNames = PackedLists.from(this.runNameLists);
    this.runNameLists.length = 0;
    this.runTokens = PackedLists.from(this.runTokenLists);
    this.runTokenLists = [];
    this.runIds.clear();
    this.nameRuns = Int32Array.from(this.nameRunList);
    this.nameRunStart = Int32Array.from(this.nameRunStartList);
    this.nameRunList.length = 0;
    const arabic = Boolean(this.bounds.compare.arabicConsonants);
    this.tokens.forEach((t, id) => {
      this.spell.add(t.text, id);
      for (const a of t.alts) this.spell.add(a, id);
      this.keys.add(t.key, id);
      this.textsByFirst.add(t.text, t.text, id);
      this.keysByFirst.add(t.text, t.key, id);
      if (t.concept) pushTo(this.concepts, t.concept, id);
      if (t.cls === "initial") pushTo(this.initialTokens, t.text, id);
      else if (t.cls !== "number" && t.text) pushTo(this.byFirstLetter, t.text[0] as string, id);
      if (t.abjad) {
        const flag = arabic && t.script === "Arab" ? 1 : 0;
        const k = this.skeleton(t, flag === 1);
        if (k.length >= 2) (this.abjadSkeletons[flag] as StringTable).add(k, id);
      } else {
        for (const flag of [0, 1]) {
          const k = this.skeleton(t, flag === 1);
          if (k.length >= 2) (this.skeletons[flag] as StringTable).add(k, id);
        }
      }
      if (SYLLABIC.has(t.script)) {
        let table = this.syllabic.get(t.script);
        if (!table) {
          table = new StringTable();
          this.syllabic.set(t.script, table);
        }
        table.add(t.source, id);
      }
    });
    for (let r = 0; r < this.runTokens.length; r++) {
      const parts = this.runParts(r);
      const joined = parts.map((t) => t.text).join("");
      this.runTexts.add(joined, joined, r);
      this.runKeys.add(joined, phoneticKey(joined), r);
      pushTo(this.runInitials, initialsOf(parts), r);
      if (parts.every((t) => t.script === "Hani")) this.runHan.add(parts.map((t) => t.source).join(""), r);
    }
    const tables = [this.spell, this.keys, ...this.skeletons, ...this.abjadSkeletons, ...this.syllabic.values(), this.runHan];
    for (const t of [...tables, this.textsByFirst, this.keysByFirst, this.runTexts, this.runKeys]) t.freeze();
  }

  get runCount(): number {
    return this.runTokens.length;
  }

  private runParts(r: number): NameToken[] {
    return Array.from(this.runTokens.get(r), (id) => this.tokens[id] as NameToken);
  }

  /** The runs of neighbouring tokens in name `n`, as `Meeting.met` numbers them (-1 - run id). */
  runsOf(n: number, out: (met: number) => void): void {
    const end = this.nameRunStart[n + 1] ?? this.nameRunStart[n] ?? 0;
    for (let k = this.nameRunStart[n] ?? 0; k < end; k++) out(-1 - (this.nameRuns[k] as number));
  }

  /** How query token `q` meets vocabulary token `id` (through the cache), if at all. */
  meetingOf(q: NameToken, id: number, cache?: Map<number, unknown>): Meeting | undefined {
    let r = cache?.get(id) as TokenSimilarity | undefined;
    if (!r) {
      r = compareTokens(q, this.tokens[id] as NameToken, this.bounds.minSim, this.bounds.compare);
      cache?.set(id, r);
    }
    return r.sim >= this.bounds.minSim ? this.meeting(q, id, r) : undefined;
  }

  private meeting(q: NameToken, id: number, r: TokenSimilarity): Meeting {
    const { initialWeight } = this.bounds;
    const c = this.tokens[id] as NameToken;
    const qw = this.weights.pair(q);
    const cw = this.weights.pair(c);
    // An initial proves one letter: both sides count as initials, the rest stays unmatched.
    if (r.how === "initial") {
      const qi = Math.min(qw, initialWeight);
      const ci = Math.min(cw, initialWeight);
      const queryShare = qw > 0 ? qi / qw : 1;
      const candidateReached = Math.min(this.weights.cost(c), initialWeight);
      return { names: this.namesOf(id), sim: r.sim, pairWeight: qi + ci, candidateReached, queryShare, met: id };
    }
    return { names: this.namesOf(id), sim: r.sim, pairWeight: qw + cw, candidateReached: this.weights.cost(c), queryShare: 1, met: id };
  }

  /** Names holding the token with this id. */
  namesOf(id: number): Int32Array {
    return this.postings.get(id);
  }

  /**
   * Every vocabulary token and run that query token `q` meets at or above the floor. Comparisons made
   * are put in `cache` (by vocabulary id), where the scorer finds them. Initials meet every token that
   * starts with their letter: `initialBound` bounds them without listing.
   */
  meetToken(q: NameToken, cache?: Map<number, unknown>): Meeting[] {
    const key = tokenSignature(q);
    const kept = this.recall(key);
    if (kept) {
      for (const [id, r] of kept.sims) cache?.set(id, r);
      return kept.meetings;
    }
    const sims: [number, TokenSimilarity][] = [];
    const meetings = this.findTokenMeetings(q, (id, r) => {
      cache?.set(id, r);
      if (r.sim >= this.bounds.minSim) sims.push([id, r]);
    });
    this.keep(key, { meetings, sims });
    return meetings;
  }

  private recall(key: string): Kept | undefined {
    const kept = this.kept.get(key);
    if (kept) {
      // Most recently used last: the first entry is the one to drop.
      this.kept.delete(key);
      this.kept.set(key, kept);
    }
    return kept;
  }

  private keep(key: string, value: Kept): void {
    if (this.kept.size >= MEETINGS_KEPT) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(key, value);
  }

  private findTokenMeetings(q: NameToken, compared: (id: number, r: TokenSimilarity) => void): Meeting[] {
    const { minSim, compare } = this.bounds;
    const ids = new Set<number>();
    this.spell.exact(q.text, ids);
    for (const a of q.alts) this.spell.exact(a, ids);
    this.keys.exact(q.key, ids);
    if (q.concept) for (const id of this.concepts.get(q.concept) ?? []) ids.add(id);
    if (q.cls === "initial") for (const id of this.byFirstLetter.get(q.text) ?? []) ids.add(id);
    else if (q.cls !== "number") {
      for (const id of this.initialTokens.get(q.text[0] ?? "") ?? []) ids.add(id);
      for (const f of [...fullNamesOf(q.text), ...shortNamesOf(q.text)]) this.spell.exact(f, ids);
      this.searchSkeletons(q, ids);
      this.syllabic.get(q.script)?.search(q.source, minSim, ids);
      for (const s of new Set([q.text, ...q.alts])) this.spell.search(s, minSim, ids);
      this.keys.search(q.key, minSim, ids);
    }
    const out: Meeting[] = [];
    for (const id of ids) {
      const c = this.tokens[id] as NameToken;
      const r: TokenSimilarity = compareTokens(q, c, minSim, compare);
      compared(id, r);
      if (r.sim >= minSim) out.push(this.meeting(q, id, r));
    }
    if (JOINABLE.has(q.cls)) this.meetRuns(q, out);
    return out;
  }

  /** Runs of list tokens that one query token meets: written together ("ramimakhlouf") or as initials ("jc"). */
  private meetRuns(q: NameToken, out: Meeting[]): void {
    const { minSim, compare, initialWeight } = this.bounds;
    const runs = new Set<number>();
    // Written together, a run starts with the letter the token starts with (runPair).
    this.runTexts.search(q.text, q.text, minSim, runs);
    this.runKeys.search(q.text, q.key, minSim, runs);
    for (const r of this.runInitials.get(q.text) ?? []) runs.add(r);
    if (q.script === "Hani") this.runHan.search(q.source, minSim, runs);
    for (const r of runs) {
      const parts = this.runParts(r);
      const m = runPair(ALL(parts.length), parts, q, minSim, compare);
      if (!m || m.sim < minSim) continue;
      let reached = 0;
      let counted = 0;
      for (const t of parts) {
        reached += this.weights.cost(t);
        counted += m.how === "initials" ? initialWeight : this.weights.pair(t);
      }
      out.push({
        names: this.runNames.get(r),
        sim: m.sim,
        pairWeight: this.weights.pair(q) + counted,
        candidateReached: reached,
        queryShare: 1,
        met: -1 - r,
      });
    }
  }

  /** Vocabulary tokens that a run of query tokens meets, joined ("patr ushev" / "patrushev") or as initials. */
  meetRun(parts: readonly NameToken[]): Meeting[] {
    const key = parts.map(tokenSignature).join("\u0000");
    const kept = this.recall(key);
    if (kept) return kept.meetings;
    const meetings = this.findRunMeetings(parts);
    this.keep(key, { meetings, sims: [] });
    return meetings;
  }

  private findRunMeetings(parts: readonly NameToken[]): Meeting[] {
    const { minSim, compare, initialWeight } = this.bounds;
    const joined = parts.map((t) => t.text).join("");
    const ids = new Set<number>();
    // Written together, the run starts with the letter the token starts with (runPair).
    this.textsByFirst.search(joined, joined, minSim, ids);
    this.keysByFirst.search(joined, phoneticKey(joined), minSim, ids);
    this.spell.exact(initialsOf(parts), ids);
    if (parts.every((t) => t.script === "Hani")) {
      this.syllabic.get("Hani")?.search(parts.map((t) => t.source).join(""), minSim, ids);
    }
    let qw = 0;
    for (const t of parts) qw += this.weights.pair(t);
    const out: Meeting[] = [];
    for (const id of ids) {
      const c = this.tokens[id] as NameToken;
      const m = runPair(ALL(parts.length), parts, c, minSim, compare);
      if (!m || m.sim < minSim) continue;
      const counted = m.how === "initials" ? parts.length * initialWeight : qw;
      const pairWeight = counted + this.weights.pair(c);
      out.push({ names: this.namesOf(id), sim: m.sim, pairWeight, candidateReached: this.weights.cost(c), queryShare: 1, met: id });
    }
    return out;
  }

  /**
   * The most an initial query token can bring to a name, without listing every token that starts with
   * its letter: the same letter written alone, or an initial's pair (0.9 of two initials at most).
   */
  initialBound(q: NameToken): { pair: number; reached: number } {
    const { minSim, compare, initialWeight, power } = this.bounds;
    const qw = this.weights.pair(q);
    // An initial's pair: similarity at most 1, both sides counted as initials.
    let pair = Math.min(qw, initialWeight) + initialWeight;
    let reached = initialWeight;
    const ids = new Set<number>();
    this.spell.exact(q.text, ids);
    for (const id of ids) {
      const c = this.tokens[id] as NameToken;
      const r = compareTokens(q, c, minSim, compare);
      if (r.sim < minSim) continue;
      pair = Math.max(pair, r.sim ** power * (qw + this.weights.pair(c)));
      reached = Math.max(reached, this.weights.cost(c));
    }
    return { pair, reached };
  }

  /** The consonant skeleton compareTokens compares when one token is written in an abjad and the other is not. */
  private skeleton(t: NameToken, arabic: boolean): string {
    if (this.bounds.compare.strictAbjad) return strictAbjadKey(t.text, arabic);
    return abjadKey(t.abjad ? t.text : t.key, arabic);
  }

  /** Consonant skeletons, where one side is written in an abjad (Arabic, Hebrew) and the other is not. */
  private searchSkeletons(q: NameToken, ids: Set<number>): void {
    const { minSim, compare } = this.bounds;
    const arabic = Boolean(compare.arabicConsonants);
    if (q.abjad) {
      const flag = arabic && q.script === "Arab" ? 1 : 0;
      const k = this.skeleton(q, flag === 1);
      if (k.length >= 2) (this.skeletons[flag] as StringTable).search(k, minSim, ids);
      return;
    }
    for (const flag of [0, 1]) {
      const k = this.skeleton(q, flag === 1);
      if (k.length >= 2) (this.abjadSkeletons[flag] as StringTable).search(k, minSim, ids);
    }
  }
}
