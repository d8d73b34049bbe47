/** Explaining one pair of names: the same computation as `score`, with every part named (JSON-serialisable). */
import { type PairOptions, pairContext } from "./score.js";
import type { Explanation } from "./types.js";

export function explainNames(query: string, candidate: string, options: PairOptions = {}): Explanation {
  const { algorithm, qSchema, cSchema, ctx } = pairContext(options);
  return algorithm.explain(algorithm.prepare(query, qSchema), algorithm.prepare(candidate, cSchema), ctx);
}
