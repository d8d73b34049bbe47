/**
 * The dashboard's built files (web/dist) at `/`. They are public: the dashboard itself asks for an
 * API key and sends it with each API request. Everything it loads comes from this server (the CSP
 * says so), so it works offline and leaks nothing to other hosts.
 */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { App } from "../context.js";

/** web/dist beside src/ and dist/: both this file and its build sit three levels below the repository root. */
export const DEFAULT_WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "web", "dist");

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Charts set style attributes on SVG elements.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers of every page a browser renders from this server: the dashboard's files and /docs. */
export const SECURITY_HEADERS = Object.freeze({
  "content-security-policy": CSP,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
});

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>chokepoint</title>
<body style="font-family:system-ui;max-width:40rem;margin:4rem auto"><h1>chokepoint</h1>
<p>The dashboard is not built. Run <code>npm run build:web</code> (or <code>npm ci</code>, which builds it), then restart <code>chokepoint serve</code>.</p>
<p>The API works without it: see <a href="/docs">/docs</a>.</p></body></html>`;

export async function registerWebRoutes(app: App, webRoot: string = DEFAULT_WEB_ROOT): Promise<void> {
  const built = existsSync(resolve(webRoot, "index.html"));
  if (built) await app.register(fastifyStatic, { root: webRoot, serve: false });
  const headers = SECURITY_HEADERS;
  const hide = { hide: true } as const;
  // The dashboard's files are not rate limited: they are public, small and fixed, and counting them in
  // the anonymous bucket (a client address) let a burst of keyless requests lock the dashboard out.
  const open = { schema: hide, config: { rateLimit: false } } as const;
  app.get("/", open, async (_request, reply) => {
    reply.headers(headers);
    if (!built) return reply.status(503).type("text/html; charset=utf-8").send(NOT_BUILT);
    return reply.sendFile("index.html", { cacheControl: false, lastModified: true });
  });
  if (!built) return;
  app.get("/assets/*", open, async (request, reply) => {
    const rest = (request.params as { "*": string })["*"];
    reply.headers(headers);
    // Built asset names carry a content hash: they never change under the same name.
    return reply.sendFile(`assets/${rest}`, { maxAge: 365 * 24 * 3600 * 1000, immutable: true });
  });
  app.get("/favicon.svg", open, async (_request, reply) => reply.headers(headers).sendFile("favicon.svg"));
}
