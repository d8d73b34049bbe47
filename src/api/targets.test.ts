/**
 * Targets through the API: the 2024-05 SDN set and the CSL 2022-04 excerpt loaded together, where
 * BANCO VTB AFRICA SA (OFAC 18725) is one SDN record and three CSL rows (CAP, SDN, SSI).
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { seedStore } from "../../e2e/seed.js";
import { importRelease } from "../lists/import-release.js";
import type { Store } from "../store/store.js";
import { type ApiServer, createApiServer } from "./app.js";

const KEY = "targets-key-0123456789";
const auth = { authorization: `ApiKey ${KEY}`, "content-type": "application/json" };
const CSL = fileURLToPath(new URL("../sources/us_trade_csl/fixtures/consolidated-2022-04-excerpt.csv", import.meta.url));
const CSL_ROWS = ["us_trade_csl:CAP-18725", "us_trade_csl:SDN-18725", "us_trade_csl:SSI-18725"];
const vtb = { queries: { q: { schema: "Company", properties: { name: ["Banco VTB Africa"] } } } };

let store: Store;
let server: ApiServer;

before(async () => {
  store = await seedStore(":memory:", { history: false });
  await importRelease({ source: "us_trade_csl", path: CSL, date: "2022-04-01" }, { store });
  server = await createApiServer({ store, apiKeys: [KEY], refreshMs: 0 });
  await server.start();
});
after(async () => {
  await server.close();
  await store.close();
});

async function match(url: string, payload: unknown = vtb) {
  const res = await server.app.inject({ method: "POST", url, headers: auth, payload: JSON.stringify(payload) });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().responses.q.results as {
    id: string;
    datasets: string[];
    referents: string[];
    matched_listing: string;
    properties: Record<string, string[]>;
  }[];
}

describe("/match over targets", () => {
  it("gives one result per designation with all its datasets and its other listings as referents", async () => {
    const results = await match("/match/default");
    const ids = results.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    const [top] = results;
    assert.equal(top?.id, "us_ofac_sdn:18725");
    assert.deepEqual(top?.datasets, ["us_ofac_sdn", "us_trade_csl"]);
    assert.deepEqual(top?.referents, CSL_ROWS);
    // Properties of every listing, merged: the CSL rows' list URL and the SDN record's names.
    assert.ok(top?.properties.sourceListUrl?.length);
    assert.ok(top?.properties.name?.includes("BANCO VTB AFRICA SA"));
  });

  it("keeps the target id on one dataset, and excludes a target by any listing's id", async () => {
    const [csl] = await match("/match/us_trade_csl");
    assert.equal(csl?.id, "us_ofac_sdn:18725");
    assert.deepEqual(csl?.datasets, ["us_trade_csl"]);
    assert.deepEqual(csl?.referents, CSL_ROWS);
    const excluded = await match("/match/default?exclude_entity_ids=us_trade_csl:SSI-18725");
    assert.ok(!excluded.some((r) => r.id === "us_ofac_sdn:18725"));
  });

  it("lists a target's listings in search results", async () => {
    const res = await server.app.inject({ url: "/search?q=Banco%20VTB%20Africa&limit=1", headers: auth });
    const [top] = res.json().results;
    assert.equal(top.id, "us_ofac_sdn:18725");
    assert.deepEqual(
      top.listings.map((l: { id: string }) => l.id),
      ["us_ofac_sdn:18725", ...CSL_ROWS],
    );
  });
});
