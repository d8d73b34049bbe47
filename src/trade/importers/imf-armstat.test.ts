import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sharedData } from "../../../test/data.js";
import { parseHsSelection } from "../analysis/hs-selection.js";
import { series } from "../analysis/series.js";
import { shares } from "../analysis/shares.js";
import { importTradeFile } from "../import.js";
import { memoryStore, scratchFile } from "./test-helpers.js";

const TOTAL = parseHsSelection("TOTAL");

describe("imf importer on the shared IMTS file", async () => {
  const store = memoryStore();
  const r = await importTradeFile(store, "imf", sharedData("trade", "imf_imts_RU_by_partner_annual_2016_2024.csv"));
  const rows = await store.queryFlows({});

  it("gives China–Russia trade 2021 → 2023 as the file does (USD millions scaled to USD)", () => {
    const s = series(rows, { reporters: ["RU"], partners: ["CN"], flow: "import", hs: TOTAL, freq: "year", from: "2021", to: "2023" });
    const x = series(rows, { reporters: ["RU"], partners: ["CN"], flow: "export", hs: TOTAL, freq: "year", from: "2021", to: "2023" });
    const t = series(rows, { reporters: ["RU"], partners: ["CN"], flow: "total", hs: TOTAL, freq: "year", from: "2021", to: "2023" });
    const m = (v: number | null | undefined) => Math.round((v ?? Number.NaN) / 1e5) / 10; // millions, one decimal
    assert.deepEqual(
      s.series[0]?.points.map((p) => m(p.value)),
      [72685.7, 82007.5, 119833.6],
    );
    assert.deepEqual(
      x.series[0]?.points.map((p) => m(p.value)),
      [68422.7, 98004.8, 111455.3],
    );
    assert.deepEqual(
      t.series[0]?.points.map((p) => m(p.value)),
      [141108.4, 180012.3, 231288.9],
    );
    const delta = (t.series[0]?.points[2]?.value ?? 0) - (t.series[0]?.points[0]?.value ?? 0);
    assert.equal(Math.round(delta / 1e8) / 10, 90.2, "+90.2bn");
    assert.equal(s.currency, "USD");
  });

  it("keeps World and EU group rows, skips other IMF groups by name", () => {
    assert.ok(rows.some((x) => x.partner === "WORLD"));
    assert.ok(rows.some((x) => x.partner === "EU"));
    assert.equal(r.skipped.reasons.find((x) => x.reason.includes("regional group"))?.count, 44);
    const sh = shares(rows, { destination: "RU", period: "2023", hs: TOTAL, basis: "reported" });
    assert.equal(sh.rows[0]?.origin, "CN");
    assert.equal(sh.totalFrom, "world row");
    assert.equal(Math.round((sh.rows[0]?.share ?? 0) * 1000) / 10, 45.2);
    assert.ok(!sh.rows.some((x) => x.origin === "EU"), "the EU group row is dropped: its members are there");
  });

  it("refuses a scale that is not a power of ten", async () => {
    const bad = scratchFile(
      "imf-bad.csv",
      '"COUNTRY.ID","INDICATOR.ID","COUNTERPART_COUNTRY.ID","COUNTERPART_COUNTRY","SCALE.ID","2021"\n"RUS","MG_CIF_USD","CHN","China","M","5"\n',
    );
    await assert.rejects(importTradeFile(memoryStore(), "imf", bad), /imf-bad\.csv line 2, field 'SCALE\.ID'/);
  });
});

describe("armstat importer on the shared file", async () => {
  const store = memoryStore();
  const r = await importTradeFile(store, "armstat", sharedData("trade", "armstat_AM_trade_by_country_monthly.csv"));
  const rows = await store.queryFlows({});

  it("reads months and years in thousands of USD, '-' as nil, and skips year-to-date annual rows", () => {
    const ru2022 = rows.find((x) => x.partner === "RU" && x.flow === "export" && x.period === "2022");
    assert.equal(ru2022?.value, 2410962100);
    assert.equal(ru2022?.currency, "USD");
    assert.ok(!rows.some((x) => x.period === "2023"), "2023 has January only: its Year rows are year-to-date");
    assert.ok(rows.some((x) => x.period === "2023-01"));
    const ytd = r.skipped.reasons.find((x) => x.reason.startsWith("annual row of a year with 1 month"));
    assert.equal(ytd?.count, 138);
    assert.ok(
      rows.some((x) => x.value === 0),
      "'-' is Armstat's nil",
    );
  });

  it("takes imports by origin by default and by consignment when asked", async () => {
    const path = scratchFile("armstat.csv", "country,export,import_consigment,import_origin,timeperiod,year\n\nChina,1.5,2.5,3.5,1,2022\n");
    const origin = memoryStore();
    await importTradeFile(origin, "armstat", path);
    assert.equal((await origin.queryFlows({ flow: "import" }))[0]?.value, 3500);
    const consignment = memoryStore();
    await importTradeFile(consignment, "armstat", path, { basis: "consignment" });
    assert.equal((await consignment.queryFlows({ flow: "import" }))[0]?.value, 2500);
  });
});
