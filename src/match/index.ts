/** Name matching: pure normalisation, comparison and versioned algorithms (no I/O, no clock, no env). */
export { ALGORITHMS, DEFAULT_ALGORITHM, findAlgorithm, getAlgorithm } from "./algorithms/index.js";
export { alignTokens } from "./compare/align.js";
export { jaroWinkler, osaDistance } from "./compare/edit.js";
export { normalizeIdentifier, QUALIFIERS } from "./compare/qualifiers.js";
export { compareTokens, editSimilarity } from "./compare/tokens.js";
export { explainNames } from "./explain.js";
export * from "./normalize/index.js";
export { type Replayed, recomputeScore, replayExplanation } from "./replay.js";
export { type PairOptions, scoreNames } from "./score.js";
export * from "./types.js";
