/** What every route module gets: the store, the screening index, entity lookups and batch jobs. */

import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from "fastify";
import type { Store } from "../store/store.js";
import type { EntityCache } from "./entity-cache.js";
import type { JobRunner } from "./jobs.js";
import type { ScreeningIndex } from "./screening.js";

export interface ApiContext {
  store: Store;
  index: ScreeningIndex;
  entities: EntityCache;
  jobs: JobRunner;
  /** "api-key" or "open" (see auth.ts). */
  auth: "api-key" | "open";
  version: string;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression<RawServerDefault>,
  RawReplyDefaultExpression<RawServerDefault>,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** Error responses every authenticated route may give, for the OpenAPI document. */
export const STANDARD_ERRORS = ["400", "401", "429"] as const;
