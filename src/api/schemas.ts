/**
 * Request and response schemas: the source of the OpenAPI document at /openapi.json, of request
 * validation and of response serialisation (fields not declared here are not sent). Shared pieces
 * (entities, releases, explanations) first, then one block per area.
 */
import { type Static, type TSchema, Type } from "typebox";

/** An object with free keys (OpenAPI `additionalProperties`, which client generators understand). */
export const Dict = <T extends TSchema>(value: T, options: Record<string, unknown> = {}) =>
  Type.Unsafe<Record<string, Static<T>>>({ type: "object", additionalProperties: value, ...options });

/** A string enum written as `enum` (read by every OpenAPI tool). */
export const StringEnum = <const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}) =>
  Type.Unsafe<T[number]>({ type: "string", enum: [...values], ...options });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * A parameter with a default: optional for clients (not in `required`), always present for handlers
 * (validation fills in the default before they run), so its static type stays required.
 */
export const Defaulted = <T extends TSchema>(schema: T): T => Type.Optional(schema) as unknown as T;

/** Any JSON value (free-form fields of a change). */
export const AnyJson = Type.Unsafe<unknown>({});

export const ISO_DATE = "^\\d{4}-\\d{2}-\\d{2}$";

export const ErrorResponse = Type.Object({ detail: Type.String({ examples: ["invalid API key"] }) }, { description: "Every error" });

export const SCHEMA_NAMES = ["Person", "Organization", "Company", "Vessel", "Aircraft"] as const;

// ─── entities and releases ──────────────────────────────────────────────────────────────────

export const Name = Type.Object({
  value: Type.String(),
  kind: StringEnum(["primary", "aka", "fka", "weak"]),
  script: Type.Optional(Type.String({ description: "ISO 15924 script: Latn, Cyrl, Hani, Arab …" })),
  lang: Type.Optional(Type.String()),
});

export const Identifier = Type.Object({
  type: Type.String({ description: "passport, national_id, tax_id, registration, imo, swift, website …" }),
  value: Type.String(),
  country: Type.Optional(Type.String()),
  label: Type.Optional(Type.String({ description: "The source's own wording of the type" })),
});

export const Address = Type.Object({
  full: Type.String(),
  street: Type.Optional(Type.String()),
  city: Type.Optional(Type.String()),
  region: Type.Optional(Type.String()),
  postalCode: Type.Optional(Type.String()),
  country: Type.Optional(Type.String()),
  countryName: Type.Optional(Type.String()),
});

export const Sanction = Type.Object({
  authority: Type.String(),
  list: Type.String(),
  program: Type.Optional(Type.String()),
  listedOn: Type.Optional(Type.String()),
  legalBasis: Type.Optional(Type.String()),
  endDate: Type.Optional(Type.String()),
});

export const Entity = Type.Object({
  id: Type.String({ examples: ["us_ofac_sdn:35096"] }),
  schema: StringEnum(SCHEMA_NAMES),
  names: Type.Array(Name),
  countries: Type.Array(Type.String()),
  addresses: Type.Array(Address),
  identifiers: Type.Array(Identifier),
  birthDates: Type.Array(Type.String()),
  birthPlaces: Type.Array(Type.String()),
  nationalities: Type.Array(Type.String()),
  gender: Type.Optional(Type.String()),
  programs: Type.Array(Type.String()),
  sanctions: Type.Array(Sanction),
  remarks: Type.Array(Type.String()),
  links: Type.Array(Type.String()),
  properties: Dict(Type.Array(Type.String())),
  source: Type.Object({ key: Type.String(), recordId: Type.String(), url: Type.Optional(Type.String()) }),
  partial: Type.Optional(
    Type.Object(
      {
        missing: Type.Array(Type.String()),
        fields: Type.Array(Type.String()),
        carriedFrom: Type.Optional(Type.Object({ releaseId: Type.Integer(), releaseDate: Type.String() })),
      },
      {
        description:
          "Set when the entity comes from a partial release: the files it lacked, the fields they feed, and the complete release those fields were carried over from (when there was one)",
      },
    ),
  ),
  releaseId: Type.Integer(),
});

export const FieldChange = Type.Object({
  field: Type.String(),
  before: Type.Optional(AnyJson),
  after: Type.Optional(AnyJson),
  added: Type.Optional(Type.Array(AnyJson)),
  removed: Type.Optional(Type.Array(AnyJson)),
});

