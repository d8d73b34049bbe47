import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { importTradeFile } from "../import.js";
import { memoryStore } from "../importers/test-helpers.js";
import { beforeAfter } from "./before-after.js";
import { comtradeFixtureRows } from "./fixture-rows.js";
import { parseHsSelection } from "./hs-selection.js";
import { mirror } from "./mirror.js";
import { reexport } from "./reexport.js";
import { aggregateByTier } from "./tiers.js";

const CHPL = parseHsSelection("CHPL");

describe("mirror, re-export and before/after on the Comtrade fixtures", async () => {
  const rows = await comtradeFixtureRows();

  it("mirror gap: exporter-reported against importer-reported, month by month, gaps kept", () => {
    const m = mirror(rows, {
      exporter: "DE",
      importer: "KZ",
      hs: parseHsSelection("854231"),
      freq: "month",
      from: "2021-01",
      to: "2021-04",
    });
    assert.deepEqual(
      m.rows.map((r) => [r.period, r.exports, r.imports, r.gap]),
      [
        ["2021-01", 90, 100, 10],
        ["2021-02", 90, 100, 10],
        ["2021-03", null, null, null],
        ["2021-04", 90, 100, 10],
      ],
    );
    assert.equal(m.rows[0]?.ratio, 100 / 90);
    const none = mirror(rows, { exporter: "KG", importer: "RU", hs: CHPL, freq: "year" });
    assert.ok(none.notes.includes("no imports reported by RU from KG"));
    assert.equal(none.rows.at(-1)?.ratio, null);
  });

  it("re-export ratio: the intermediary's own figures first, the mirror when they are missing", () => {
    const r = reexport(rows, {
      intermediary: "KZ",
      sources: ["DE"],
      destination: "RU",
      hs: CHPL,
      freq: "month",
      from: "2022-01",
      to: "2022-03",
    });
    assert.deepEqual(
      r.rows.map((x) => [x.period, x.inflow, x.inflowBasis, x.outflow, x.outflowBasis]),
      [
        ["2022-01", 300, "reported", 250, "reported"],
        ["2022-02", 340, "reported", 285, "reported"],
        ["2022-03", 300, "reported", 250, "reported"],
      ],
    );
    assert.equal(r.rows[1]?.ratio, 285 / 340);
    const withoutKzImports = rows.filter((x) => !(x.reporter === "KZ" && x.flow === "import"));
    const m = reexport(withoutKzImports, {
      intermediary: "KZ",
      sources: ["DE"],
      destination: "RU",
      hs: CHPL,
      freq: "month",
      from: "2022-01",
      to: "2022-01",
    });
    assert.deepEqual([m.rows[0]?.inflow, m.rows[0]?.inflowBasis, m.rows[0]?.ratio], [280, "mirror", 250 / 280]);
    const year = reexport(rows, {
      intermediary: "KZ",
      sources: ["DE"],
      destination: "RU",
      hs: CHPL,
      freq: "year",
      from: "2021",
      to: "2021",
    });
    assert.deepEqual(year.rows[0]?.months, { inflow: 3, outflow: 1 });
  });

  it("before/after a date by month, the month of the date left out, months without data counted", () => {
    const b = beforeAfter(rows, { reporter: "KZ", partner: "DE", flow: "import", hs: CHPL, date: "2021-06-15", window: 12 });
    assert.equal(b.unit, "month");
    assert.deepEqual([b.before.from, b.before.to, b.before.withData, b.before.total], ["2020-06", "2021-05", 3, 340]);
    assert.deepEqual([b.after.from, b.after.to, b.after.withData, b.after.total], ["2021-07", "2022-06", 3, 940]);
    assert.equal(b.change, 940 / 3 / (340 / 3) - 1);
    assert.ok(b.notes.includes("2021-06 (the month of 2021-06-15) is left out of both windows"));
  });

  it("before/after with annual data compares whole years; a zero before gives no change", () => {
    const b = beforeAfter(rows, { reporter: "KG", partner: "RU", flow: "export", hs: CHPL, date: "2022-02-24" });
    assert.equal(b.unit, "year");
    assert.deepEqual([b.before.from, b.after.from, b.before.total, b.after.total, b.change], ["2021", "2023", 0, 500, null]);
    const wide = beforeAfter(rows, { reporter: "KG", partner: "RU", flow: "export", hs: CHPL, date: "2022-02-24", window: 24 });
    assert.deepEqual([wide.before.mean, wide.after.mean, wide.change], [0, 500, null]);
    assert.ok(wide.notes.includes("nothing flowed before the date: change is undefined"));
    assert.throws(() => beforeAfter(rows, { reporter: "KG", partner: "RU", flow: "export", hs: CHPL, date: "24.02.2022" }), /YYYY-MM-DD/);
  });
});

describe("HS selections", () => {
  it("parses TOTAL, CHPL, tiers and codes and refuses nonsense", () => {
    assert.equal(parseHsSelection(undefined).total, true);
    assert.equal(parseHsSelection("chpl").targets.length, 50);
    assert.equal(parseHsSelection("tier:1").targets.length, 4);
    assert.equal(parseHsSelection("T3").targets.length, 25);
    assert.equal(parseHsSelection("tier4.b").label, "tier:4.B");
    assert.deepEqual(parseHsSelection("8542.31, 8548").targets, ["854231", "8548"]);
    assert.throws(() => parseHsSelection("tier:9"), /unknown CHPL tier/);
    assert.throws(() => parseHsSelection("chips"), /not an HS code: 'chips'/);
  });
});

describe("customs value by month x partner x tier", () => {
  it("reads HS2017 codes through the correspondence and keeps partial ones out unless asked", async () => {
    const store = memoryStore();
    await importTradeFile(store, "customs", new URL("../flags/fixtures/customs-records.csv", import.meta.url).pathname);
    const rollup = await store.customsRollup({});
    const tiers = aggregateByTier(rollup);
    const at = (month: string, partner: string) =>
      tiers.filter((t) => t.month === month && t.partner === partner).map((t) => [t.tier, t.value]);
    assert.deepEqual(at("2023-03", "AM"), [["2", 120000]]);
    assert.deepEqual(at("2021-04", "CN"), [["3.B", 20000]], "HS2017 880330 → 880730, tier 3.B");
    assert.deepEqual(at("2021-06", "CN"), [["none", 3000]], "HS2017 854140 is only partly CHPL 854149");
    assert.deepEqual(
      aggregateByTier(rollup, { includePartial: true })
        .filter((t) => t.month === "2021-06" && t.partner === "CN")
        .map((t) => t.tier),
      ["3.A"],
    );
    const total = tiers.reduce((s, t) => s + t.value, 0);
    assert.equal(
      total,
      rollup.reduce((s, r) => s + r.value, 0),
      "every euro lands in exactly one tier",
    );
  });
});
