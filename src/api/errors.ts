/**
 * One error handler for the whole API: every failure leaves as `{"detail": "..."}` with its status.
 * AppError subclasses carry their status; Fastify's own errors (validation, body too large, bad
 * content type) keep theirs; anything else is a 500 whose detail says nothing about our insides.
 * Only 5xx are logged: a 4xx is the client's business and would flood the log.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
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

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, detail } = renderError(error);
    if (status >= 500) request.log.error({ err: error, url: request.url, method: request.method }, "request failed");
    if (status === 401) reply.header("www-authenticate", 'ApiKey realm="chokepoint"');
    return reply.status(status).type("application/json; charset=utf-8").send({ detail });
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    return reply.status(404).send({ detail: `no route ${request.method} ${path}` });
  });
}
