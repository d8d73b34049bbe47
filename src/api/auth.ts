/**
 * API keys: `Authorization: ApiKey <key>` (the header OpenSanctions' API uses). Keys come from
 * config.apiKeys (CHOKEPOINT_API_KEYS). A server without keys runs only when asked to (`open`) and
 * then only on a loopback address, so that an open API is never reachable from another machine.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { ValidationError } from "../errors.js";
import { UnauthorizedError } from "./errors.js";

declare module "fastify" {
  interface FastifyRequest {
    /** "key-<8 hex>" for a valid key (never the key itself), "open" when the server runs without keys. */
    principal?: string;
  }
}

export interface KeyRing {
  readonly open: boolean;
  /** "key-<8 hex>" of the key in an Authorization header, undefined when it is missing or wrong. */
  identify(header: string | undefined): string | undefined;
}

const digest = (text: string) => createHash("sha256").update(text).digest();

export function createKeyRing(keys: readonly string[], open: boolean): KeyRing {
  // Hashing first gives equal-length buffers, so comparisons take the same time whatever the input.
  const known = keys.map((k) => ({ hash: digest(k), id: `key-${digest(k).toString("hex").slice(0, 8)}` }));
  return {
    open,
    identify(header) {
      const m = /^ApiKey\s+(\S+)\s*$/i.exec(header ?? "");
      if (!m?.[1]) return undefined;
      const hash = digest(m[1]);
      let found: string | undefined;
      for (const k of known) if (timingSafeEqual(k.hash, hash)) found = k.id;
      return found;
    },
  };
}

const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function isLoopback(host: string): boolean {
  if (LOOPBACK_NAMES.has(host)) return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

/**
 * Refuses settings that would expose an open API: no keys without `open`, `open` beside keys (one or
 * the other, said plainly), and `open` on anything but loopback.
 */
export function checkExposure(host: string, keys: readonly string[], open: boolean): void {
  if (open && keys.length) {
    throw new ValidationError("--open serves without API keys, but CHOKEPOINT_API_KEYS is set: unset it or drop --open");
  }
  if (!open && !keys.length) {
    throw new ValidationError(
      "no API keys: set CHOKEPOINT_API_KEYS=<key>[,<key>…] (8+ characters each), or run `chokepoint serve --open` on 127.0.0.1 for local use",
    );
  }
  if (open && !isLoopback(host)) {
    throw new ValidationError(`--open serves without API keys and binds only to a loopback address (127.0.0.1 or ::1), not '${host}'`);
  }
}

/** The rate limiter's bucket: the key's id, else the client address (so that guessing keys is limited too). */
export function rateKey(ring: KeyRing, request: FastifyRequest): string {
  return ring.identify(request.headers.authorization) ?? `ip-${request.ip}`;
}

/**
 * Adds the key check to every route of `app`: call it inside the plugin context that holds the API
 * routes, so that health checks, the OpenAPI document and the dashboard's files stay open.
 */
export function registerAuth(app: FastifyInstance, ring: KeyRing): void {
  // preValidation, not onRequest: the rate limiter (a route-level onRequest hook) must count requests
  // with bad keys too, and it runs after instance-level onRequest hooks. Validation errors still come
  // after the key check, so a client without a key learns nothing about the schemas.
  app.addHook("preValidation", async (request) => {
    if (ring.open) {
      request.principal = "open";
      return;
    }
    const header = request.headers.authorization;
    if (!header) throw new UnauthorizedError("missing API key: send the header 'Authorization: ApiKey <key>'");
    const id = ring.identify(header);
    if (!id) throw new UnauthorizedError("invalid API key");
    request.principal = id;
  });
}
