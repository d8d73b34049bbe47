/** The algorithm registry: adding one is one line. Ids are versioned; an old id keeps its behaviour. */
import type { Algorithm } from "../types.js";
import { nameV1 } from "./name-v1.js";
import { nameV2 } from "./name-v2.js";

export const ALGORITHMS: readonly Algorithm[] = [nameV1, nameV2];

/** name-v2 beats name-v1 on both halves of the name benchmark and hits fewer clean names (docs/screening.md). */
export const DEFAULT_ALGORITHM = nameV2.id;

export function findAlgorithm(id: string): Algorithm | undefined {
  return ALGORITHMS.find((a) => a.id === id);
}

/** The algorithm with this id; throws a RangeError naming the known ids. */
export function getAlgorithm(id: string = DEFAULT_ALGORITHM): Algorithm {
  const found = findAlgorithm(id);
  if (!found) throw new RangeError(`unknown matching algorithm '${id}' (known: ${ALGORITHMS.map((a) => a.id).join(", ")})`);
  return found;
}
