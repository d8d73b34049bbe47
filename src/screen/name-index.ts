/**
 * The candidate index over the loaded names. It returns every name that the algorithm could score at
 * or above a given name score, and no name is left out by a guess: the bound it computes really is an
 * upper bound of the score.
 *
 * The name score is matched / (mass + alpha·unmatched query weight + beta·unmatched candidate weight +
 * gamma·conflict), times penalties of at most 1, where matched = Σ pairWeight·sim^power over the aligned
 * pairs and mass = Σ pairWeight. The query is cut into units (each token, and each run of 2-4
 * neighbouring tokens that may meet one list token); the vocabulary lists every token and run of list
 * tokens that each unit meets at or above the algorithm's floor (src/screen/vocabulary.ts). For a name,
 * the best pairs of units that share no query token bound `matched` (each query token is in one pair at
 * most: a pass over the query's positions, `disjoint`); query tokens that no unit brings to the name are
 * unmatched for sure, and so is the name's own weight beyond what the units can take; of these, the
 * parts of disagreeing classes on both sides cost gamma times the lesser side. Since x / (x + k) grows
 * with x, A / (A + alpha·Uq + beta·Uc + gamma·min(Dq, Dc)) bounds the score from above.
 *
 * Units whose best pairs together cannot lift a name to the needed score even with nothing else
 * (MaxScore) are not listed name by name: a name the other units reach is first bounded as if they met
 * it at their best, then, if it passes, with what they really meet there.
 */
import { JOINABLE, MAX_RUN } from "../match/compare/align.js";
import type { Algorithm, NameToken, PreparedName, TokenCache, TokenStats } from "../match/types.js";
import { type Meeting, Vocabulary } from "./vocabulary.js";

export interface NameEntry {
  /** Index of the entity in the caller's list. */
  entity: number;
  value: string;
  schema: string;
}

export interface Candidate {
  name: number;
  /** An upper bound of the name score. */
  bound: number;
}

export interface CandidateOptions {
  /** Names whose name score cannot reach this are left out (see `neededNameScore`). */
  needed: number;
  /** Names to consider (e.g. by schema or source); all when absent. */
  accept?: (name: number) => boolean;
  /** Comparisons made while listing candidates are cached here (one map per query token), for the scorer. */
  cache?: TokenCache;
}

export interface IndexedName {
  entity: number;
  value: string;
  prepared: PreparedName;
  weight: number;
}

export interface NameIndex {
  readonly stats: TokenStats;
  readonly names: readonly IndexedName[];
  candidates(query: PreparedName, options: CandidateOptions): Candidate[];
  /** Vocabulary size and runs of neighbouring tokens, for reports. */
  readonly vocabulary: number;
  readonly runs: number;
}

/**
 * The name score a candidate must reach for its score to reach `threshold`: positive qualifiers (only
 * when the query brings facts) add at most `maxBoost`, and only to name scores of `boostFrom` or more;
 * scores are rounded to `scoreStep`.
 */
export function neededNameScore(algorithm: Algorithm, threshold: number, hasFacts: boolean): number {
  const b = algorithm.bounds;
  const needed = hasFacts ? Math.min(threshold, Math.max(b.boostFrom, threshold - b.maxBoost)) : threshold;
  return needed - b.scoreStep / 2 - 1e-9;
}

/** Per unit (by its number in the query's unit list): its best pair value in one name and the share of its weight reached. */
interface UnitValues {
  values: Float64Array;
  shares: Float64Array;
}

/** A part of the query that may pair with list tokens: one token, or a run of them. */
interface Unit {
  /** Query token indices. */
  tokens: number[];
  /** Query weight the unit takes out of the unmatched tokens, and the part of it in disagreeing classes. */
  reached: number;
  reachedDisagreeing: number;
  meetings?: Meeting[];
  /** The meetings by what they meet (for unlisted units), and whether any is a run. */
  met?: Map<number, Meeting>;
  metRuns?: boolean;
  /** Its best pair contribution (pairWeight·sim^power) and candidate-side reach in any name. */
  best: number;
  bestReached: number;
}

