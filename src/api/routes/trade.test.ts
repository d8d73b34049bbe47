/** Trade endpoints over Eurostat's EU exports to Kyrgyzstan, Armenia and Kazakhstan, and Kyrgyzstan's imports by partner. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { seedStore } from "../../../e2e/seed.js";
import type { Store } from "../../store/store.js";
import { type ApiServer, createApiServer } from "../app.js";

const KEY = "trade-key-0123456789";
const auth = { authorization: `ApiKey ${KEY}` };
let store: Store;
let server: ApiServer;

before(async () => {
  store = await seedStore(":memory:", { lists: false, trade: true });
  server = await createApiServer({ store, apiKeys: [KEY], refreshMs: 0 });
});
after(async () => {
  await server.close();
  await store.close();
});

const get = (url: string) => server.app.inject({ url, headers: auth });

describe("trade endpoints", () => {
  it("GET /trade/imports lists the imported files", async () => {
    const { imports } = (await get("/trade/imports")).json();
    assert.deepEqual(imports.map((i: { fileName: string }) => i.fileName).sort(), [
      "comext_style_KG_imports_by_partner_annual.csv",
      "eurostat_eu_member_exports_to_AM_monthly.csv",
      "eurostat_eu_member_exports_to_KG_monthly.csv",
      "eurostat_eu_member_exports_to_KZ_monthly.csv",
    ]);
    assert.ok(imports.every((i: { rowCount: number; format: string }) => i.rowCount > 0 && i.format === "eurostat"));
    assert.ok(!("path" in imports[0]), "server paths stay on the server");
  });

  it("GET /trade/growth gives third-country growth against the 2019–2021 mean (EU27 → KG about +892%)", async () => {
    const res = await get("/trade/growth?reporter=EU27&partner=KG,Armenia,KAZ&period=2023&baseline=2019-2021");
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.currency, "EUR");
    assert.deepEqual(
      body.rows.map((r: { partner: string }) => r.partner),
      ["KG", "AM", "KZ"],
    );
    const pct = (p: string) => Math.round(100 * body.rows.find((r: { partner: string }) => r.partner === p).growth);
    assert.ok(Math.abs(pct("KG") - 892) <= 2, `KG ${pct("KG")}`);
    assert.ok(Math.abs(pct("AM") - 187) <= 2, `AM ${pct("AM")}`);
    assert.ok(Math.abs(pct("KZ") - 110) <= 2, `KZ ${pct("KZ")}`);
  });

  it("GET /trade/series gives monthly points per route", async () => {
    const res = await get("/trade/series?reporter=EU27&partner=KG,AM&freq=month&from=2021-01&to=2023-12");
    assert.equal(res.statusCode, 200, res.body);
    const { series, freq } = res.json();
    assert.equal(freq, "month");
    assert.equal(series.length, 2);
    const kg = series.find((s: { partner: string }) => s.partner === "KG");
    assert.equal(kg.points.length, 36);
    assert.equal(kg.points[0].period, "2021-01");
    assert.ok(kg.points.every((p: { value: number | null }) => p.value === null || p.value > 0));
  });

  it("GET /trade/mirror sets EU27-reported exports to KG against KG-reported imports from the EU27", async () => {
    const res = await get("/trade/mirror?exporter=EU27&importer=KG&freq=year&from=2019&to=2023");
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.currency, "EUR");
    assert.deepEqual(
      body.rows.map((r: { period: string }) => r.period),
      ["2019", "2020", "2021", "2022", "2023"],
    );
    const y2023 = body.rows.find((r: { period: string }) => r.period === "2023");
    assert.equal(Math.round(y2023.exports / 1e6), 2734);
    assert.equal(Math.round(y2023.imports / 1e6), 901);
    assert.ok(y2023.ratio > 0.3 && y2023.ratio < 0.35);
  });

  it("GET /trade/reexport gives KG's inflow from the EU27 and says when the outflow to RU is missing", async () => {
    const res = await get("/trade/reexport?via=KG&sources=EU27&destination=RU&freq=year&from=2019&to=2023");
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.intermediary, "KG");
    assert.equal(body.rows.length, 5);
    assert.ok(body.rows.every((r: { inflow: number | null; ratio: number | null }) => r.inflow !== null && r.ratio === null));
    assert.equal(body.rows[0].inflowBasis, "reported");
  });

  it("GET /trade/shares gives KG's imports by origin", async () => {
    const res = await get("/trade/shares?destination=KG&period=2022");
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.ok(body.rows.length > 3);
    assert.ok(body.rows.every((r: { share: number }) => r.share >= 0 && r.share <= 1));
  });

  it("GET /trade/flags says how many customs records it read (none here) and refuses unknown rules", async () => {
    const res = await get("/trade/flags");
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.records, 0);
    assert.deepEqual(body.flags, []);
    assert.ok(body.rules.length >= 5);
    const bad = await get("/trade/flags?rules=nope");
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().detail, /unknown red-flag rule/);
  });

  it("refuses unknown areas, bad periods and bad HS selections with 400", async () => {
    const cases: [string, RegExp][] = [
      ["/trade/growth?reporter=EU27&partner=Atlantis&period=2023", /partner: unknown country or area 'Atlantis'/],
      ["/trade/growth?reporter=EU27,DE&partner=KG&period=2023", /reporter takes one country or area/],
      ["/trade/growth?reporter=EU27&partner=KG&period=23", /querystring\/period must match pattern/],
      ["/trade/series?reporter=EU27&partner=KG&hs=tier:9", /unknown CHPL tier/],
      ["/trade/series?reporter=EU27&partner=KG&freq=week", /querystring\/freq must be equal to one of the allowed values/],
    ];
    for (const [url, detail] of cases) {
      const res = await get(url);
      assert.equal(res.statusCode, 400, url);
      assert.match(res.json().detail, detail, url);
    }
    assert.equal((await server.app.inject({ url: "/trade/imports" })).statusCode, 401);
  });
});
