/** The algorithm registry: adding one is one line. Ids are versioned; an old id keeps its behaviour. */
import type { Algorithm } from "../types.js";
import { nameV1 } from "./name-v1.js";
import { nameV2 } from "./name-v2.js";
import { nameV3 } from "./name-v3.js";
import { nameV4 } from "./name-v4.js";

export const ALGORITHMS: readonly Algorithm[] = [nameV1, nameV2, nameV3, nameV4];

/** name-v4: every list name finds itself, titles and places are qualifiers (docs/screening.md, "What name-v4 changes"). */
export const DEFAULT_ALGORITHM = nameV4.id;

export function findAlgorithm(id: string): Algorithm | undefined {
  return ALGORITHMS.find((a) => a.id === id);
}

/** The algorithm with this id; throws a RangeError naming the known ids. */
export function getAlgorithm(id: string = DEFAULT_ALGORITHM): Algorithm {
  const found = findAlgorithm(id);
  if (!found) throw new RangeError(`unknown matching algorithm '${id}' (known: ${ALGORITHMS.map((a) => a.id).join(", ")})`);
  return found;
}
