/**
 * POST /match/{dataset}: shaped like OpenSanctions yente's matcher, so that existing yente clients
 * work. Request: a batch of example entities by free keys; response: scored results per key.
 * chokepoint adds `matched_name`, `algorithm` and `explanation` to each result (clients that do not
 * know them ignore them).
 */
import { Type } from "typebox";
import { Defaulted, Dict, Explanation, Listing } from "./schemas.js";

/** Most example entities in one request (yente's MAX_BATCH). */
export const MAX_QUERIES = 100;
/** Most results per example entity (yente's MAX_MATCHES). */
export const MAX_MATCHES = 500;
/** Results per example entity when the request gives no limit (yente's MATCH_PAGE). */
export const MATCH_PAGE = 5;

// The array comes first: validation coerces a lone string into a list of one, so handlers see lists only.
const PropertyValues = Type.Union([
  Type.Array(Type.Union([Type.String({ maxLength: 10_000 }), Type.Number()]), { maxItems: 50 }),
  Type.String({ maxLength: 10_000 }),
]);

export const EntityExample = Type.Object({
  id: Type.Optional(Type.String({ maxLength: 200 })),
  schema: Type.String({
    examples: ["Person"],
    description: "Person, Company, Organization, LegalEntity, Vessel, Airplane (or Aircraft)",
  }),
  properties: Dict(PropertyValues, {
    maxProperties: 50,
    description:
      "FollowTheMoney-style properties: name, alias, firstName, lastName, country, nationality, jurisdiction, birthDate, idNumber, registrationNumber, imoNumber …",
    examples: [{ name: ["Vladimir Putin"], birthDate: ["1952-10-07"], nationality: ["ru"] }],
  }),
});

export const MatchRequest = Type.Object({
  queries: Dict(EntityExample, { minProperties: 1, maxProperties: MAX_QUERIES }),
  weights: Type.Optional(Dict(Type.Number(), { description: "Accepted for yente compatibility; name-v4 has fixed weights" })),
  config: Type.Optional(Dict(Type.Unsafe<unknown>({}), { description: "Accepted for yente compatibility; must be empty" })),
});

export const MatchParams = Type.Object({
  dataset: Type.String({ pattern: "^[a-z0-9_]+$", description: "`default` for every loaded list, else a source key such as us_ofac_sdn" }),
});

export const MatchQuery = Type.Object({
  limit: Defaulted(Type.Integer({ minimum: 1, maximum: MAX_MATCHES, default: MATCH_PAGE, description: "Results per query" })),
  threshold: Type.Optional(
    Type.Number({
      minimum: 0,
      maximum: 1,
      description: "Score at and above which `match` is true (default: the algorithm's, 0.65 for name-v4)",
    }),
  ),
  cutoff: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: "Lowest score returned at all (default: threshold)" })),
  algorithm: Type.Optional(Type.String({ description: "Only the served algorithm is accepted (name-v4); yente's names are refused" })),
  include_dataset: Type.Optional(Type.Array(Type.String(), { description: "Only these sources (loaded keys; others are a 400)" })),
  exclude_dataset: Type.Optional(Type.Array(Type.String(), { description: "Not these sources (loaded keys; others are a 400)" })),
  exclude_schema: Type.Optional(Type.Array(Type.String(), { description: "No results of these schemata" })),
  exclude_entity_ids: Type.Optional(
    Type.Array(Type.String(), { maxItems: 50, description: "Ids decided to be false positives: a target id or any of its listings' ids" }),
  ),
});

export const ScoredEntity = Type.Object({
  id: Type.String({ examples: ["us_ofac_sdn:35096"], description: "Target id: one designation joined across lists" }),
  caption: Type.String(),
  schema: Type.String(),
  properties: Dict(Type.Array(Type.String()), { description: "Every listing's properties, merged" }),
  datasets: Type.Array(Type.String(), { description: "The sources that list the target" }),
  referents: Type.Array(Type.String(), { description: "The target's other listings' ids" }),
  target: Type.Boolean(),
  score: Type.Number(),
  match: Type.Boolean({ description: "score >= threshold" }),
  features: Dict(Type.Number(), { description: "name: the name score; qualifiers and penalties by name" }),
  matched_name: Type.String({ description: "The name (primary or alias) that matched best" }),
  matched_listing: Type.String({ description: "The listing whose name matched best" }),
  listings: Type.Array(Listing),
  algorithm: Type.String(),
  explanation: Explanation,
});

export const EntityMatches = Type.Object({
  status: Type.Integer({ examples: [200] }),
  results: Type.Array(ScoredEntity),
  total: Type.Object({
    value: Type.Integer(),
    relation: Type.String({ description: "eq, or gte when more results were cut by the limit" }),
  }),
  query: EntityExample,
});

export const FeatureDoc = Type.Object({ description: Type.String(), coefficient: Type.Number(), url: Type.String() });

export const MatchResponse = Type.Object({
  responses: Dict(EntityMatches),
  matcher: Dict(FeatureDoc, { description: "The features that make up a score" }),
  limit: Type.Integer(),
});
