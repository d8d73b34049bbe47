/**
 * Token alignment: which query token meets which candidate token. Best pairs first, one-to-one
 * (greedy on similarity), then the tokens left over may meet as joined runs ("FridrichBuchenberg" ↔
 * "Friedrich Buchenberg", "Patr ushev" ↔ "Patrushev", "Xi Jin Ping" ↔ "Xi Jinping") or as initials
 * ("JC" ↔ "Jean-Claude", "PLA" ↔ "People's Liberation Army").
 */
import { phoneticKey } from "../normalize/skeleton.js";
import type { MatchHow, NameToken } from "../types.js";
import { type CompareOptions, editSimilarity, initialsOf, SIM, type TokenSimilarity } from "./tokens.js";

export interface AlignedPair {
  /** Query token indices (more than one for a joined run). */
  q: number[];
  /** Candidate token indices. */
  c: number[];
  sim: number;
  how: MatchHow;
  edits?: number;
}

export interface Alignment {
  pairs: AlignedPair[];
  unmatchedQ: number[];
  unmatchedC: number[];
}

/** Classes that may be part of a joined run ("SiemensAG" joins a name and a legal form). */
export const JOINABLE: ReadonlySet<string> = new Set(["name", "particle", "initial", "patronymic", "legal", "generic"]);
/** Classes whose first letters make an acronym (name-v4's `acronymWords`). */
const ACRONYM_CLASSES: ReadonlySet<string> = new Set(["name", "initial", "generic", "patronymic"]);
/** Longest run of tokens that meets one token. */
export const MAX_RUN = 4;

function byStrength(a: AlignedPair, b: AlignedPair): number {
  return (
    b.sim - a.sim ||
    a.q.length + a.c.length - (b.q.length + b.c.length) ||
    (a.q[0] as number) - (b.q[0] as number) ||
    (a.c[0] as number) - (b.c[0] as number)
  );
}

function take(candidates: AlignedPair[], usedQ: Uint8Array, usedC: Uint8Array, out: AlignedPair[]): void {
  candidates.sort(byStrength);
  for (const p of candidates) {
    if (p.q.some((i) => usedQ[i]) || p.c.some((j) => usedC[j])) continue;
    for (const i of p.q) usedQ[i] = 1;
    for (const j of p.c) usedC[j] = 1;
    out.push(p);
  }
}

/** Runs of consecutive unused joinable tokens, 2..MAX_RUN long. */
function runs(tokens: readonly NameToken[], used: Uint8Array): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const run: number[] = [];
    for (let k = i; k < tokens.length && run.length < MAX_RUN; k++) {
      if (used[k] || !JOINABLE.has((tokens[k] as NameToken).cls)) break;
      run.push(k);
      if (run.length >= 2) out.push([...run]);
    }
  }
  return out;
}

/** A run of tokens on one side against one token on the other: joined spelling or initials. */
export function runPair(
  run: number[],
  runTokens: readonly NameToken[],
  single: NameToken,
  floor: number,
  options: CompareOptions,
): { sim: number; how: MatchHow; edits?: number } | undefined {
  const parts = run.map((k) => runTokens[k] as NameToken);
  if (!JOINABLE.has(single.cls)) return undefined;
  if (options.hanRuns && single.script === "Hani" && parts.every((t) => t.script === "Hani")) {
    // Characters, not their readings: 高 市 read together is "gaoshi", as is 高石, a different name.
    const chars = parts.map((t) => t.source).join("");
    if (chars === single.source) return { sim: SIM.transliterated, how: "joined" };
    const e = editSimilarity(chars, single.source, floor);
    return { sim: Math.min(e.sim, SIM.editCap), how: "joined", edits: e.edits };
  }
  // Initials are written without vowels ("jc", "nn", "pla" is an acronym of three or more letters);
  // a two-letter name with a vowel ("Ki", "Li") is a name, not initials.
  if (single.text.length === parts.length && single.text.length <= MAX_RUN && initialsOf(parts) === single.text) {
    // name-v4: an acronym is made of the name's words, not of its legal form or particles ("The Elton
    // Show AS" is not "TESA").
    const words = !options.acronymWords || parts.every((t) => ACRONYM_CLASSES.has(t.cls));
    if (words && (single.text.length >= 3 || !/[aeiouy]/.test(single.text))) return { sim: SIM.initials, how: "initials" };
  }
  // Written together or apart, a name starts with the same letter; the lengths are checked before the
  // run is joined (most runs are not the token).
  if ((parts[0] as NameToken).text[0] !== single.text[0]) return undefined;
  let length = 0;
  for (const t of parts) length += t.text.length;
  if (Math.abs(length - single.text.length) > 0.3 * Math.max(length, single.text.length)) return undefined;
  const joined = parts.map((t) => t.text).join("");
  if (joined === single.text) return { sim: SIM.transliterated, how: "joined" };
  const e = editSimilarity(joined, single.text, floor);
  const k = editSimilarity(phoneticKey(joined), single.key, Math.max(floor, e.sim));
  const best = k.sim > e.sim ? k : e;
  return { sim: Math.min(best.sim, SIM.editCap), how: "joined", edits: best.edits };
}

