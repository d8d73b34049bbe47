/**
 * The screening contract that the CLI, the API and batch jobs use. The engine behind it lives in
 * src/match (pure scoring) and src/screen (index over the store's current entities).
 */
import type { Schema } from "../model/index.js";

export interface ScreenQuery {
  name: string;
  /** Restricts candidates: "Person" matches Person; "Company"/"Organization" match both. */
  schema?: Schema;
  /** ISO alpha-2 codes (or names: the engine maps them). */
  countries?: string[];
  /** ISO dates, possibly partial. */
  birthDates?: string[];
  /** Identifier values (passport, registration, IMO …) in any formatting. */
  identifiers?: string[];
}

export interface ScreenOptions {
  /** Matches scoring below are dropped; default from the benchmark (see DEFAULT_THRESHOLD). */
  threshold?: number;
  /** Most matches (targets) returned, best first (default 10). */
  limit?: number;
  /** Only these sources (keys such as "us_ofac_sdn"); default all loaded. */
  sources?: string[];
}

/** One listing of a matched target: an entity of one list (see src/screen/targets.ts). */
export interface ScreenListing {
  id: string;
  source: string;
  recordId: string;
  /** The entity's sanctions[].list values. */
  lists: string[];
  releaseId: number;
}

/**
 * One target (one designation, joined across lists: docs/screening.md "Targets"). `source`,
 * `recordId`, `schema`, `name` and `releaseId` are the best-matching listing's, as before targets.
 */
export interface ScreenMatch {
  /** Target id: the id of its first listing by source priority, e.g. "us_ofac_sdn:35096". */
  id: string;
  source: string;
  recordId: string;
  schema: string;
  /** The best-matching listing's primary name. */
  name: string;
  /** The name (primary or alias) that matched best. */
  matchedName: string;
  /** The entity id of the listing whose name matched best. */
  matchedListing: string;
  /** The target's listings among the screened lists, in id order. */
  listings: ScreenListing[];
  /** In [0, 1]. */
  score: number;
  /** Algorithm id with version, e.g. "name-v1". */
  algorithm: string;
  releaseId: number;
  /** Named parts: token pairs, how each matched, weights, qualifiers applied. JSON-serialisable. */
  explanation: Record<string, unknown>;
}

/** One line of `screen --json` (NDJSON): a query and its matches at or above the threshold, best first. */
export interface ScreenResult {
  query: string;
  matches: ScreenMatch[];
}

export interface Screener {
  readonly algorithm: string;
  /** Entities indexed. */
  readonly size: number;
  /** Score at and above which matches are returned when a query gives no threshold. */
  readonly defaultThreshold: number;
  /** Keys of the sources indexed (those with at least one entity), sorted. */
  readonly sources: readonly string[];
  /**
   * Throws ValidationError when a screen would look at nothing: no entities indexed, or a source key
   * that is not among `sources` (the message names them). screen() checks this too.
   */
  checkSources(sources?: readonly string[]): void;
  /**
   * Matches for one query, best first. Throws ValidationError for a name that cannot be screened
   * (empty, fewer than 3 letters, longer than 10,000 characters, no letters) or a bad option.
   */
  screen(query: ScreenQuery, options?: ScreenOptions): ScreenMatch[];
}
