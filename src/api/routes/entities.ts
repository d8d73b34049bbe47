/** GET /entities/{id} (an entity, its release and its history) and GET /search?q= (name search). */
import { NotFoundError } from "../../errors.js";
import { checkSourceKeys } from "../../screen/screener.js";
import type { ApiContext, App } from "../context.js";
import { EntityParams, EntityQuery, EntityResponse, ErrorResponse, SearchQuery, SearchResponse } from "../schemas.js";

/** Search is for finding, not deciding: it reaches lower than the matcher's threshold. */
const SEARCH_THRESHOLD = 0.5;

export function registerEntityRoutes(app: App, ctx: ApiContext): void {
  app.get(
    "/entities/:id",
    {
      schema: {
        tags: ["Entities"],
        summary: "An entity as listed (newest release holding it, or as of a date) and its history across releases",
        params: EntityParams,
        querystring: EntityQuery,
        response: { 200: EntityResponse, 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { asOf } = request.query;
      const entity = await ctx.store.getEntity(id, asOf ? { asOf } : {});
      if (!entity) throw new NotFoundError(`no entity '${id}'${asOf ? ` in force on ${asOf}` : ""}`);
      const [history, release] = await Promise.all([ctx.store.entityHistory(id), ctx.store.getRelease(entity.releaseId)]);
      return {
        entity,
        release: release ? { id: release.id, source: release.source, releaseDate: release.releaseDate } : null,
        history: history ?? null,
      };
    },
  );

  app.get(
    "/search",
    {
      schema: {
        tags: ["Entities"],
        summary: "Targets whose listed names resemble `q` (any script), best first; an unloaded `dataset` is a 400",
        querystring: SearchQuery,
        response: {
          200: SearchResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          404: ErrorResponse,
          429: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request) => {
      const { q, schema, dataset, limit, threshold } = request.query;
      const { screener, releases } = ctx.index.current();
      if (dataset)
        checkSourceKeys(
          [dataset],
          releases.map((r) => r.source),
        );
      const matches = screener.screen(
        { name: q, ...(schema ? { schema } : {}) },
        { threshold: threshold ?? SEARCH_THRESHOLD, limit, ...(dataset ? { sources: [dataset] } : {}) },
      );
      return {
        query: q,
        total: matches.length,
        results: matches.map((m) => ({
          id: m.id,
          caption: m.name,
          schema: m.schema,
          datasets: [...new Set(m.listings.map((l) => l.source))],
          score: m.score,
          matchedName: m.matchedName,
          matchedListing: m.matchedListing,
          listings: m.listings,
        })),
      };
    },
  );
}
