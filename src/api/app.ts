/**
 * The HTTP API and dashboard: one Fastify app over a store and a screening index. Open parts
 * (health, OpenAPI document and docs, the dashboard's files) sit at the root; every API route sits
 * in a child context whose hook checks the API key. One error handler renders every failure.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyMultipart from "@fastify/multipart";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyServerOptions, LogController } from "fastify";
import { createScreener } from "../screen/index.js";
import type { Store } from "../store/store.js";
import { createKeyRing, rateKey, registerAuth } from "./auth.js";
import type { ApiContext, App } from "./context.js";
import { createEntityCache } from "./entity-cache.js";
import { clientErrorHandler, frameworkErrors, RateLimitError, registerErrorHandlers, registerNotFound } from "./errors.js";
import { createJobRunner, type JobRunnerOptions } from "./jobs.js";
import { registerEntityRoutes } from "./routes/entities.js";
import { registerHealthRoutes } from "./routes/health.js";
import { registerListRoutes } from "./routes/lists.js";
import { registerMatchRoutes } from "./routes/match.js";
import { registerScreenRoutes } from "./routes/screen.js";
import { registerTradeRoutes } from "./routes/trade.js";
import { registerWebRoutes, SECURITY_HEADERS } from "./routes/web.js";
import { type BuildScreener, createScreeningIndex, type ScreeningIndex } from "./screening.js";

export interface AppOptions {
  store: Store;
  /** Accepted API keys (config.apiKeys). Empty only together with `open`. */
  apiKeys: readonly string[];
  /** Serve without keys (the caller checks that the address is loopback: see checkExposure). */
  open?: boolean;
  /** Requests per key (or per client address without a valid key) per minute. Default 1200. */
  rateLimitPerMinute?: number;
  /** Largest JSON body in bytes. Default 1 MiB. */
  bodyLimit?: number;
  /** Largest batch upload in bytes. Default 20 MiB. */
  maxUploadBytes?: number;
  /** How often the store is checked for new releases (ms); 0 turns the timer off. Default 60 s. */
  refreshMs?: number;
  /** Built dashboard folder (default web/dist in the repository). */
  webRoot?: string;
  /** Builds the screening index; default the real engine over the store's current entities. */
  buildScreener?: BuildScreener;
  jobs?: JobRunnerOptions;
  logger?: FastifyServerOptions["logger"];
}

export interface ApiServer {
  app: App;
  index: ScreeningIndex;
  /** Builds the first index and starts the refresh timer; the app answers (readyz 503) meanwhile. */
  start(): Promise<void>;
  close(): Promise<void>;
}

function packageVersion(): string {
  try {
    const path = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "package.json");
    return (JSON.parse(readFileSync(path, "utf8")) as { version?: string }).version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

export async function createApiServer(options: AppOptions): Promise<ApiServer> {
  const open = options.open ?? false;
  const ring = createKeyRing(options.apiKeys, open);
  const app: App = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // One line per request would cost more than a match does; failures are logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    // Keys and ids in URLs stay short; a longer URL is a mistake or an attack.
    routerOptions: { maxParamLength: 300 },
    // Bad URLs and requests Node's parser refuses answer in the same {"detail"} shape as the rest.
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();

  const index = createScreeningIndex(options.store, options.buildScreener ?? ((store) => createScreener(store)), {
    refreshMs: options.refreshMs ?? 60_000,
    log: app.log,
  });
  const ctx: ApiContext = {
    store: options.store,
    index,
    entities: createEntityCache(options.store),
    jobs: createJobRunner(index, options.jobs),
    auth: open ? "open" : "api-key",
    version: packageVersion(),
  };

  const routes = registerErrorHandlers(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "chokepoint API",
        version: ctx.version,
        description:
          "Sanctions lists as versioned releases, cross-script screening with explained scores, and dual-use trade flows. " +
          "Send `Authorization: ApiKey <key>` with every request except /healthz and /readyz.",
      },
      components: { securitySchemes: { ApiKey: { type: "apiKey", in: "header", name: "Authorization", description: "ApiKey <key>" } } },
      security: [{ ApiKey: [] }],
      tags: [
        { name: "Matching", description: "yente-compatible matching" },
        { name: "Entities", description: "Listed entities and name search" },
        { name: "Lists", description: "Sources, releases and changes" },
        { name: "Batch screening", description: "CSV/XLSX files screened as jobs" },
        { name: "Trade", description: "Trade flows of dual-use goods" },
        { name: "System", description: "Health and readiness" },
      ],
    },
  });
  await app.register(fastifyRateLimit, {
    global: true,
    max: options.rateLimitPerMinute ?? 1200,
    timeWindow: 60_000,
    keyGenerator: (request) => rateKey(ring, request),
    errorResponseBuilder: (_request, context) =>
      new RateLimitError(`rate limit exceeded: ${context.max} requests per minute; retry in ${context.after}`),
  });
  registerNotFound(app, routes, app.rateLimit());
  await app.register(fastifyMultipart, { limits: { fileSize: options.maxUploadBytes ?? 20 * 1024 * 1024, files: 1, fields: 20 } });

  // The docs get the dashboard's CSP, nosniff and referrer policy. A root hook, because Swagger UI
  // serves its files from a scope of its own that its route hooks do not reach.
  app.addHook("onRequest", async (request, reply) => {
    if (request.url === "/docs" || request.url.startsWith("/docs/") || request.url.startsWith("/docs?")) reply.headers(SECURITY_HEADERS);
  });
  registerHealthRoutes(app, ctx);
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  // validatorUrl null: Swagger UI would otherwise fetch a badge from validator.swagger.io.
  await app.register(fastifySwaggerUi, {
    routePrefix: "/docs",
    uiConfig: { docExpansion: "list", deepLinking: true, validatorUrl: null },
  });
  await registerWebRoutes(app, options.webRoot);
  await app.register(async (api: App) => {
    registerAuth(api, ring);
    registerMatchRoutes(api, ctx);
    registerEntityRoutes(api, ctx);
    registerListRoutes(api, ctx);
    registerScreenRoutes(api, ctx, { maxUploadBytes: options.maxUploadBytes ?? 20 * 1024 * 1024 });
    registerTradeRoutes(api, ctx);
  });

  return {
    app,
    index,
    start: () => index.start(),
    async close() {
      index.stop();
      ctx.jobs.stop();
      await app.close();
    },
  };
}

export type { TypeBoxTypeProvider };