export const EntityHistory = Type.Object({
  id: Type.String(),
  firstSeen: Nullable(Type.String()),
  lastSeen: Nullable(Type.String()),
  current: Type.Boolean({ description: "The newest release of the source still holds the entity" }),
  events: Type.Array(
    Type.Object({
      releaseId: Type.Integer(),
      releaseDate: Type.String(),
      change: StringEnum(["added", "changed", "removed", "unchanged"]),
      fields: Type.Optional(Type.Array(FieldChange)),
    }),
  ),
});

export const ReleaseRef = Type.Object({ id: Type.Integer(), releaseDate: Type.String(), entityCount: Type.Integer() });

export const Release = Type.Object({
  id: Type.Integer(),
  source: Type.String(),
  releaseDate: Type.String(),
  dateBasis: StringEnum(["file", "flag", "filename", "filename-month", "fetched"], {
    description: "filename-month: only a year and month were in the name, the day (the 1st) is a guess",
  }),
  publishedAt: Type.Optional(Type.String()),
  fetchedAt: Type.String(),
  importedAt: Type.String(),
  origin: Type.String({ description: "Where the bytes came from: a path or URL" }),
  format: Type.String(),
  files: Type.Array(Type.Object({ name: Type.String(), sha256: Type.String(), size: Type.Integer() })),
  contentHash: Type.String(),
  entityCount: Type.Integer(),
  counts: Dict(Type.Integer()),
  missing: Type.Optional(
    Type.Array(Type.String(), { description: "A partial release: the files a complete release has and this one lacks" }),
  ),
  carriedFrom: Type.Optional(Type.Integer({ description: "The complete release whose facts for the missing files were carried over" })),
});

// ─── explanations ───────────────────────────────────────────────────────────────────────────

export const Explanation = Type.Object(
  {
    algorithm: Type.String(),
    score: Type.Number(),
    nameScore: Type.Number(),
    query: Type.String(),
    candidate: Type.String(),
    pairs: Type.Array(
      Type.Object(
        {
          query: Type.String(),
          candidate: Type.String(),
          querySource: Type.Optional(Type.String()),
          candidateSource: Type.Optional(Type.String()),
          how: Type.String({ description: "exact, transliterated, phonetic, glossary, legal-form, initial, joined, edit-distance …" }),
          similarity: Type.Number(),
          weight: Type.Number(),
          edits: Type.Optional(Type.Integer()),
        },
        { additionalProperties: true },
      ),
    ),
    unmatchedQuery: Type.Array(UnmatchedToken()),
    unmatchedCandidate: Type.Array(UnmatchedToken()),
    penalties: Type.Array(
      Type.Object({ name: Type.String(), detail: Type.String(), factor: Type.Number() }, { additionalProperties: true }),
    ),
    qualifiers: Type.Array(
      Type.Object({ name: Type.String(), detail: Type.String(), adjustment: Type.Number() }, { additionalProperties: true }),
    ),
  },
  { additionalProperties: true, description: "Which query token met which list token and how; penalties and qualifiers applied" },
);

function UnmatchedToken() {
  return Type.Object(
    { token: Type.String(), source: Type.Optional(Type.String()), class: Type.String(), weight: Type.Number() },
    { additionalProperties: true },
  );
}

export const Listing = Type.Object(
  {
    id: Type.String({ examples: ["us_trade_csl:SSI-17018"] }),
    source: Type.String(),
    recordId: Type.String(),
    lists: Type.Array(Type.String(), { description: "The entity's sanctions lists" }),
    releaseId: Type.Integer(),
  },
  { description: "One listing (an entity of one list) of a target" },
);

/**
 * One match as the CLI's `screen --json` gives it: a target (one designation joined across lists),
 * with `source`, `recordId`, `schema`, `name` and `releaseId` of the listing whose name matched.
 */
export const ScreenMatch = Type.Object({
  id: Type.String({ description: "Target id: the id of its first listing in source order (docs/screening.md, Targets)" }),
  source: Type.String(),
  recordId: Type.String(),
  schema: Type.String(),
  name: Type.String(),
  matchedName: Type.String(),
  matchedListing: Type.String({ description: "Entity id of the listing whose name matched best" }),
  listings: Type.Array(Listing, { description: "The target's listings among the lists screened" }),
  score: Type.Number(),
  algorithm: Type.String(),
  releaseId: Type.Integer(),
  explanation: Explanation,
});