/** What each listed unit brought to each name: a growable list, linked by name. */
class UnitEvents {
  private units = new Int32Array(1024);
  private values = new Float64Array(1024);
  private shares = new Float64Array(1024);
  private nexts = new Int32Array(1024);
  length = 0;
  push(unit: number, value: number, share: number, next: number): number {
    if (this.length === this.units.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.units = grow(this.units, (n) => new Int32Array(n));
      this.values = grow(this.values, (n) => new Float64Array(n));
      this.shares = grow(this.shares, (n) => new Float64Array(n));
      this.nexts = grow(this.nexts, (n) => new Int32Array(n));
    }
    const e = this.length++;
    this.units[e] = unit;
    this.values[e] = value;
    this.shares[e] = share;
    this.nexts[e] = next;
    return e;
  }
  share(e: number, share: number): void {
    this.shares[e] = share;
  }
  unit(e: number): number {
    return this.units[e] as number;
  }
  value(e: number): number {
    return this.values[e] as number;
  }
  shareOf(e: number): number {
    return this.shares[e] as number;
  }
  next(e: number): number {
    return this.nexts[e] as number;
  }
}

/**
 * The most that units sharing no query token can bring together (pair value, reached weight, reached
 * weight of disagreeing classes, each maximised on its own): units are windows of the query, so this is
 * a pass over the query's positions, from the end.
 */
function disjoint(units: readonly Unit[], length: number, into: UnitValues): { value: number; reached: number; reachedD: number } {
  const value = new Float64Array(length + 1);
  const reached = new Float64Array(length + 1);
  const reachedD = new Float64Array(length + 1);
  const byStart: number[][] = Array.from({ length }, () => []);
  units.forEach((u, k) => {
    if ((into.values[k] as number) > 0) (byStart[u.tokens[0] as number] as number[]).push(k);
  });
  for (let i = length - 1; i >= 0; i--) {
    let v = value[i + 1] as number;
    let r = reached[i + 1] as number;
    let d = reachedD[i + 1] as number;
    for (const k of byStart[i] as number[]) {
      const u = units[k] as Unit;
      const end = i + u.tokens.length;
      const share = into.shares[k] as number;
      v = Math.max(v, (into.values[k] as number) + (value[end] as number));
      r = Math.max(r, share * u.reached + (reached[end] as number));
      d = Math.max(d, share * u.reachedDisagreeing + (reachedD[end] as number));
    }
    value[i] = v;
    reached[i] = r;
    reachedD[i] = d;
  }
  return { value: value[0] as number, reached: reached[0] as number, reachedD: reachedD[0] as number };
}

