import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { sharedData } from "../../../test/data.js";
import { ParseError } from "../../errors.js";
import { growth } from "../analysis/growth.js";
import { parseHsSelection } from "../analysis/hs-selection.js";
import { series } from "../analysis/series.js";
import { shares } from "../analysis/shares.js";
import { importTradeFile } from "../import.js";
import { parseComextPeriod } from "./eurostat.js";
import { memoryStore, scratchFile } from "./test-helpers.js";

const TOTAL = parseHsSelection("TOTAL");
const PARTNERS = ["KG", "AM", "KZ", "UZ", "GE", "RU"];

describe("eurostat importer on the shared Comext extracts", async () => {
  const store = memoryStore();
  const monthly = await Promise.all(
    PARTNERS.map((p) => importTradeFile(store, "eurostat", sharedData("trade", `eurostat_eu_member_exports_to_${p}_monthly.csv`))),
  );
  const annual = await importTradeFile(store, "eurostat", sharedData("trade", "eurostat_eu27_exports_by_partner_annual.csv"));
  const rows = await store.queryFlows({});

  it("imports every monthly row and reports what the annual file skips", () => {
    assert.deepEqual(
      monthly.map((m) => [m.import.rowCount, m.skipped.total]),
      [1988, 2048, 2089, 2032, 2100, 2101].map((n) => [n, 0]),
    );
    assert.equal(annual.import.rowCount, 3276);
    const reasons = Object.fromEntries(annual.skipped.reasons.map((r) => [r.reason, r.count]));
    assert.equal(reasons["partner is a residual group, not a country"], 101);
    assert.equal(reasons["unknown partner name"], 30, "French labels of small territories in the 2016 block");
  });

  it("reproduces EU27 exports in 2023 against the 2019–2021 mean", () => {
    const g = growth(rows, {
      reporter: "EU27",
      partners: PARTNERS,
      flow: "export",
      period: "2023",
      baseline: { from: "2019", to: "2021" },
      hs: TOTAL,
    });
    const pct = Object.fromEntries(g.rows.map((r) => [r.partner, Math.round((r.growth ?? Number.NaN) * 1000) / 10]));
    assert.deepEqual(pct, { KG: 891.5, AM: 187, KZ: 109.8, UZ: 86.2, GE: 92.6, RU: -55.2 });
    const kg = g.rows.find((r) => r.partner === "KG");
    assert.equal(kg?.value, 2733762752, "2023 is the annual row");
    assert.deepEqual(kg?.notes, []);
  });

  it("gives the same growth from the monthly rows alone (12 months a year)", () => {
    const monthlyOnly = rows.filter((r) => r.period.length === 7);
    const g = growth(monthlyOnly, {
      reporter: "EU27",
      partners: ["KG", "RU"],
      flow: "export",
      period: "2023",
      baseline: { from: "2019", to: "2021" },
      hs: TOTAL,
    });
    assert.deepEqual(
      g.rows.map((r) => Math.round((r.growth ?? 0) * 1000) / 10),
      [891.5, -55.2],
    );
  });

  it("never adds EU27 to its members: a breakdown by exporter totals the EU27 row", () => {
    const s = shares(rows, { destination: "KG", period: "2023", hs: TOTAL, basis: "mirror" });
    assert.ok(!s.rows.some((r) => ["EU27", "EU", "EA", "EA20"].includes(r.origin)));
    assert.equal(s.rows.length, 27);
    assert.ok(Math.abs(s.total - 2733762752) / 2733762752 < 0.001, `members sum ${s.total}`);
    assert.ok(s.notes.some((n) => /aggregate row\(s\).*left out/.test(n)));
    const de = series(rows, { reporters: ["DE"], partners: ["KG"], flow: "export", hs: TOTAL, freq: "year", from: "2023", to: "2023" });
    assert.equal(de.series[0]?.points[0]?.value, s.rows.find((r) => r.origin === "DE")?.value);
  });

  it("reads Comext period labels", () => {
    assert.equal(parseComextPeriod("Aug. 2024"), "2024-08");
    assert.equal(parseComextPeriod("201952-Jan.-Dec. 2019"), "2019");
    assert.equal(parseComextPeriod("Jan.-Dec. 2016"), "2016");
    assert.equal(parseComextPeriod("Y2021"), "2021");
    assert.equal(parseComextPeriod("202303"), "2023-03");
    assert.equal(parseComextPeriod("Jan.-Jun. 2024"), undefined);
  });
});

const HEADER = "REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR\n";

