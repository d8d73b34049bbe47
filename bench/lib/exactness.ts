/** The queries and result keys of the exactness check (bench/match-exact.ts and its test). */
import type { StoredEntity } from "../../src/model/index.js";
import type { ScreenMatch, ScreenQuery } from "../../src/screen/types.js";
import { cleanQueries, perturbedQueries } from "./queries.js";

/** `count` perturbed names of the loaded lists (seeded) and the 146 clean company names. */
export function exactnessQueries(entities: StoredEntity[], count: number, seed = 7): ScreenQuery[] {
  return [...perturbedQueries(entities, count, seed), ...cleanQueries()].map((q) => ({ name: q.name }));
}

/** A screen's matches as one comparable string: ids and scores in the order returned. */
export function resultKey(matches: readonly ScreenMatch[]): string {
  return matches.map((m) => `${m.id}=${m.score}`).join(" ");
}
