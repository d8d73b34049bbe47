/**
 * What an outside probe found (issue 13, API): every error in the {"detail"} shape, also for URLs
 * the router cannot decode and requests Node's parser refuses; 405 with Allow for a wrong method;
 * unknown routes counted by the rate limiter; the dashboard's files outside the anonymous bucket;
 * /docs with the same security headers as the dashboard.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createSqliteStore } from "../store/sqlite/index.js";
import type { Store } from "../store/store.js";
import { type ApiServer, createApiServer } from "./app.js";
import { patternOf } from "./errors.js";

const KEY = "probe-key-0123456789";
let root: string;
let store: Store;

before(() => {
  root = mkdtempSync(join(tmpdir(), "chokepoint-http-"));
  mkdirSync(join(root, "dist", "assets"), { recursive: true });
  writeFileSync(join(root, "dist", "index.html"), "<!doctype html><title>t</title>");
  writeFileSync(join(root, "dist", "assets", "app-1.js"), "console.log(1)");
  store = createSqliteStore(":memory:");
});
after(async () => {
  await store.close();
  rmSync(root, { recursive: true, force: true });
});

async function server(rateLimitPerMinute = 1200): Promise<ApiServer> {
  return createApiServer({ store, apiKeys: [KEY], refreshMs: 0, webRoot: join(root, "dist"), rateLimitPerMinute });
}

/** Sends raw bytes to a listening server and returns the whole answer as text. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((ok, fail) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(request));
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString();
    });
    socket.on("error", (e: NodeJS.ErrnoException) => (e.code === "ECONNRESET" ? ok(text) : fail(e)));
    socket.on("close", () => ok(text));
  });
}

describe("error shape", () => {
  it("answers a malformed URL (/%ff) with 400 {detail}", async () => {
    const s = await server();
    for (const url of ["/%ff", "/entities/%ff%fe", "/sources?x=%ff"]) {
      const res = await s.app.inject({ url });
      assert.equal(res.statusCode, url.includes("?") ? 401 : 400, url);
      assert.deepEqual(Object.keys(res.json()), ["detail"], url);
    }
    assert.match((await s.app.inject({ url: "/%ff" })).json().detail, /malformed URL/);
    await s.close();
  });

  it("answers headers over 16 KiB with 431 {detail} and a malformed request with 400 {detail}", async () => {
    const s = await server();
    await s.app.listen({ host: "127.0.0.1", port: 0 });
    const port = (s.app.server.address() as { port: number }).port;
    const big = await raw(port, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`);
    assert.match(big, /^HTTP\/1\.1 431 /);
    assert.match(big, /content-type: application\/json/i);
    assert.deepEqual(JSON.parse(big.slice(big.indexOf("\r\n\r\n") + 4)), { detail: "request headers too large (at most 16 KiB)" });
    const bad = await raw(port, "NOT HTTP AT ALL\r\n\r\n");
    assert.match(bad, /^HTTP\/1\.1 400 /);
    assert.deepEqual(JSON.parse(bad.slice(bad.indexOf("\r\n\r\n") + 4)), { detail: "malformed HTTP request" });
    await s.close();
  });

  it("answers a wrong method on a known path with 405 and Allow, an unknown path with 404", async () => {
    const s = await server();
    const post = await s.app.inject({ method: "POST", url: "/sources", headers: { authorization: `ApiKey ${KEY}` } });
    assert.equal(post.statusCode, 405);
    assert.equal(post.headers.allow, "GET, HEAD");
    assert.match(post.json().detail, /method POST is not allowed on \/sources/);
    const del = await s.app.inject({ method: "DELETE", url: "/entities/us_ofac_sdn:1" });
    assert.equal(del.statusCode, 405);
    assert.equal(del.headers.allow, "GET, HEAD");
    const get = await s.app.inject({ method: "GET", url: "/match/default" });
    assert.equal(get.statusCode, 405);
    assert.equal(get.headers.allow, "POST");
    const none = await s.app.inject({ url: "/nope" });
    assert.equal(none.statusCode, 404);
    assert.deepEqual(none.json(), { detail: "no route GET /nope" });
    await s.close();
  });

  it("turns route patterns into anchored expressions", () => {
    assert.ok(patternOf("/entities/:id").test("/entities/us_ofac_sdn:1"));
    assert.ok(!patternOf("/entities/:id").test("/entities/a/b"));
    assert.ok(patternOf("/assets/*").test("/assets/x/y.js"));
    assert.ok(!patternOf("/screen/:job/report.csv").test("/screen/1/reportXcsv"));
  });
});

describe("rate limits", () => {
  it("counts unknown routes, but never the dashboard's own files", async () => {
    const s = await server(3);
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await s.app.inject({ url: `/probe-${i}` })).statusCode);
    assert.deepEqual(codes, [404, 404, 404, 429]);
    const limited = await s.app.inject({ url: "/probe-5" });
    assert.equal(limited.statusCode, 429);
    assert.match(limited.json().detail, /rate limit exceeded/);
    assert.ok(limited.headers["retry-after"]);
    // The same (anonymous) client still gets the dashboard.
    for (const url of ["/", "/assets/app-1.js", "/", "/"]) assert.equal((await s.app.inject({ url })).statusCode, 200, url);
    await s.close();
  });
});

describe("/docs", () => {
  it("has the dashboard's CSP, nosniff and referrer policy", async () => {
    const s = await server();
    for (const url of ["/docs", "/docs/static/index.html", "/docs/static/swagger-initializer.js", "/docs/static/index.css"]) {
      const res = await s.app.inject({ url });
      assert.ok(res.statusCode < 400, `${url}: ${res.statusCode}`);
      assert.match(res.headers["content-security-policy"] as string, /default-src 'self'/, url);
      assert.equal(res.headers["x-content-type-options"], "nosniff", url);
      assert.equal(res.headers["referrer-policy"], "no-referrer", url);
    }
    await s.close();
  });
});
