/**
 * The API in-process (fastify.inject) over a store seeded with real OFAC releases and the real
 * screening engine: the yente shape, auth, validation, errors, lists, entities and search.
 * Batch jobs, rate limits and trade are in their own files.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { seedStore } from "../../e2e/seed.js";
import type { Store } from "../store/store.js";
import { type ApiServer, createApiServer } from "./app.js";

const KEY = "test-key-0123456789";
const auth = { authorization: `ApiKey ${KEY}` };
const putin = { queries: { q1: { schema: "Person", properties: { name: ["Vladimir Putin"] } } } };

let store: Store;
let server: ApiServer;

before(async () => {
  store = await seedStore(":memory:");
  server = await createApiServer({ store, apiKeys: [KEY], refreshMs: 0 });
});
after(async () => {
  await server.close();
  await store.close();
});

describe("health", () => {
  it("healthz is open; readyz is 503 until the index is built, then 200 with what it holds", async () => {
    const health = await server.app.inject({ url: "/healthz" });
    assert.equal(health.statusCode, 200);
    assert.deepEqual({ ...(health.json() as object), version: "x" }, { status: "ok", version: "x", auth: "api-key" });
    const early = await server.app.inject({ url: "/readyz" });
    assert.equal(early.statusCode, 503);
    assert.match(early.json().detail, /being built/);
    await server.start();
    const ready = await server.app.inject({ url: "/readyz" });
    assert.equal(ready.statusCode, 200);
    const index = ready.json().index;
    assert.equal(index.state, "ready");
    assert.equal(index.algorithm, "name-v4");
    // The dashboard reads its default threshold from here rather than keeping its own.
    assert.equal(index.threshold, 0.65);
    assert.equal(index.entities, 14965);
    assert.deepEqual(
      index.releases.map((r: { releaseDate: string }) => r.releaseDate),
      ["2024-05-01"],
    );
  });
});

describe("POST /match/{dataset}", () => {
  it("finds Vladimir Putin as us_ofac_sdn:35096, first, with match true, in yente's shape", async () => {
    const res = await server.app.inject({ method: "POST", url: "/match/default", headers: auth, payload: putin });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.deepEqual(Object.keys(body).sort(), ["limit", "matcher", "responses"]);
    const r = body.responses.q1;
    assert.equal(r.status, 200);
    assert.deepEqual(r.query, putin.queries.q1);
    assert.deepEqual(Object.keys(r.total).sort(), ["relation", "value"]);
    const top = r.results[0];
    assert.equal(top.id, "us_ofac_sdn:35096");
    assert.equal(top.match, true);
    assert.equal(top.caption, "PUTIN, Vladimir Vladimirovich");
    assert.equal(top.schema, "Person");
    assert.deepEqual(top.datasets, ["us_ofac_sdn"]);
    assert.deepEqual(top.referents, []);
    assert.equal(top.matched_listing, "us_ofac_sdn:35096");
    assert.deepEqual(top.listings, [
      { id: "us_ofac_sdn:35096", source: "us_ofac_sdn", recordId: "35096", lists: ["SDN List"], releaseId: top.listings[0].releaseId },
    ]);
    assert.ok(top.score >= 0.9 && top.score <= 1);
    for (const field of ["id", "caption", "schema", "score", "match", "features", "datasets", "properties"]) assert.ok(field in top, field);
    assert.deepEqual(top.properties.birthDate, ["1952-10-07"]);
    assert.ok(top.properties.alias.includes("PUTIN, Vladimir"));
    assert.equal(typeof top.features.name, "number");
    assert.ok(top.explanation.pairs.some((p: { query: string; candidate: string }) => p.query === "putin" && p.candidate === "putin"));
    assert.equal(res.headers["x-batch-size"], "1");
    assert.ok(body.matcher.name.description.includes("name-v4"));
  });

  it("refuses the same request without a key, or with a wrong one (401, nothing about the data)", async () => {
    const none = await server.app.inject({ method: "POST", url: "/match/default", payload: putin });
    assert.equal(none.statusCode, 401);
    assert.match(none.json().detail, /Authorization: ApiKey/);
    assert.equal(none.headers["www-authenticate"], 'ApiKey realm="chokepoint"');
    const wrong = await server.app.inject({
      method: "POST",
      url: "/match/default",
      headers: { authorization: "ApiKey nope-nope-nope" },
      payload: putin,
    });
    assert.equal(wrong.statusCode, 401);
    assert.deepEqual(wrong.json(), { detail: "invalid API key" });
    const bearer = await server.app.inject({
      method: "POST",
      url: "/match/default",
      headers: { authorization: `Bearer ${KEY}` },
      payload: putin,
    });
    assert.equal(bearer.statusCode, 401);
  });

  it("matches across scripts and with name parts, and answers every key of a batch", async () => {
    const res = await server.app.inject({
      method: "POST",
      url: "/match/us_ofac_sdn",
      headers: auth,
      payload: {
        queries: {
          cyrillic: { schema: "Person", properties: { name: "Путин Владимир Владимирович", nationality: ["ru"] } },
          parts: { schema: "Person", properties: { firstName: ["Yevgeniy"], lastName: ["Prigozhin"] } },
          clean: { schema: "Company", properties: { name: ["Siemens Healthineers AG"], country: ["de"] } },
        },
      },
    });
    assert.equal(res.statusCode, 200);
    const { responses } = res.json();
    assert.equal(responses.cyrillic.results[0].id, "us_ofac_sdn:35096");
    assert.equal(responses.cyrillic.results[0].match, true);
    assert.ok("countryMatch" in responses.cyrillic.results[0].features);
    assert.equal(responses.parts.results[0].caption, "PRIGOZHIN, Yevgeniy Viktorovich");
    assert.deepEqual(responses.clean.results, []);
    assert.deepEqual(responses.clean.total, { value: 0, relation: "eq" });
  });

  it("returns results under the threshold down to the cutoff with match false, and says when the limit cut", async () => {
    const res = await server.app.inject({
      method: "POST",
      url: "/match/default?threshold=0.99&cutoff=0.5&limit=2",
      headers: auth,
      payload: { queries: { q: { schema: "Person", properties: { name: ["Prigozhin"] } } } },
    });
    assert.equal(res.statusCode, 200);
    const r = res.json().responses.q;
    assert.equal(r.results.length, 2);
    assert.ok(r.results.every((x: { match: boolean; score: number }) => x.match === x.score >= 0.99));
    assert.ok(r.results.some((x: { match: boolean }) => !x.match));
    assert.deepEqual(r.total, { value: 2, relation: "gte" });
    assert.equal(res.json().limit, 2);
  });

  it("gives clear 4xx errors for bad requests", async () => {
    const post = (url: string, payload: unknown, headers: Record<string, string> = auth) =>
      server.app.inject({
        method: "POST",
        url,
        headers: { ...headers, "content-type": "application/json" },
        payload: JSON.stringify(payload),
      });
    const cases: [Awaited<ReturnType<typeof post>>, number, RegExp][] = [
      [await post("/match/default", { queries: {} }), 400, /body\/queries must NOT have fewer than 1 properties/],
      [await post("/match/default", { nope: 1 }), 400, /queries/],
      [await post("/match/default?threshold=2", putin), 400, /querystring\/threshold must be <= 1/],
      [await post("/match/default?limit=0", putin), 400, /querystring\/limit/],
      [
        await post("/match/default", { queries: { a: { schema: "Spaceship", properties: { name: ["x y z"] } } } }),
        400,
        /queries\.a\.schema: unknown schema 'Spaceship'/,
      ],
      [await post("/match/default", { queries: { a: { schema: "Person", properties: { country: ["ru"] } } } }), 400, /queries\.a: no name/],
      [await post("/match/default", { queries: { a: { schema: "Person", properties: { name: ["xy"] } } } }), 400, /too short/],
      [await post("/match/eu_fsf", putin), 400, /source 'eu_fsf' is not loaded \(loaded: us_ofac_sdn\)/],
      [await post("/match/us_ofac_sdnx", putin), 400, /source 'us_ofac_sdnx' is not loaded \(loaded: us_ofac_sdn\)/],
      [await post("/match/default?include_dataset=us_ofac_sdm", putin), 400, /source 'us_ofac_sdm' is not loaded/],
      [await post("/match/us_ofac_sdn?exclude_dataset=us_ofac_sdn", putin), 400, /leaves no list to screen/],
      [await post("/match/default?algorithm=logic-v2", putin), 400, /not served here; use name-v4/],
      [await post("/match/default", { ...putin, config: { nope: 1 } }), 400, /invalid configuration parameter 'nope'/],
    ];
    for (const [res, status, detail] of cases) {
      assert.equal(res.statusCode, status, res.body);
      assert.match(res.json().detail, detail);
      assert.deepEqual(Object.keys(res.json()), ["detail"]);
    }
    const broken = await server.app.inject({
      method: "POST",
      url: "/match/default",
      headers: { ...auth, "content-type": "application/json" },
      payload: "{not json",
    });
    assert.equal(broken.statusCode, 400);
    assert.deepEqual(Object.keys(broken.json()), ["detail"]);
    const huge = await post("/match/default", { queries: { a: { schema: "Person", properties: { name: ["x".repeat(2_000_000)] } } } });
    assert.equal(huge.statusCode, 413);
    const text = await server.app.inject({
      method: "POST",
      url: "/match/default",
      headers: { ...auth, "content-type": "application/xml" },
      payload: "<q/>",
    });
    assert.equal(text.statusCode, 415);
  });
});

describe("entities, search, sources and changes", () => {
  it("GET /entities/{id} gives the entity with its history across both releases", async () => {
    const res = await server.app.inject({ url: "/entities/us_ofac_sdn:35096", headers: auth });
    assert.equal(res.statusCode, 200);
    const { entity, release, history } = res.json();
    assert.equal(entity.id, "us_ofac_sdn:35096");
    assert.ok(entity.names.some((n: { value: string; kind: string }) => n.kind === "aka" && n.value === "PUTIN, Vladimir"));
    assert.equal(release.releaseDate, "2024-05-01");
    assert.equal(history.firstSeen, "2024-04-02");
    assert.equal(history.current, true);
    // The 2024-04-02 release is a bare sdn.csv (a partial release): it does not carry the aliases and
    // addresses of alt.csv and add.csv, so the complete 2024-05-01 release changes nothing it holds.
    assert.deepEqual(
      history.events.map((e: { releaseDate: string }) => e.releaseDate),
      ["2024-04-02"],
    );
    const asOf = await server.app.inject({ url: "/entities/us_ofac_sdn:35096?asOf=2024-04-10", headers: auth });
    assert.equal(asOf.json().release.releaseDate, "2024-04-02");
    const missing = await server.app.inject({ url: "/entities/us_ofac_sdn:999999999", headers: auth });
    assert.equal(missing.statusCode, 404);
    assert.match(missing.json().detail, /no entity 'us_ofac_sdn:999999999'/);
    const bad = await server.app.inject({ url: "/entities/nocolon", headers: auth });
    assert.equal(bad.statusCode, 400);
    assert.equal((await server.app.inject({ url: "/entities/us_ofac_sdn:35096" })).statusCode, 401);
  });

  it("GET /search finds names in other scripts, best first", async () => {
    const res = await server.app.inject({ url: `/search?q=${encodeURIComponent("Пригожин Евгений")}&limit=3`, headers: auth });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.results[0].id, "us_ofac_sdn:21171");
    assert.ok(body.results.length <= 3);
    assert.deepEqual(
      body.results[0].listings.map((l: { id: string }) => l.id),
      ["us_ofac_sdn:21171"],
    );
    const unknown = await server.app.inject({ url: "/search?q=Putin&dataset=us_ofac_sdm", headers: auth });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json().detail, /source 'us_ofac_sdm' is not loaded \(loaded: us_ofac_sdn\)/);
    assert.ok(
      body.results.every((r: { score: number }, i: number, all: { score: number }[]) => i === 0 || (all[i - 1]?.score ?? 0) >= r.score),
    );
    assert.equal((await server.app.inject({ url: "/search?q=", headers: auth })).statusCode, 400);
  });

  it("GET /sources lists each source with its releases; the newest is the one indexed", async () => {
    const res = await server.app.inject({ url: "/sources", headers: auth });
    const sdn = res.json().sources.find((s: { key: string }) => s.key === "us_ofac_sdn");
    assert.equal(sdn.loaded, true);
    assert.equal(sdn.indexed, true);
    assert.equal(sdn.entityCount, 14965);
    assert.equal(sdn.latest.releaseDate, "2024-05-01");
    assert.deepEqual(
      sdn.releases.map((r: { releaseDate: string }) => r.releaseDate),
      ["2024-04-02", "2024-05-01"],
    );
    assert.ok(res.json().sources.some((s: { key: string; loaded: boolean }) => s.key === "un_sc_sanctions" && !s.loaded));
  });

  it("GET /changes lists the diff of each release after the date, and the first release of a source as initial", async () => {
    const recent = (await server.app.inject({ url: "/changes?since=2024-04-15&limit=5", headers: auth })).json();
    assert.equal(recent.releases.length, 1);
    const r = recent.releases[0];
    assert.equal(r.release.releaseDate, "2024-05-01");
    assert.equal(r.previous.releaseDate, "2024-04-02");
    assert.equal(r.initial, false);
    const total = r.counts.added + r.counts.removed + r.counts.changed;
    assert.ok(total > 0);
    assert.equal(r.changes.length, Math.min(5, total));
    // A few of each kind, not the first five additions.
    assert.deepEqual(
      r.changes.map((c: { change: string }) => c.change),
      ["added", "added", "removed", "removed", "changed"],
    );
    assert.equal(r.truncated, total > 5);
    const diff = await store.diffReleases(r.previous.id, r.release.id);
    assert.deepEqual(r.counts, { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length });
    const all = (await server.app.inject({ url: "/changes?since=2000-01-01", headers: auth })).json();
    assert.deepEqual(
      all.releases.map((x: { initial: boolean }) => x.initial),
      [false, true],
    );
    assert.equal((await server.app.inject({ url: "/changes?since=yesterday", headers: auth })).statusCode, 400);
  });
});

describe("OpenAPI and errors", () => {
  it("publishes an OpenAPI 3.1 document with the routes and the key scheme, and readable docs", async () => {
    const doc = (await server.app.inject({ url: "/openapi.json" })).json();
    assert.equal(doc.openapi, "3.1.0");
    for (const path of [
      "/match/{dataset}",
      "/entities/{id}",
      "/search",
      "/sources",
      "/changes",
      "/screen",
      "/screen/{job}",
      "/trade/series",
      "/trade/growth",
      "/healthz",
      "/readyz",
    ]) {
      assert.ok(doc.paths[path], path);
    }
    assert.deepEqual(doc.components.securitySchemes.ApiKey, {
      type: "apiKey",
      in: "header",
      name: "Authorization",
      description: "ApiKey <key>",
    });
    assert.deepEqual(doc.paths["/healthz"].get.security, []);
    const docs = await server.app.inject({ url: "/docs/" });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
  });

  it("answers an unexpected failure with a bare 500 and no stack trace or message", async () => {
    const failing = { ...store, listReleases: async () => Promise.reject(new Error("disk I/O error at /secret/path.db")) } as Store;
    const other = await createApiServer({ store: failing, apiKeys: [KEY], refreshMs: 0 });
    const res = await other.app.inject({ url: "/sources", headers: auth });
    assert.equal(res.statusCode, 500);
    assert.deepEqual(res.json(), { detail: "internal server error" });
    const unknown = await other.app.inject({ url: "/no/such/route", headers: auth });
    assert.equal(unknown.statusCode, 404);
    await other.close();
  });
});
