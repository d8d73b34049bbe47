/** GET /sources (lists, their releases and counts) and GET /changes?since= (what changed in releases since a date). */
import type { Static } from "typebox";
import type { Release } from "../../model/index.js";
import { SOURCES } from "../../sources/index.js";
import type { ApiContext, App } from "../context.js";
import { ChangesQuery, ChangesResponse, ErrorResponse, SourcesResponse } from "../schemas.js";

const ref = (r: Release) => ({ id: r.id, releaseDate: r.releaseDate, entityCount: r.entityCount });

/** Up to `limit` items taken in turn from each list, so that 12 removals are not hidden behind 400 additions. */
export function fairSlice<T>(lists: readonly T[][], limit: number): T[] {
  const picked = lists.map(() => 0);
  let left = limit;
  while (left > 0 && lists.some((l, i) => (picked[i] ?? 0) < l.length)) {
    lists.forEach((l, i) => {
      if (left > 0 && (picked[i] ?? 0) < l.length) {
        picked[i] = (picked[i] ?? 0) + 1;
        left--;
      }
    });
  }
  return lists.flatMap((l, i) => l.slice(0, picked[i]));
}

export function registerListRoutes(app: App, ctx: ApiContext): void {
  app.get(
    "/sources",
    {
      schema: {
        tags: ["Lists"],
        summary: "The lists: each source, its releases and the newest one's counts",
        response: { 200: SourcesResponse, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async () => {
      const releases = await ctx.store.listReleases();
      const indexed = new Set(ctx.index.status().releases.map((r) => r.id));
      const keys = [...new Set([...SOURCES.map((s) => s.key), ...releases.map((r) => r.source)])];
      const sources: Static<typeof SourcesResponse>["sources"] = keys.map((key) => {
        const meta = SOURCES.find((s) => s.key === key);
        // listReleases orders by source, date, id: the last one of a source is its newest.
        const own = releases.filter((r) => r.source === key);
        const latest = own.at(-1) ?? null;
        return {
          key,
          title: meta?.title ?? key,
          authority: meta?.authority ?? "",
          homepage: meta?.homepage ?? null,
          loaded: own.length > 0,
          indexed: latest !== null && indexed.has(latest.id),
          entityCount: latest?.entityCount ?? 0,
          latest,
          releases: own.map(ref),
        };
      });
      sources.sort((a, b) => Number(b.loaded) - Number(a.loaded) || a.key.localeCompare(b.key));
      return { sources };
    },
  );

  app.get(
    "/changes",
    {
      schema: {
        tags: ["Lists"],
        summary: "Entities added, removed and changed in the releases dated after `since`, newest first",
        querystring: ChangesQuery,
        response: { 200: ChangesResponse, 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request) => {
      const { since, source, limit } = request.query;
      const all = await ctx.store.listReleases(source ? { source } : {});
      const out: Static<typeof ChangesResponse>["releases"] = [];
      for (let i = 0; i < all.length; i++) {
        const r = all[i] as Release;
        if (r.releaseDate <= since) continue;
        const prevRelease = i > 0 && all[i - 1]?.source === r.source ? (all[i - 1] as Release) : null;
        if (!prevRelease) {
          out.push({
            source: r.source,
            release: ref(r),
            previous: null,
            initial: true,
            counts: { added: r.entityCount, removed: 0, changed: 0 },
            changes: [],
            truncated: false,
          });
          continue;
        }
        const diff = await ctx.store.diffReleases(prevRelease.id, r.id);
        const total = diff.added.length + diff.removed.length + diff.changed.length;
        out.push({
          source: r.source,
          release: ref(r),
          previous: ref(prevRelease),
          initial: false,
          counts: { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length },
          changes: fairSlice([diff.added, diff.removed, diff.changed], limit),
          truncated: total > limit,
        });
      }
      out.sort((a, b) => b.release.releaseDate.localeCompare(a.release.releaseDate) || b.release.id - a.release.id);
      return { since, releases: out };
    },
  );
}
