/** POST /match/{dataset}: yente's query-by-example matcher over the loaded lists. */
import type { Static } from "typebox";
import { ValidationError } from "../../errors.js";
import { findAlgorithm } from "../../match/algorithms/index.js";
import { checkSourceKeys } from "../../screen/screener.js";
import type { ScreenMatch, ScreenOptions } from "../../screen/types.js";
import type { ApiContext, App } from "../context.js";
import { ErrorResponse } from "../schemas.js";
import { MatchParams, MatchQuery, MatchRequest, MatchResponse, type ScoredEntity } from "../schemas-match.js";
import { entityProperties, exampleToQueries, featureDocs, features, resultCaption } from "../yente.js";

const DESCRIPTION = `Match entities by example, like OpenSanctions yente: each key of \`queries\` holds an example entity
(\`schema\` and FollowTheMoney-style \`properties\`: name, alias, firstName/lastName, country or nationality,
birthDate, idNumber, registrationNumber, imoNumber …). The response holds, under the same keys, the
best-scoring listed entities: \`score\` in [0, 1], \`match\` true at or above \`threshold\`, \`features\`
(name score, qualifiers) and chokepoint's \`explanation\` (which token met which, and how).

\`dataset\` is \`default\` for every loaded list, or a source key such as \`us_ofac_sdn\`; a key that names no loaded
list (there or in \`include_dataset\`/\`exclude_dataset\`) is a 400 naming the loaded ones. Each result is a target: one
designation joined across lists (OFAC entity number, UN reference, strong identifiers), with every list's
listing in \`datasets\` and the other listings' ids in \`referents\`.`;

/** yente's algorithm names a client may send; they all mean the one served. */
const ALGORITHM_ALIASES = new Set(["best", "default"]);

type Query = Static<typeof MatchQuery>;

/** The sources a request screens: unknown keys and filters that leave nothing are a 400, never "no matches". */
function sourcesFor(dataset: string, loaded: string[], q: Query): string[] {
  let sources = loaded;
  if (dataset !== "default") {
    checkSourceKeys([dataset], loaded);
    sources = [dataset];
  }
  checkSourceKeys([...(q.include_dataset ?? []), ...(q.exclude_dataset ?? [])], loaded);
  if (q.include_dataset?.length) sources = sources.filter((s) => q.include_dataset?.includes(s));
  if (q.exclude_dataset?.length) sources = sources.filter((s) => !q.exclude_dataset?.includes(s));
  if (!sources.length) throw new ValidationError(`dataset '${dataset}' with these include/exclude filters leaves no list to screen`);
  return sources;
}

/** yente's properties of a target: every listing's, merged (names, facts and identifiers of all its lists). */
async function targetProperties(ctx: ApiContext, m: ScreenMatch): Promise<{ caption: string; properties: Record<string, string[]> }> {
  const merged: Record<string, string[]> = {};
  let caption = m.name;
  for (const l of m.listings) {
    const entity = await ctx.entities.get(l.id, l.releaseId);
    if (!entity) continue;
    if (l.id === m.matchedListing) caption = resultCaption(entity, m.name);
    for (const [k, v] of Object.entries(entityProperties(entity))) merged[k] = [...new Set([...(merged[k] ?? []), ...v])];
  }
  return { caption, properties: Object.keys(merged).length ? merged : { name: [m.name] } };
}

export function registerMatchRoutes(app: App, ctx: ApiContext): void {
  app.post(
    "/match/:dataset",
    {
      schema: {
        tags: ["Matching"],
        summary: "Query-by-example matcher (yente-compatible)",
        description: DESCRIPTION,
        params: MatchParams,
        querystring: MatchQuery,
        body: MatchRequest,
        response: {
          200: MatchResponse,
          400: ErrorResponse,
          401: ErrorResponse,
          404: ErrorResponse,
          429: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const { screener, releases } = ctx.index.current();
      const q = request.query;
      const body = request.body;
      if (q.algorithm && q.algorithm !== screener.algorithm && !ALGORITHM_ALIASES.has(q.algorithm)) {
        throw new ValidationError(`algorithm '${q.algorithm}' is not served here; use ${screener.algorithm}`);
      }
      const configKeys = Object.keys(body.config ?? {});
      if (configKeys.length)
        throw new ValidationError(`invalid configuration parameter '${configKeys[0]}' for algorithm ${screener.algorithm}`);
      const threshold = q.threshold ?? screener.defaultThreshold;
      const cutoff = Math.min(q.cutoff ?? threshold, threshold);
      const sources = sourcesFor(
        request.params.dataset,
        releases.map((r) => r.source),
        q,
      );
      const excludedIds = new Set(q.exclude_entity_ids ?? []);
      const excludedSchemata = new Set(q.exclude_schema ?? []);
      // Asking for one more than the limit tells whether the limit cut results (total.relation "gte").
      const want = q.limit + 1 + excludedIds.size + (excludedSchemata.size ? q.limit * 2 : 0);
      // Every loaded source: no filter (the screener's fast path).
      const filtered = sources.length !== releases.length;
      const options: ScreenOptions = { threshold: cutoff, limit: want, ...(filtered ? { sources } : {}) };

      // Parse every example first: a bad one fails the request before any work is done.
      const examples = Object.entries(body.queries).map(([key, example]) => ({ key, example, ...exampleToQueries(key, example) }));
      const responses: Record<string, Static<typeof MatchResponse>["responses"][string]> = {};
      for (const { key, example, names, query } of examples) {
        // Best per target over the example's names.
        const best = new Map<string, ScreenMatch>();
        for (const name of names) {
          for (const m of screener.screen({ ...query, name }, options)) {
            const prev = best.get(m.id);
            if (!prev || m.score > prev.score) best.set(m.id, m);
          }
        }
        const excluded = (m: ScreenMatch) => excludedIds.has(m.id) || m.listings.some((l) => excludedIds.has(l.id));
        const ranked = [...best.values()]
          .filter((m) => !excluded(m) && !excludedSchemata.has(m.schema))
          .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
        const kept = ranked.slice(0, q.limit);
        const results: Static<typeof ScoredEntity>[] = [];
        for (const m of kept) {
          const { caption, properties } = await targetProperties(ctx, m);
          results.push({
            id: m.id,
            caption,
            schema: m.schema,
            properties,
            datasets: [...new Set(m.listings.map((l) => l.source))],
            referents: m.listings.map((l) => l.id).filter((id) => id !== m.id),
            target: true,
            score: m.score,
            match: m.score >= threshold,
            features: features(m.explanation),
            matched_name: m.matchedName,
            matched_listing: m.matchedListing,
            listings: m.listings,
            algorithm: m.algorithm,
            explanation: m.explanation as Static<typeof ScoredEntity>["explanation"],
          });
        }
        responses[key] = {
          status: 200,
          results,
          total: { value: ranked.length > q.limit ? q.limit : results.length, relation: ranked.length > q.limit ? "gte" : "eq" },
          query: example,
        };
      }
      reply.header("x-batch-size", String(examples.length));
      return {
        responses,
        matcher: featureDocs(screener.algorithm, findAlgorithm(screener.algorithm)?.description ?? "name matching"),
        limit: q.limit,
      };
    },
  );
}