export function createNameIndex(entries: Iterable<NameEntry>, algorithm: Algorithm): NameIndex {
  const bounds = algorithm.bounds;
  const pairWeights: number[] = [];
  // Token weights under the index's statistics (set below); a place's weight depends on the pair
  // under name-v4: it may count as a name part's in a pair and cost nothing unmatched.
  const placeAsName = (t: NameToken) => algorithm.tokenWeight({ ...t, cls: "name" }, stats);
  const weights = {
    pair: (t: NameToken): number => {
      if (!bounds.freePlaces || t.cls !== "place") return t.weight as number;
      if (t.id !== undefined && pairWeights[t.id] !== undefined) return pairWeights[t.id] as number;
      return Math.max(t.weight as number, placeAsName(t));
    },
    cost: (t: NameToken): number => (bounds.freePlaces && t.cls === "place" ? 0 : (t.weight as number)),
  };
  const vocab = new Vocabulary(bounds, weights);
  const names: IndexedName[] = [];
  const keyCounts = new Map<string, number>();
  for (const entry of entries) {
    const prepared = algorithm.prepare(entry.value, entry.schema);
    if (!prepared.tokens.length) continue;
    const n = names.length;
    const tokens = prepared.tokens;
    for (let i = 0; i < tokens.length; i++) tokens[i] = vocab.intern(tokens[i] as NameToken);
    // Token statistics count the names holding a key (a key twice in one name counts once).
    for (const key of new Set(tokens.map((t) => t.key))) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
    names.push({ entity: entry.entity, value: entry.value, prepared, weight: 0 });
    vocab.addName(n, tokens);
  }
  const stats: TokenStats = { total: names.length, df: (key) => keyCounts.get(key) ?? 0 };
  // Token weights are fixed for this index: compute them once.
  for (const t of vocab.tokens) t.weight = algorithm.tokenWeight(t, stats);
  for (const t of vocab.tokens) if (bounds.freePlaces && t.cls === "place") pairWeights[t.id as number] = weights.pair(t);
  const disagreeing = new Set<string>(bounds.disagreeingClasses);
  const nameWeights = new Float64Array(names.length);
  const disagreeingWeights = new Float64Array(names.length);
  names.forEach((entry, n) => {
    let w = 0;
    let d = 0;
    for (const t of entry.prepared.tokens) {
      w += weights.cost(t);
      if (disagreeing.has(t.cls)) d += weights.cost(t);
    }
    entry.weight = w;
    nameWeights[n] = w;
    disagreeingWeights[n] = d;
  });
  vocab.freeze();

  const acc = new Float64Array(names.length);
  const reachQ = new Float64Array(names.length);
  const reachQD = new Float64Array(names.length);
  const reachC = new Float64Array(names.length);
  const unitMark = new Int32Array(names.length);
  // The current unit's reach in each name it meets: the most over its meetings there.
  const unitQ = new Float64Array(names.length);
  const unitC = new Float64Array(names.length);
  // Each unit's meetings of a name, listed by name (head[n], then next), for the refinement.
  const unitEvent = new Int32Array(names.length);
  const head = new Int32Array(names.length);
  const events = new UnitEvents();
  const queryMark = new Int32Array(names.length);
  let unitStamp = 0;
  let queryStamp = 0;
  const power = bounds.power;

  function meetingsOf(u: Unit, tokens: readonly NameToken[], cache: TokenCache | undefined): Meeting[] {
    if (!u.meetings) {
      const i = u.tokens[0] as number;
      u.meetings =
        u.tokens.length === 1
          ? vocab.meetToken(tokens[i] as NameToken, cache?.[i])
          : vocab.meetRun(u.tokens.map((k) => tokens[k] as NameToken));
    }
    return u.meetings;
  }

  function unitsOf(tokens: readonly NameToken[], cache: TokenCache | undefined): Unit[] {
    const units: Unit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as NameToken;
      const d = (x: NameToken) => (disagreeing.has(x.cls) ? weights.cost(x) : 0);
      const u: Unit = { tokens: [i], reached: weights.cost(t), reachedDisagreeing: d(t), best: 0, bestReached: 0 };
      if (t.cls === "initial") {
        const b = vocab.initialBound(t);
        u.best = b.pair;
        u.bestReached = b.reached;
      }
      units.push(u);
      let reached = weights.cost(t);
      let reachedDisagreeing = d(t);
      for (let len = 2; len <= MAX_RUN && i + len <= tokens.length; len++) {
        const last = tokens[i + len - 1] as NameToken;
        if (!JOINABLE.has(t.cls) || !JOINABLE.has(last.cls)) break;
        reached += weights.cost(last);
        reachedDisagreeing += d(last);
        const run = Array.from({ length: len }, (_, k) => i + k);
        units.push({ tokens: run, reached, reachedDisagreeing, best: 0, bestReached: 0 });
      }
    }
    for (const u of units) {
      if (u.tokens.length === 1 && (tokens[u.tokens[0] as number] as NameToken).cls === "initial") continue;
      for (const m of meetingsOf(u, tokens, cache)) {
        u.best = Math.max(u.best, m.pairWeight * m.sim ** power);
        u.bestReached = Math.max(u.bestReached, m.candidateReached);
      }
    }
    return units.filter((u) => u.best > 0);
  }

  /** What the unlisted units really bring to name `n`: each its best meeting among the name's tokens and runs. */
  /**
   * What the unlisted units really bring to name `n`, each its best meeting among the name's tokens and
   * runs: written into `values` and `shares` by unit number; returns the candidate weight they reach.
   */
  function restIn(n: number, rest: readonly Unit[], tokens: readonly NameToken[], cache: TokenCache | undefined, into: UnitValues): number {
    const nameTokens = (names[n] as IndexedName).prepared.tokens;
    let candidate = 0;
    rest.forEach((u, k) => {
      let value = 0;
      let q = 0;
      let c = 0;
      const take = (m: { pairWeight: number; sim: number; queryShare: number; candidateReached: number }) => {
        value = Math.max(value, m.pairWeight * m.sim ** power);
        q = Math.max(q, m.queryShare);
        c = Math.max(c, m.candidateReached);
      };
      if (!u.meetings) {
        // An initial: compare it with the name's tokens.
        const i = u.tokens[0] as number;
        for (const t of nameTokens) {
          const m = vocab.meetingOf(tokens[i] as NameToken, t.id as number, cache?.[i]);
          if (m) take(m);
        }
      } else {
        const met = metIndex(u);
        for (const t of nameTokens) {
          const m = met.get(t.id as number);
          if (m) take(m);
        }
        if (u.metRuns)
          vocab.runsOf(n, (r) => {
            const m = met.get(r);
            if (m) take(m);
          });
      }
      into.values[k] = value;
      into.shares[k] = q;
      candidate += c;
    });
    return candidate;
  }

  function metIndex(u: Unit): Map<number, Meeting> {
    if (!u.met) {
      u.met = new Map();
      for (const m of u.meetings ?? []) {
        const prev = u.met.get(m.met);
        if (!prev || m.pairWeight * m.sim ** power > prev.pairWeight * prev.sim ** power) u.met.set(m.met, m);
        if (m.met < 0) u.metRuns = true;
      }
    }
    return u.met;
  }

  function candidates(query: PreparedName, options: CandidateOptions): Candidate[] {
    const tokens = query.tokens;
    for (const t of tokens) t.weight ??= algorithm.tokenWeight(t, stats);
    const accept = options.accept;
    const needed = options.needed;
    if (needed <= 0) {
      // Every name scores at least 0.
      const all: Candidate[] = [];
      for (let n = 0; n < names.length; n++) if (!accept || accept(n)) all.push({ name: n, bound: 1 });
      return all;
    }
    let total = 0;
    let totalDisagreeing = 0;
    for (const t of tokens) {
      total += weights.cost(t);
      if (disagreeing.has(t.cls)) totalDisagreeing += weights.cost(t);
    }
    const alpha = bounds.unmatchedQueryCost;
    const beta = bounds.unmatchedCandidateCost;
    const gamma = bounds.disagreementCost;
    const units = unitsOf(tokens, options.cache).sort((a, b) => a.best - b.best);
    // MaxScore: the weakest units that cannot make a match on their own are not listed.
    let restBest = 0;
    let restReached = 0;
    let restReachedD = 0;
    let restCandidate = 0;
    let listed = 0;
    for (; listed < units.length; listed++) {
      const u = units[listed] as Unit;
      const a = restBest + u.best;
      const uq = Math.max(0, total - restReached - u.reached);
      if (a / (a + alpha * uq) >= needed) break;
      restBest = a;
      restReached += u.reached;
      restReachedD += u.reachedDisagreeing;
      restCandidate += u.bestReached;
    }
    if (++queryStamp > 2_000_000_000) {
      queryMark.fill(0);
      unitMark.fill(0);
      queryStamp = 1;
      unitStamp = 0;
    }
    const touched: number[] = [];
    events.length = 0;
    for (let unit = listed; unit < units.length; unit++) {
      const u = units[unit] as Unit;
      unitStamp++;
      const meetings = [...meetingsOf(u, tokens, options.cache)]
        .map((m) => ({ m, value: m.pairWeight * m.sim ** power }))
        .sort((a, b) => b.value - a.value);
      for (const { m, value } of meetings) {
        const list = m.names;
        const q = m.queryShare;
        const c = m.candidateReached;
        for (let k = 0; k < list.length; k++) {
          const n = list[k] as number;
          if (unitMark[n] === unitStamp) {
            // A weaker meeting of the same unit in this name: it may still reach more weight.
            if (q > (unitQ[n] as number)) {
              reachQ[n] = (reachQ[n] as number) + (q - (unitQ[n] as number)) * u.reached;
              reachQD[n] = (reachQD[n] as number) + (q - (unitQ[n] as number)) * u.reachedDisagreeing;
              unitQ[n] = q;
              events.share(unitEvent[n] as number, q);
            }
            if (c > (unitC[n] as number)) {
              reachC[n] = (reachC[n] as number) + c - (unitC[n] as number);
              unitC[n] = c;
            }
            continue;
          }
          unitMark[n] = unitStamp;
          if (queryMark[n] !== queryStamp) {
            queryMark[n] = queryStamp;
            touched.push(n);
            acc[n] = 0;
            reachQ[n] = 0;
            reachQD[n] = 0;
            reachC[n] = 0;
            head[n] = -1;
          }
          // Meetings come best first: the first of this unit in the name is its best pair there.
          acc[n] = (acc[n] as number) + value;
          reachQ[n] = (reachQ[n] as number) + q * u.reached;
          reachQD[n] = (reachQD[n] as number) + q * u.reachedDisagreeing;
          reachC[n] = (reachC[n] as number) + c;
          unitQ[n] = q;
          unitC[n] = c;
          unitEvent[n] = events.push(unit, value, q, head[n] as number);
          head[n] = unitEvent[n] as number;
        }
      }
    }
    const rest = units.slice(0, listed);
    const out: Candidate[] = [];
    const boundOf = (n: number, a: number, rq: number, rqd: number, rc: number) => {
      const uq = Math.max(0, total - rq);
      const uc = Math.max(0, (nameWeights[n] as number) - rc);
      const dq = Math.max(0, totalDisagreeing - rqd);
      const dc = Math.max(0, (disagreeingWeights[n] as number) - rc);
      return a / (a + alpha * uq + beta * uc + gamma * Math.min(dq, dc));
    };
    const into: UnitValues = { values: new Float64Array(units.length), shares: new Float64Array(units.length) };
    for (const n of touched) {
      if (accept && !accept(n)) continue;
      const a = acc[n] as number;
      const rq = reachQ[n] as number;
      const rqd = reachQD[n] as number;
      const rc = reachC[n] as number;
      // First as if every unlisted unit met the name at its best, every unit adding its own pair.
      if (boundOf(n, a + restBest, rq + restReached, rqd + restReachedD, rc + restCandidate) < needed) continue;
      // Then with what the unlisted units really meet there, and as the alignment pairs tokens: each
      // query token in one pair at most, so units that share a token do not add up.
      into.values.fill(0);
      into.shares.fill(0);
      const restC = rest.length ? restIn(n, rest, tokens, options.cache, into) : 0;
      for (let e = head[n] as number; e >= 0; e = events.next(e)) {
        into.values[events.unit(e)] = events.value(e);
        into.shares[events.unit(e)] = events.shareOf(e);
      }
      const best = disjoint(units, tokens.length, into);
      const bound = boundOf(n, best.value, best.reached, best.reachedD, rc + restC);
      if (bound >= needed) out.push({ name: n, bound });
    }
    out.sort((a, b) => b.bound - a.bound || a.name - b.name);
    return out;
  }

  return { stats, names, candidates, vocabulary: vocab.tokens.length, runs: vocab.runCount };
}