/**
 * A near pair next to an unused token may be a joined run cut short: "tianyi" met "tian" while "yi"
 * was left over. Extend such pairs when the joined run is closer.
 */
function extendPairs(
  pairs: AlignedPair[],
  q: readonly NameToken[],
  c: readonly NameToken[],
  usedQ: Uint8Array,
  usedC: Uint8Array,
  floor: number,
  options: CompareOptions,
): void {
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k] as AlignedPair;
    if (p.sim >= SIM.transliterated || p.q.length !== 1 || p.c.length !== 1) continue;
    const i = p.q[0] as number;
    const j = p.c[0] as number;
    const tries: [number[], number[]][] = [];
    for (const run of [
      [j, j + 1],
      [j - 1, j],
    ])
      if (run.every((x) => x >= 0 && x < c.length && (x === j || !usedC[x]))) tries.push([[i], run]);
    for (const run of [
      [i, i + 1],
      [i - 1, i],
    ])
      if (run.every((x) => x >= 0 && x < q.length && (x === i || !usedQ[x]))) tries.push([run, [j]]);
    let best: AlignedPair | undefined;
    for (const [qs, cs] of tries) {
      const r = qs.length > 1 ? runPair(qs, q, c[j] as NameToken, floor, options) : runPair(cs, c, q[i] as NameToken, floor, options);
      if (r && r.how === "joined" && r.sim > (best?.sim ?? p.sim)) best = { q: qs, c: cs, ...r };
    }
    if (!best) continue;
    for (const x of best.q) usedQ[x] = 1;
    for (const x of best.c) usedC[x] = 1;
    pairs[k] = best;
  }
}

/**
 * Aligns query tokens with candidate tokens. `similarity(i, j)` compares query token i with candidate
 * token j (callers cache it); pairs below `minSim` are not made.
 */
export function alignTokens(
  q: readonly NameToken[],
  c: readonly NameToken[],
  similarity: (i: number, j: number) => TokenSimilarity,
  minSim: number,
  options: CompareOptions = {},
): Alignment {
  const usedQ = new Uint8Array(q.length);
  const usedC = new Uint8Array(c.length);
  const pairs: AlignedPair[] = [];
  const singles: AlignedPair[] = [];
  for (let i = 0; i < q.length; i++) {
    for (let j = 0; j < c.length; j++) {
      const s = similarity(i, j);
      if (s.sim < minSim) continue;
      const p: AlignedPair = { q: [i], c: [j], sim: s.sim, how: s.how };
      if (s.edits !== undefined) p.edits = s.edits;
      singles.push(p);
    }
  }
  take(singles, usedQ, usedC, pairs);
  if (pairs.length < q.length || pairs.length < c.length) extendPairs(pairs, q, c, usedQ, usedC, minSim, options);
  if (pairs.length < q.length && pairs.length < c.length) {
    // Left-overs on both sides: try joined runs and initials.
    const joined: AlignedPair[] = [];
    for (const run of runs(q, usedQ)) {
      for (let j = 0; j < c.length; j++) {
        if (usedC[j]) continue;
        const r = runPair(run, q, c[j] as NameToken, minSim, options);
        if (r && r.sim >= minSim) joined.push({ q: run, c: [j], ...r });
      }
    }
    for (const run of runs(c, usedC)) {
      for (let i = 0; i < q.length; i++) {
        if (usedQ[i]) continue;
        const r = runPair(run, c, q[i] as NameToken, minSim, options);
        if (r && r.sim >= minSim) joined.push({ q: [i], c: run, ...r });
      }
    }
    take(joined, usedQ, usedC, pairs);
  }
  pairs.sort((a, b) => (a.q[0] as number) - (b.q[0] as number));
  const unmatchedQ: number[] = [];
  const unmatchedC: number[] = [];
  for (let i = 0; i < q.length; i++) if (!usedQ[i]) unmatchedQ.push(i);
  for (let j = 0; j < c.length; j++) if (!usedC[j]) unmatchedC.push(j);
  return { pairs, unmatchedQ, unmatchedC };
}
