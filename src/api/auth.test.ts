/** API keys, the open-mode guard and per-key rate limits. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createSqliteStore } from "../store/sqlite/index.js";
import { createApiServer } from "./app.js";
import { checkExposure, createKeyRing, isLoopback } from "./auth.js";

describe("key ring", () => {
  const ring = createKeyRing(["alpha-key-123", "beta-key-4567"], false);
  it("knows its keys by an id that does not reveal them", () => {
    const a = ring.identify("ApiKey alpha-key-123");
    assert.match(a ?? "", /^key-[0-9a-f]{8}$/);
    assert.ok(!a?.includes("alpha"));
    assert.notEqual(a, ring.identify("ApiKey beta-key-4567"));
    assert.equal(ring.identify("apikey alpha-key-123"), a, "the scheme is case-insensitive like HTTP's");
  });
  it("refuses missing, wrong, prefixed and differently-schemed keys", () => {
    for (const h of [
      undefined,
      "",
      "ApiKey",
      "ApiKey alpha-key-12",
      "ApiKey alpha-key-1234",
      "Bearer alpha-key-123",
      "ApiKey alpha-key-123 extra",
    ]) {
      assert.equal(ring.identify(h), undefined, String(h));
    }
  });
});

describe("checkExposure", () => {
  it("needs keys unless --open, and --open only on loopback", () => {
    assert.doesNotThrow(() => checkExposure("0.0.0.0", ["k-12345678"], false));
    assert.doesNotThrow(() => checkExposure("127.0.0.1", [], true));
    assert.doesNotThrow(() => checkExposure("::1", [], true));
    assert.throws(() => checkExposure("127.0.0.1", [], false), /no API keys: set CHOKEPOINT_API_KEYS/);
    assert.throws(() => checkExposure("0.0.0.0", [], true), /loopback/);
    assert.throws(() => checkExposure("192.168.1.5", [], true), /loopback/);
    assert.throws(() => checkExposure("127.0.0.1", ["k-12345678"], true), /CHOKEPOINT_API_KEYS is set/);
  });
  it("treats 127.0.0.0/8, ::1 and localhost as loopback, nothing else", () => {
    for (const h of ["127.0.0.1", "127.1.2.3", "::1", "localhost"]) assert.ok(isLoopback(h), h);
    for (const h of ["0.0.0.0", "::", "10.0.0.1", "example.org", "127.0.0.1.example.org"]) assert.ok(!isLoopback(h), h);
  });
});

describe("rate limits and open mode", () => {
  it("limits requests per key (429 with a retry hint), keeps keys apart, and never limits health checks", async () => {
    const store = createSqliteStore(":memory:");
    const server = await createApiServer({ store, apiKeys: ["alpha-key-123", "beta-key-4567"], rateLimitPerMinute: 3, refreshMs: 0 });
    const get = (key: string) => server.app.inject({ url: "/sources", headers: { authorization: `ApiKey ${key}` } });
    for (let i = 0; i < 3; i++) assert.equal((await get("alpha-key-123")).statusCode, 200);
    const limited = await get("alpha-key-123");
    assert.equal(limited.statusCode, 429);
    assert.match(limited.json().detail, /rate limit exceeded: 3 requests per minute/);
    assert.ok(Number(limited.headers["retry-after"]) > 0);
    assert.equal((await get("beta-key-4567")).statusCode, 200, "another key has its own budget");
    for (let i = 0; i < 5; i++) assert.equal((await server.app.inject({ url: "/healthz" })).statusCode, 200);
    // Guessing keys is limited too: requests without a valid key count against the client address.
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(`guess-${i}-0000`)).statusCode);
    assert.deepEqual(statuses, [401, 401, 401, 429, 429]);
    await server.close();
    await store.close();
  });

  it("serves without keys in open mode and says so in /healthz", async () => {
    const store = createSqliteStore(":memory:");
    const server = await createApiServer({ store, apiKeys: [], open: true, refreshMs: 0 });
    assert.equal((await server.app.inject({ url: "/sources" })).statusCode, 200);
    assert.equal((await server.app.inject({ url: "/healthz" })).json().auth, "open");
    await server.start();
    const ready = await server.app.inject({ url: "/readyz" });
    assert.equal(ready.statusCode, 503);
    assert.match(ready.json().detail, /no lists loaded/);
    await server.close();
    await store.close();
  });
});
