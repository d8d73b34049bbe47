/**
 * Entities by id for match results (yente's `properties`), with a small LRU in front of the store:
 * the same listed entities come back query after query. Keyed by id and release, so that a new
 * release never serves an old version.
 */
import type { StoredEntity } from "../model/index.js";
import type { Store } from "../store/store.js";

export interface EntityCache {
  get(id: string, releaseId: number): Promise<StoredEntity | undefined>;
}

export function createEntityCache(store: Pick<Store, "getEntity">, capacity = 5_000): EntityCache {
  const cache = new Map<string, StoredEntity | undefined>();
  return {
    async get(id, releaseId) {
      const key = `${id}@${releaseId}`;
      if (cache.has(key)) {
        const hit = cache.get(key);
        // Map keeps insertion order: re-inserting marks the entry as recently used.
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const entity = await store.getEntity(id);
      cache.set(key, entity);
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      return entity;
    },
  };
}
