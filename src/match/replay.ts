/**
 * Replaying an explanation: the score recomputed from the explanation's JSON alone (its constants,
 * pairs, unmatched parts, penalties and qualifiers), without the names, the algorithm or the token
 * statistics. Driven by the fields, not by the algorithm id: any algorithm whose explanations carry
 * `constants` replays. The arithmetic is the engine's, in the engine's order (createNameV1's
 * `evaluate` in algorithms/name-v1.ts), so the result is the reported score to the last digit.
 */
import type { Explanation } from "./types.js";

export interface Replayed {
  /** Rounded to 1e-4, as reported. */
  score: number;
  nameScore: number;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** The name score and the score an explanation stands for; throws when it carries no constants. */
export function replayExplanation(e: Explanation): Replayed {
  const k = e.constants;
  if (!k)
    throw new TypeError(`explanation of '${e.query}' / '${e.candidate}' (${e.algorithm}) carries no constants: it cannot be replayed`);
  let matched = 0;
  let mass = 0;
  // Unmatched weight of each side, and the part of it that disagrees (names, initials, generic words).
  let uq = 0;
  let uqConflict = 0;
  let uc = 0;
  let ucConflict = 0;
  for (const p of e.pairs) {
    // The rest of a full name part that an initial stands for is unmatched and disagrees.
    if (p.queryRest) {
      uq += p.queryRest;
      uqConflict += p.queryRest;
    }
    if (p.candidateRest) {
      uc += p.candidateRest;
      ucConflict += p.candidateRest;
    }
    matched += p.weight * p.similarity ** k.power;
    mass += p.weight;
  }
  for (const t of e.unmatchedQuery) {
    if (t.free) continue;
    uq += t.weight;
    if (t.conflicting) uqConflict += t.weight;
  }
  const orgBeta = e.organisations && k.orgBeta !== undefined;
  let ucNames = 0;
  for (const t of e.unmatchedCandidate) {
    if (t.free) continue;
    if (orgBeta && t.class === "name") ucNames += t.weight;
    uc += t.weight;
    if (t.conflicting) ucConflict += t.weight;
  }
  const conflict = Math.min(uqConflict, ucConflict);
  const betaCost = orgBeta ? k.beta * (uc - ucNames) + (k.orgBeta as number) * ucNames : k.beta * uc;
  const denominator = mass + k.alpha * uq + betaCost + k.gamma * conflict;
  let nameScore = denominator > 0 ? matched / denominator : 0;
  for (const p of e.penalties) nameScore *= p.factor;
  nameScore = Math.max(0, Math.min(1, nameScore));
  let score = nameScore;
  for (const q of e.qualifiers) {
    // An identifier or a country never makes a match of a name that does not match.
    if (q.adjustment > 0 && nameScore < k.minNameForBoost) continue;
    score += q.adjustment;
  }
  return { score: round4(Math.max(0, Math.min(1, score))), nameScore: round4(nameScore) };
}

/** The score an explanation stands for, from its JSON alone (rounded to 1e-4, as reported). */
export function recomputeScore(e: Explanation): number {
  return replayExplanation(e).score;
}
