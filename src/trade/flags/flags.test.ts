import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CustomsRecord } from "../../store/trade-store.js";
import { importTradeFile } from "../import.js";
import { memoryStore } from "../importers/test-helpers.js";
import { FLAG_RULES, redFlags } from "./index.js";
import { chplOf, DEFAULT_FLAG_OPTIONS, firmKey } from "./types.js";

const fixture = new URL("./fixtures/customs-records.csv", import.meta.url).pathname;

describe("red flags on the hand-made customs records", async () => {
  const store = memoryStore();
  await importTradeFile(store, "customs", fixture);
  const records = await store.queryCustoms({});
  const flags = redFlags(records);
  const by = (rule: string) => flags.filter((f) => f.rule === rule);

  it("new importer since 2022-02-24: firms first seen after the invasion that receive CHPL goods", () => {
    const f = by("new-importer-since-cutoff");
    assert.deepEqual(
      f.map((x) => x.firm),
      ["Beta Electronics", "Sigma Parts LLC"],
    );
    assert.deepEqual(f[0]?.evidence, {
      firstSeen: "2022-05-03",
      cutoff: "2022-02-24",
      dataStart: "2021-01-05",
      records: 2,
      chplRecords: 2,
      chplValue: { EUR: 105000 },
      chplCodes: ["851762", "854231"],
      tiers: ["1", "2"],
    });
    assert.deepEqual(
      f[0]?.records.map((r) => r.sourceRow),
      [16, 17],
    );
    const afterOnly = records.filter((r) => r.date >= "2022-02-24");
    assert.deepEqual(redFlags(afterOnly, {}, ["new-importer-since-cutoff"]), [], "no judgement when the data start after the cutoff");
  });

  it("new to CHPL: an established firm whose first CHPL goods come after the cutoff", () => {
    const f = by("new-to-chpl");
    assert.deepEqual(
      f.map((x) => x.firm),
      ["Alpha Trading LLC", "Delta Machinery AS"],
    );
    assert.deepEqual([f[0]?.evidence.recordsBefore, f[0]?.evidence.firstChpl, f[0]?.evidence.chplCodes], [12, "2022-06-10", ["854231"]]);
    assert.deepEqual(f[1]?.evidence.chplCodes, ["845710"]);
  });

  it("CHPL spike: a month far above the firm's trailing mean; a zero baseline is not a spike", () => {
    const f = by("chpl-spike");
    assert.deepEqual(
      f.map((x) => [x.firm, x.evidence.month, x.evidence.trailingMean, x.evidence.ratio]),
      [["Gamma Components CJSC", "2023-03", 10000, 12]],
    );
    assert.ok(
      !f.some((x) => x.firm === "Delta Machinery AS" || x.firm === "Alpha Trading LLC"),
      "first CHPL goods ever: new-to-chpl, not a spike",
    );
    assert.deepEqual(redFlags(records, { spikeFactor: 13 }, ["chpl-spike"]), []);
  });

  it("consignee in a transshipment country, goods bound for Russia or Belarus", () => {
    const f = by("transshipment-consignee");
    assert.deepEqual(
      f.map((x) => x.firm),
      ["Beta Electronics", "Harbour Link Ltd"],
    );
    assert.deepEqual(f[0]?.evidence.consigneeCountries, [{ code: "KG", namedIn: "FIN-2022-Alert003" }]);
    assert.deepEqual(f[1]?.evidence.consigneeCountries, [{ code: "HK", namedIn: "Tri-Seal 2023-03-02" }]);
    assert.deepEqual(f[1]?.evidence.destinations, ["BY"]);
    assert.equal(f[1]?.evidence.chplRecords, 0, "flagged for the route even without CHPL goods");
  });

  it("unit price far from the HS code's median, above and below", () => {
    const f = by("unit-price-outlier");
    assert.deepEqual(
      f.map((x) => [x.firm, x.evidence.unitPrice, Math.round((x.evidence.ratio as number) * 100) / 100]),
      [
        ["Sigma Parts LLC", 500, 49.5],
        ["Sigma Parts LLC", 0.5, 0.05],
      ],
    );
    assert.equal(f[0]?.evidence.median, 10.1);
    assert.equal(f[0]?.evidence.records, 8);
    assert.deepEqual(redFlags(records, { priceMinRecords: 9 }, ["unit-price-outlier"]), []);
  });

  it("reads HS2017 records through the correspondence", () => {
    const epsilon = records.filter((r) => r.consignee === "Epsilon Aero Ltd");
    assert.deepEqual(
      epsilon.map((r) => [r.hs, chplOf(r)?.entry.hs6, chplOf(r)?.share]),
      [
        ["88033000", "880730", "full"],
        ["85414090", "854149", "partial"],
      ],
    );
    assert.ok(!flags.some((f) => f.firm === "Epsilon Aero Ltd"));
    assert.ok(!flags.some((f) => f.firm === "Omega Bearings OOO"));
  });

  it("takes another party as the firm, and refuses unknown rules", () => {
    const byConsignor = redFlags(records, { party: "consignor" }, ["new-importer-since-cutoff"]);
    assert.deepEqual(byConsignor, [], "consignors were all trading before the cutoff");
    assert.throws(() => redFlags(records, {}, ["nope"]), /unknown red-flag rule\(s\) nope/);
    assert.equal(FLAG_RULES.length, 5);
    assert.equal(DEFAULT_FLAG_OPTIONS.cutoff, "2022-02-24");
  });

  it("takes differently spelt names of one firm as one firm", () => {
    const respelt = records.map(
      (r): CustomsRecord => (r.consignee === "Alpha Trading LLC" && r.date > "2021-06" ? { ...r, consignee: " ALPHA  trading «LLC»" } : r),
    );
    const f = redFlags(respelt, {}, ["new-to-chpl"]).map((x) => x.firm);
    assert.deepEqual(f, ["Alpha Trading LLC", "Delta Machinery AS"]);
    assert.equal(firmKey(" OOO  «Vektor-K» "), "OOO VEKTOR-K");
  });

  it("never adds values in different currencies", () => {
    const usd = records.map(
      (r): CustomsRecord => (r.consignee === "Beta Electronics" && r.hs.startsWith("8517") ? { ...r, currency: "USD" } : r),
    );
    const f = redFlags(usd, {}, ["new-importer-since-cutoff"]).find((x) => x.firm === "Beta Electronics");
    assert.deepEqual(f?.evidence.chplValue, { EUR: 75000, USD: 30000 });
  });
});
