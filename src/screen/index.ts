/** Screening: the in-memory index over the loaded lists, single queries and batch files. */
export * from "./batch/index.js";
export { createScreener, type EntitySource, MAX_QUERY_CHARS, type ScreenerOptions, validateQueryName } from "./screener.js";
export type * from "./types.js";
