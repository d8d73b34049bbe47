/**
 * Scoring one pair of names: the fast path (a number). For many candidates against one query, prepare
 * names once and call the algorithm's `score` directly, as the screening index does.
 */
import { getAlgorithm } from "./algorithms/index.js";
import { type MatchFacts, NO_STATS, type TokenStats } from "./types.js";

export interface PairOptions {
  algorithm?: string;
  /** Schema of both names (as in a judged pair), or per side through the facts. */
  schema?: string;
  stats?: TokenStats;
  query?: MatchFacts;
  candidate?: MatchFacts;
}

export function pairContext(options: PairOptions) {
  const algorithm = getAlgorithm(options.algorithm);
  const qSchema = options.query?.schema ?? options.schema;
  const cSchema = options.candidate?.schema ?? options.schema;
  const ctx = {
    stats: options.stats ?? NO_STATS,
    ...(options.query ? { query: options.query } : {}),
    ...(options.candidate ? { candidate: options.candidate } : {}),
  };
  return { algorithm, qSchema, cSchema, ctx };
}

/** Score in [0, 1] of a query name against a candidate name. */
export function scoreNames(query: string, candidate: string, options: PairOptions = {}): number {
  const { algorithm, qSchema, cSchema, ctx } = pairContext(options);
  return algorithm.score(algorithm.prepare(query, qSchema), algorithm.prepare(candidate, cSchema), ctx);
}
