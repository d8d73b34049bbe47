/**
 * One error handler for the whole API: every failure leaves as `{"detail": "..."}` with its status.
 * AppError subclasses carry their status; Fastify's own errors (validation, body too large, bad
 * content type) keep theirs; anything else is a 500 whose detail says nothing about our insides.
 * Only 5xx are logged: a 4xx is the client's business and would flood the log.
 */
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler, RouteOptions } from "fastify";
import { AppError } from "../errors.js";

/** A client that sent too many requests (429), for the rate limiter. */
export class RateLimitError extends AppError {
  constructor(detail: string) {
    super(detail, { status: 429 });
  }
}

/** A request without a valid API key (401). */
export class UnauthorizedError extends AppError {
  constructor(detail: string) {
    super(detail, { status: 401 });
  }
}

interface Rendered {
  status: number;
  detail: string;
}

/** Fastify's validation messages name the part ("body/queries/q1/schema must be string"): keep them, they help. */
function validationDetail(error: FastifyError): string {
  const context = error.validationContext ?? "request";
  const parts = (error.validation ?? []).map((v) => {
    const path = v.instancePath ? `${context}${v.instancePath}` : context;
    const allowed = (v.params as { allowedValues?: unknown[] } | undefined)?.allowedValues;
    return `${path} ${v.message ?? "is invalid"}${allowed ? ` (${allowed.join(", ")})` : ""}`;
  });
  return parts.length ? parts.join("; ") : error.message;
}

export function renderError(error: unknown): Rendered {
  if (error instanceof AppError) return { status: error.status, detail: error.message };
  const e = error as Partial<FastifyError> & { statusCode?: number; status?: number };
  if (e && typeof e === "object" && Array.isArray(e.validation)) return { status: 400, detail: validationDetail(e as FastifyError) };
  const status = typeof e?.statusCode === "number" ? e.statusCode : typeof e?.status === "number" ? e.status : 500;
  if (status >= 400 && status < 500) return { status, detail: typeof e?.message === "string" && e.message ? e.message : "bad request" };
  if (status === 503 && typeof e?.message === "string") return { status, detail: e.message };
  return { status: status >= 500 && status < 600 ? status : 500, detail: "internal server error" };
}

function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, detail } = renderError(error);
  if (status >= 500) request.log.error({ err: error, url: request.url, method: request.method }, "request failed");
  if (status === 401) reply.header("www-authenticate", 'ApiKey realm="chokepoint"');
  return reply.status(status).type("application/json; charset=utf-8").send({ detail });
}

/**
 * Fastify's `frameworkErrors` option: URLs the router cannot decode (`/%ff`, 400) or whose
 * parameter is too long (414) never reach a route, and would otherwise answer in Fastify's own shape.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 400;
  const detail = error.code === "FST_ERR_BAD_URL" ? "malformed URL: a percent-encoded part is not valid UTF-8" : error.message;
  void sendError(new AppError(detail, { status }), request, reply);
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, "Request Header Fields Too Large", "request headers too large (at most 16 KiB)"],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout", "request timeout: the request was not received in time"],
};

/**
 * Fastify's `clientErrorHandler` option: requests Node's HTTP parser refuses (headers over 16 KiB:
 * 431; a timeout: 408; anything else malformed: 400) never become requests, so the answer is written
 * to the socket here, in the same `{"detail"}` shape as every other error.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const [status, reason, detail] = CLIENT_ERRORS[error.code ?? ""] ?? [400, "Bad Request", "malformed HTTP request"];
  const body = JSON.stringify({ detail });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** The routes' URL patterns and methods, collected as they are added, for 405 answers. */
interface RouteTable {
  patterns: { match: RegExp; methods: Set<string> }[];
}

/** "/entities/:id" → /^\/entities\/[^/]+$/, "/assets/*" → /^\/assets\/.*$/. */
export function patternOf(url: string): RegExp {
  const source = url
    .split(/(:[A-Za-z0-9_]+|\*)/)
    .map((part) => (part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}/?$`);
}

function allowedMethods(table: RouteTable, path: string): string[] {
  const methods = new Set<string>();
  for (const p of table.patterns) if (p.match.test(path)) for (const m of p.methods) methods.add(m);
  return [...methods].sort();
}

/**
 * The error handler, and a record of every route (call before any route is added) so that a wrong
 * method on a known path can answer 405 with `Allow` instead of 404.
 */
export function registerErrorHandlers(app: FastifyInstance): RouteTable {
  const table: RouteTable = { patterns: [] };
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => sendError(error, request, reply));
  app.addHook("onRoute", (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    table.patterns.push({ match: patternOf(route.url), methods: new Set(methods.map((m) => m.toUpperCase())) });
  });
  return table;
}

/**
 * 404 for an unknown path, 405 with `Allow` for a known path asked with another method. `rateLimit`
 * (the rate limiter's hook) counts these requests against the caller's bucket like any other, so that
 * probing for routes is limited too.
 */
export function registerNotFound(app: FastifyInstance, table: RouteTable, rateLimit: preHandlerAsyncHookHandler): void {
  app.setNotFoundHandler({ preHandler: rateLimit }, (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const allow = allowedMethods(table, path);
    if (allow.length) {
      reply.header("allow", allow.join(", "));
      return reply.status(405).send({ detail: `method ${request.method} is not allowed on ${path} (allowed: ${allow.join(", ")})` });
    }
    return reply.status(404).send({ detail: `no route ${request.method} ${path}` });
  });
}
