/**
 * The in-memory screener: an index over the current entities of the loaded lists, queried with the
 * versioned matching algorithm. Built once (from the store, or from entities for tests and benches),
 * then screens synchronously.
 */

import { ValidationError } from "../errors.js";
import { DEFAULT_ALGORITHM, findAlgorithm } from "../match/algorithms/index.js";
import type { Algorithm, MatchFacts, PreparedName, ScoreContext, TokenCache } from "../match/types.js";
import { caption, type Schema, type StoredEntity } from "../model/index.js";
import { entityFacts, queryFacts } from "./facts.js";
import { createNameIndex, type NameIndex, neededNameScore } from "./name-index.js";
import type { Screener, ScreenMatch, ScreenOptions, ScreenQuery } from "./types.js";

/** What the screener reads entities from: a Store (its current entities) or the entities themselves. */
export type EntitySource =
  | { currentEntities(sources?: string[]): AsyncIterable<StoredEntity> }
  | AsyncIterable<StoredEntity>
  | Iterable<StoredEntity>;

export interface ScreenerOptions {
  /** Algorithm id (default: the registry's DEFAULT_ALGORITHM). */
  algorithm?: string;
  /** Only these sources are indexed. */
  sources?: string[];
  /**
   * Score every indexed name instead of the index's candidates: the reference that exactness is checked
   * against (tests and benches). Same results, hundreds of times slower.
   */
  exhaustive?: boolean;
}

/** Entities of each schema that a query's schema may match. */
const SCHEMA_GROUPS: Record<string, Schema[]> = {
  Person: ["Person"],
  Company: ["Company", "Organization"],
  Organization: ["Company", "Organization"],
  Vessel: ["Vessel"],
  Aircraft: ["Aircraft"],
};

/** Longest query name accepted (characters, after trimming). */
export const MAX_QUERY_CHARS = 10_000;
const DEFAULT_LIMIT = 10;

interface IndexedEntity {
  id: string;
  source: string;
  recordId: string;
  schema: Schema;
  caption: string;
  releaseId: number;
  facts: MatchFacts;
}

function isStore(source: EntitySource): source is { currentEntities(sources?: string[]): AsyncIterable<StoredEntity> } {
  return typeof (source as { currentEntities?: unknown }).currentEntities === "function";
}

async function* entitiesOf(source: EntitySource, sources?: string[]): AsyncIterable<StoredEntity> {
  if (isStore(source)) yield* source.currentEntities(sources);
  else yield* source as AsyncIterable<StoredEntity>;
}

/** Checks a query name: a clear error for empty, too short, too long or letterless names. */
export function validateQueryName(name: unknown): string {
  if (typeof name !== "string") throw new ValidationError("name must be a string");
  const trimmed = name.trim();
  if (!trimmed) throw new ValidationError("name is empty");
  if (trimmed.length > MAX_QUERY_CHARS) throw new ValidationError(`name is longer than ${MAX_QUERY_CHARS} characters (${trimmed.length})`);
  const letters = trimmed.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (!letters) throw new ValidationError("name has no letters or digits");
  // Han characters carry a syllable each: "李" is a name, "a" is not.
  if (letters < 3 && !/\p{Script=Han}|\p{Script=Hangul}/u.test(trimmed)) {
    throw new ValidationError(`name is too short to screen ('${trimmed}'): give at least 3 letters`);
  }
  return trimmed;
}

export async function createScreener(source: EntitySource, options: ScreenerOptions = {}): Promise<Screener> {
  const algorithm: Algorithm | undefined = findAlgorithm(options.algorithm ?? DEFAULT_ALGORITHM);
  if (!algorithm) throw new ValidationError(`unknown matching algorithm '${options.algorithm}'`);
  const entities: IndexedEntity[] = [];
  const entries: { entity: number; value: string; schema: string }[] = [];
  const wanted = options.sources ? new Set(options.sources) : undefined;
  for await (const e of entitiesOf(source, options.sources)) {
    if (wanted && !wanted.has(e.source.key)) continue;
    const at = entities.length;
    entities.push({
      id: e.id,
      source: e.source.key,
      recordId: e.source.recordId,
      schema: e.schema,
      caption: caption(e),
      releaseId: e.releaseId,
      facts: entityFacts(e),
    });
    const seen = new Set<string>();
    for (const n of e.names) {
      if (seen.has(n.value)) continue;
      seen.add(n.value);
      entries.push({ entity: at, value: n.value, schema: e.schema });
    }
  }
  const index = createNameIndex(entries, algorithm);
  return screenerOver(index, entities, algorithm, Boolean(options.exhaustive));
}

