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
import { type TargetInput, targetInput } from "./target-keys.js";
import { computeTargets, foldTargets, type Target } from "./targets.js";
import type { Screener, ScreenMatch, ScreenOptions, ScreenQuery } from "./types.js";

/** What the screener reads entities from: a Store (its current entities) or the entities themselves. */
export type EntitySource =
  | { currentEntities(sources?: string[]): AsyncIterable<StoredEntity> }
  | AsyncIterable<StoredEntity>
  | Iterable<StoredEntity>;

export interface ScreenerOptions {
  /** Algorithm id (default: the registry's DEFAULT_ALGORITHM). */
  algorithm?: string;
  /** Only these sources are indexed (targets are still formed over every entity read, so their ids do not change). */
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

/** The schemas a query may name, for checking options before an index is built. */
export const QUERY_SCHEMAS: readonly string[] = Object.keys(SCHEMA_GROUPS);

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

async function* entitiesOf(source: EntitySource): AsyncIterable<StoredEntity> {
  if (isStore(source)) yield* source.currentEntities();
  else yield* source as AsyncIterable<StoredEntity>;
}

/** "unknown source 'x' (loaded: a, b)": for a source key that names no loaded list. */
export function unknownSourcesError(unknown: readonly string[], loaded: readonly string[]): ValidationError {
  if (!loaded.length) return new ValidationError("no lists are loaded: run chokepoint import or sync");
  const names = unknown.map((s) => `'${s}'`).join(", ");
  return new ValidationError(
    `${unknown.length > 1 ? "sources" : "source"} ${names} ${unknown.length > 1 ? "are" : "is"} not loaded (loaded: ${loaded.join(", ")})`,
  );
}

/** Throws unless every requested key is loaded (and something is). */
export function checkSourceKeys(requested: readonly string[] | undefined, loaded: readonly string[]): void {
  const unknown = (requested ?? []).filter((s) => !loaded.includes(s));
  if (unknown.length || !loaded.length) throw unknownSourcesError(unknown, loaded);
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
  // Every entity read takes part in the targets; only the wanted ones are indexed.
  const members: TargetInput[] = [];
  const memberOf: number[] = [];
  for await (const e of entitiesOf(source)) {
    members.push(targetInput(e));
    if (wanted && !wanted.has(e.source.key)) continue;
    const at = entities.length;
    memberOf.push(members.length - 1);
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
  const set = computeTargets(members);
  const targets: EntityTargets = {
    targets: set.targets,
    targetOf: Int32Array.from(memberOf, (m) => set.targetOf[m] as number),
    rank: Int32Array.from(memberOf, (m) => set.rankOf[m] as number),
  };
  const index = createNameIndex(entries, algorithm);
  return screenerOver(index, entities, algorithm, targets, wanted, Boolean(options.exhaustive));
}

/** The targets of the indexed entities: entity k belongs to targets[targetOf[k]]. */
interface EntityTargets {
  targets: Target[];
  targetOf: Int32Array;
  rank: Int32Array;
}

function screenerOver(
  index: NameIndex,
  entities: IndexedEntity[],
  algorithm: Algorithm,
  targets: EntityTargets,
  indexedOnly: Set<string> | undefined,
  exhaustive: boolean,
): Screener {
  const indexed = [...new Set(entities.map((e) => e.source))].sort();
  const checkSources = (sources?: readonly string[]) => checkSourceKeys(sources, indexed);
  const screen = (query: ScreenQuery, options: ScreenOptions = {}): ScreenMatch[] => {
    checkSources(options.sources);
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
    // Entities → targets, after the best name of each entity is known: limit counts targets.
    const folded = foldTargets(best, targets.targetOf, targets.rank);
    const targetId = (e: number) => (targets.targets[targets.targetOf[e] as number] as Target).id;
    const ranked = [...folded.values()]
      .map((f) => ({ ...f, id: targetId(f.entity) }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
    return ranked.map(({ entity: e, score, name, id }) => {
      const entity = entities[e] as IndexedEntity;
      const entry = index.names[name] as (typeof index.names)[number];
      const ctx: ScoreContext = { stats: index.stats, query: facts, candidate: entity.facts };
      const explanation = algorithm.explain(prepared, entry.prepared, ctx);
      const target = targets.targets[targets.targetOf[e] as number] as Target;
      return {
        id,
        source: entity.source,
        recordId: entity.recordId,
        schema: entity.schema,
        name: entity.caption,
        matchedName: entry.value,
        matchedListing: entity.id,
        // Listings of the lists screened: those indexed, and of those the ones asked for.
        listings: target.listings
          .filter((l) => (!indexedOnly || indexedOnly.has(l.source)) && (!sources || sources.has(l.source)))
          .map((l) => ({ ...l, lists: [...l.lists] })),
        score,
        algorithm: algorithm.id,
        releaseId: entity.releaseId,
        explanation: explanation as unknown as Record<string, unknown>,
      };
    });
  };
  return {
    algorithm: algorithm.id,
    size: entities.length,
    defaultThreshold: algorithm.defaultThreshold,
    sources: indexed,
    checkSources,
    screen,
  };
}