describe("eurostat importer on bad input", () => {
  it("skips ':' values and reads '1 234,5', reporting the skips", async () => {
    const store = memoryStore();
    const path = scratchFile(
      "colon.csv",
      `${HEADER}Germany,Kyrgyzstan,Total,EXPORT,Total,Jan. 2023,:\nFrance,Kyrgyzstan,Total,EXPORT,Total,Jan. 2023,"1 234,5"\n`,
    );
    const r = await importTradeFile(store, "eurostat", path);
    assert.equal(r.import.rowCount, 1);
    assert.deepEqual(r.skipped.reasons, [
      { reason: "value not available (':' or empty)", count: 1, examples: [{ row: 2, field: "VALUE_IN_EUR", value: ":" }] },
    ]);
    assert.equal((await store.queryFlows({ reporters: ["FR"] }))[0]?.value, 1234.5);
  });

  it("refuses unknown columns and missing ones, naming them", async () => {
    const store = memoryStore();
    const extra = scratchFile("extra.csv", HEADER.replace("\n", ",COLOUR\n"));
    await assert.rejects(importTradeFile(store, "eurostat", extra), /extra\.csv line 1, field 'COLOUR': unknown column\(s\) 'COLOUR'/);
    const ok = await importTradeFile(store, "eurostat", extra, { allowExtraColumns: true });
    assert.equal(ok.import.rowCount, 0);
    const missing = scratchFile("missing.csv", "REPORTER,PARTNER\n");
    await assert.rejects(importTradeFile(store, "eurostat", missing), /missing column\(s\) 'PRODUCT'/);
  });

  it("skips unknown country names with a report, or fails on them with --strict", async () => {
    const path = scratchFile(
      "atlantis.csv",
      `${HEADER}Germany,Kyrgyzstan,Total,EXPORT,Total,Jan. 2023,5\nGermany,Atlantis,Total,EXPORT,Total,Jan. 2023,7\n`,
    );
    const r = await importTradeFile(memoryStore(), "eurostat", path);
    assert.equal(r.import.rowCount, 1);
    assert.deepEqual(r.skipped.reasons[0], {
      reason: "unknown partner name",
      count: 1,
      examples: [{ row: 3, field: "PARTNER", value: "Atlantis" }],
    });
    await assert.rejects(importTradeFile(memoryStore(), "eurostat", path, { strict: true }), (e: unknown) => {
      assert.ok(e instanceof ParseError);
      assert.equal(e.message, "eurostat atlantis.csv line 3, field 'PARTNER': unknown country or area 'Atlantis'");
      return true;
    });
  });

  it("leaves nothing behind when a row fails half-way, and imports a file only once", async () => {
    const store = memoryStore();
    const rows = Array.from({ length: 12000 }, (_, i) => `Germany,Kyrgyzstan,${String(100000 + i)},EXPORT,Total,Jan. 2023,${i}`);
    rows.push("Germany,Kyrgyzstan,Total,EXPORT,Total,Feb. 2023,12x");
    const path = scratchFile("late-error.csv", `${HEADER}${rows.join("\n")}\n`);
    await assert.rejects(
      importTradeFile(store, "eurostat", path),
      /late-error\.csv line 12002, field 'VALUE_IN_EUR': not a number \('12x'\)/,
    );
    assert.deepEqual(await store.listTradeImports(), []);
    assert.deepEqual(await store.queryFlows({}), []);
    const good = scratchFile("good.csv", `${HEADER}Germany,Kyrgyzstan,Total,EXPORT,Total,Jan. 2023,5\n`);
    assert.equal((await importTradeFile(store, "eurostat", good)).created, true);
    const again = await importTradeFile(store, "eurostat", good);
    assert.equal(again.created, false);
    assert.equal((await store.queryFlows({})).length, 1);
  });

  it("refuses two different values for one statistic and skips exact repeats", async () => {
    const dup = scratchFile(
      "dup.csv",
      `${HEADER}Germany,Kyrgyzstan,Total,EXPORT,Total,Jan. 2023,5\nGermany,Kyrgyzstan,Total,EXPORT,Total,Jan. 2023,5\n`,
    );
    const r = await importTradeFile(memoryStore(), "eurostat", dup);
    assert.equal(r.import.rowCount, 1);
    assert.equal(r.skipped.reasons[0]?.reason, "exact duplicate of an earlier row");
    const conflict = scratchFile(
      "conflict.csv",
      `${HEADER}Germany,Kyrgyzstan,Total,EXPORT,Total,Jan. 2023,5\nGermany,Kyrgyzstan,Total,EXPORT,Total,Jan. 2023,6\n`,
    );
    await assert.rejects(
      importTradeFile(memoryStore(), "eurostat", conflict),
      /line 3: DE → KG export 2023-01 HS TOTAL is 6 here but 5 on line 2/,
    );
  });
});

describe("a Eurostat or IMF file cut in its last line", () => {
  const cutAfter = (text: string, marker: string, keep: number) => {
    const at = text.lastIndexOf(marker) + marker.length;
    return text.slice(0, at + keep);
  };

  it("refuses the real RU monthly extract cut in the middle of its last value, and one cut to a short last row", async () => {
    const text = readFileSync(sharedData("trade", "eurostat_eu_member_exports_to_RU_monthly.csv"), "utf8");
    // The last line ends ",Jan. 2019,6190128493,Relational_View_…csv\n": keep "619" of the value.
    const cut = cutAfter(text, ",Jan. 2019,", 3);
    for (const [name, body, reason] of [
      ["cut-value.csv", cut, /line \d+: the last line has no final newline: the file looks cut short/],
      ["cut-row.csv", `${cut}\n`, /line \d+, field 'source_file': expected 8 fields, found 7: the row is cut short/],
    ] as const) {
      const store = memoryStore();
      await assert.rejects(importTradeFile(store, "eurostat", scratchFile(name, body)), (e: unknown) => {
        assert.ok(e instanceof ParseError, String(e));
        assert.match((e as Error).message, reason);
        assert.ok((e as Error).message.startsWith(`eurostat ${name} line ${text.split("\n").length - 1}`), (e as Error).message);
        return true;
      });
      assert.equal((await store.queryFlows({})).length, 0);
      await store.close();
    }
  });

  it("refuses the real IMF file cut in its last value", async () => {
    const text = readFileSync(sharedData("trade", "imf_imts_RU_by_partner_annual_2016_2024.csv"), "utf8");
    const store = memoryStore();
    await assert.rejects(
      importTradeFile(store, "imf", scratchFile("imf-cut.csv", text.slice(0, text.length - 10))),
      /imf imf-cut\.csv line \d+: the last line has no final newline/,
    );
    await store.close();
  });
});