function screenerOver(index: NameIndex, entities: IndexedEntity[], algorithm: Algorithm, exhaustive: boolean): Screener {
  const screen = (query: ScreenQuery, options: ScreenOptions = {}): ScreenMatch[] => {
    const name = validateQueryName(query.name);
    const threshold = options.threshold ?? algorithm.defaultThreshold;
    if (!(threshold >= 0 && threshold <= 1)) throw new ValidationError(`threshold must be between 0 and 1 (got ${threshold})`);
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) throw new ValidationError(`limit must be a positive whole number (got ${limit})`);
    const schemas = query.schema ? SCHEMA_GROUPS[query.schema] : undefined;
    if (query.schema && !schemas)
      throw new ValidationError(`unknown schema '${query.schema}' (use Person, Company, Organization, Vessel or Aircraft)`);
    const sources = options.sources ? new Set(options.sources) : undefined;
    const prepared: PreparedName = algorithm.prepare(name, query.schema);
    if (!prepared.tokens.length) return [];
    for (const t of prepared.tokens) t.weight = algorithm.tokenWeight(t, index.stats);
    const facts = queryFacts(query);
    const hasFacts = Boolean(facts.countries?.length || facts.birthDates?.length || facts.identifiers?.length);
    const accept =
      schemas || sources
        ? (n: number) => {
            const e = entities[index.names[n]?.entity as number] as IndexedEntity;
            return (!schemas || schemas.includes(e.schema)) && (!sources || sources.has(e.source));
          }
        : undefined;
    const cache: TokenCache = prepared.tokens.map(() => new Map());
    // Every name that can score at or above the threshold, whatever else is loaded: the index's bound is
    // a true upper bound of the score (qualifiers and rounding included).
    const candidates = exhaustive
      ? index.names.map((_, name) => ({ name })).filter((c) => !accept || accept(c.name))
      : index.candidates(prepared, { needed: neededNameScore(algorithm, threshold, hasFacts), cache, ...(accept ? { accept } : {}) });
    // Best name per entity.
    const best = new Map<number, { score: number; name: number }>();
    for (const c of candidates) {
      const entry = index.names[c.name];
      if (!entry) continue;
      const entity = entities[entry.entity] as IndexedEntity;
      const ctx: ScoreContext = { stats: index.stats, query: facts, candidate: entity.facts, cache };
      const score = algorithm.score(prepared, entry.prepared, ctx);
      if (score < threshold) continue;
      const prev = best.get(entry.entity);
      if (!prev || score > prev.score || (score === prev.score && c.name < prev.name)) best.set(entry.entity, { score, name: c.name });
    }
    const ranked = [...best.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, limit);
    return ranked.map(([e, { score, name }]) => {
      const entity = entities[e] as IndexedEntity;
      const entry = index.names[name] as (typeof index.names)[number];
      const ctx: ScoreContext = { stats: index.stats, query: facts, candidate: entity.facts };
      const explanation = algorithm.explain(prepared, entry.prepared, ctx);
      return {
        id: entity.id,
        source: entity.source,
        recordId: entity.recordId,
        schema: entity.schema,
        name: entity.caption,
        matchedName: entry.value,
        score,
        algorithm: algorithm.id,
        releaseId: entity.releaseId,
        explanation: explanation as unknown as Record<string, unknown>,
      };
    });
  };
  return { algorithm: algorithm.id, size: entities.length, defaultThreshold: algorithm.defaultThreshold, screen };
}