// ─── health ─────────────────────────────────────────────────────────────────────────────────

export const IndexStatus = Type.Object({
  state: StringEnum(["building", "ready", "empty", "failed"]),
  building: Type.Boolean(),
  algorithm: Nullable(Type.String()),
  threshold: Nullable(
    Type.Number({ description: "The algorithm's default threshold: `match` is true at and above it when a request gives none" }),
  ),
  entities: Type.Integer(),
  builtAt: Nullable(Type.String()),
  buildMs: Nullable(Type.Integer()),
  releases: Type.Array(Type.Object({ id: Type.Integer(), source: Type.String(), releaseDate: Type.String(), entityCount: Type.Integer() })),
  error: Nullable(Type.String()),
});

export const HealthResponse = Type.Object({
  status: Type.Literal("ok"),
  version: Type.String(),
  auth: StringEnum(["api-key", "open"], { description: "api-key: send 'Authorization: ApiKey <key>'; open: loopback only, no key" }),
});

export const ReadyResponse = Type.Object({ status: Type.Literal("ready"), index: IndexStatus });

// ─── sources, entities, search, changes ─────────────────────────────────────────────────────

export const SourceSummary = Type.Object({
  key: Type.String(),
  title: Type.String(),
  authority: Type.String(),
  homepage: Nullable(Type.String()),
  loaded: Type.Boolean(),
  indexed: Type.Boolean({ description: "The screening index holds the newest release" }),
  entityCount: Type.Integer({ description: "Entities in the newest release" }),
  latest: Nullable(Release),
  releases: Type.Array(ReleaseRef),
});

export const SourcesResponse = Type.Object({ sources: Type.Array(SourceSummary) });

export const EntityParams = Type.Object({ id: Type.String({ minLength: 3, maxLength: 200, pattern: "^[a-z0-9_]+:.+$" }) });
export const EntityQuery = Type.Object({ asOf: Type.Optional(Type.String({ pattern: ISO_DATE, description: "YYYY-MM-DD" })) });

export const EntityResponse = Type.Object({
  entity: Entity,
  release: Nullable(Type.Object({ id: Type.Integer(), source: Type.String(), releaseDate: Type.String() })),
  history: Nullable(EntityHistory),
});

export const SearchQuery = Type.Object({
  q: Type.String({ minLength: 1, maxLength: 1000, description: "A name in any script" }),
  schema: Type.Optional(StringEnum(SCHEMA_NAMES)),
  dataset: Type.Optional(Type.String({ pattern: "^[a-z0-9_]+$", description: "A source key; default all" })),
  limit: Defaulted(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  threshold: Type.Optional(Type.Number({ minimum: 0, maximum: 1, description: "Lowest score returned (default 0.5)" })),
});

export const SearchResponse = Type.Object({
  query: Type.String(),
  total: Type.Integer(),
  results: Type.Array(
    Type.Object({
      id: Type.String(),
      caption: Type.String(),
      schema: Type.String(),
      datasets: Type.Array(Type.String()),
      score: Type.Number(),
      matchedName: Type.String(),
      matchedListing: Type.String(),
      listings: Type.Array(Listing),
    }),
  ),
});

export const EntityChange = Type.Object({
  id: Type.String(),
  caption: Type.String(),
  schema: Type.String(),
  change: StringEnum(["added", "removed", "changed"]),
  fields: Type.Optional(Type.Array(FieldChange)),
});

export const ChangesQuery = Type.Object({
  since: Type.String({ pattern: ISO_DATE, description: "Releases dated after this day (YYYY-MM-DD)" }),
  source: Type.Optional(Type.String({ pattern: "^[a-z0-9_]+$" })),
  limit: Defaulted(Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: "Most entity changes listed per release" })),
});

export const ChangesResponse = Type.Object({
  since: Type.String(),
  releases: Type.Array(
    Type.Object({
      source: Type.String(),
      release: ReleaseRef,
      previous: Nullable(ReleaseRef),
      initial: Type.Boolean({ description: "The first release of the source: everything in it is new, changes are not listed" }),
      counts: Type.Object({ added: Type.Integer(), removed: Type.Integer(), changed: Type.Integer() }),
      changes: Type.Array(EntityChange),
      truncated: Type.Boolean(),
    }),
  ),
});
