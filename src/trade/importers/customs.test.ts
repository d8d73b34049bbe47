import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ParseError } from "../../errors.js";
import { importTradeFile } from "../import.js";
import { parseCustomsDate } from "./customs.js";
import { memoryStore, scratchFile } from "./test-helpers.js";

const fixture = new URL("../flags/fixtures/customs-records.csv", import.meta.url).pathname;

describe("customs importer", () => {
  it("imports the documented layout with parties, countries, HS editions and a rollup", async () => {
    const store = memoryStore();
    const r = await importTradeFile(store, "customs", fixture);
    assert.equal(r.import.rowCount, 61);
    assert.equal(r.import.kind, "customs");
    const records = await store.queryCustoms({});
    const epsilon = records.find((x) => x.consignee === "Epsilon Aero Ltd");
    assert.deepEqual([epsilon?.hs, epsilon?.hsVersion, epsilon?.destinationCountry, epsilon?.sourceRow], ["88033000", "HS2017", "CN", 60]);
    assert.equal(
      records.find((x) => x.consignee === "Beta Electronics")?.hsVersion,
      "HS2022",
      "edition from the date when the file has none",
    );
    const rollup = await store.customsRollup({ dateFrom: "2023-03", dateTo: "2023-03", perReporter: true });
    assert.deepEqual(rollup, [
      {
        month: "2023-03",
        flow: "export",
        reporter: "DE",
        partner: "AM",
        tier: "2",
        partial: false,
        currency: "EUR",
        value: 120000,
        records: 1,
      },
    ]);
    assert.deepEqual([epsilon?.chplTier, epsilon?.chplPartial], ["3.B", false]);
    assert.deepEqual(r.import.options, { chplVersion: "2024-02-23" }, "the CHPL table the rollup was summed with");
    const chips = await store.queryCustoms({ hsPrefixes: ["8542"], dateFrom: "2022" });
    assert.equal(chips.length, 3);
  });

  it("maps a file's own column names, takes file-wide flow and currency, reads DD.MM.YYYY and '1 234,5'", async () => {
    const path = scratchFile(
      "decl.csv",
      "DECL;DATUM;EMPFAENGER;LAND;BESTIMMUNG;TARIC;WERT\nA1;03.05.2022;Beta Electronics;Kyrgyz Republic;RUS;8542 31 90;1 234,5\n",
    );
    const store = memoryStore();
    await importTradeFile(store, "customs", path, {
      columns: {
        declaration_id: "DECL",
        date: "DATUM",
        consignee: "EMPFAENGER",
        consignee_country: "LAND",
        destination_country: "BESTIMMUNG",
        hs_code: "TARIC",
        value: "WERT",
      },
      flow: "export",
      currency: "eur",
      reporter: "Germany",
    });
    const [rec] = await store.queryCustoms({});
    assert.deepEqual(
      [rec?.date, rec?.consigneeCountry, rec?.destinationCountry, rec?.hs, rec?.value, rec?.currency, rec?.reporter, rec?.flow],
      ["2022-05-03", "KG", "RU", "85423190", 1234.5, "EUR", "DE", "export"],
    );
  });

  it("says which file, line and field is wrong", async () => {
    const head = "date,flow,hs_code,value,currency,origin_country\n";
    const cases: [string, RegExp][] = [
      [`${head}2022-02-30,import,854231,5,USD,CN\n`, /bad\.csv line 2, field 'date': not a date/],
      [`${head}2022-02-03,sideways,854231,5,USD,CN\n`, /line 2, field 'flow': not export or import: 'sideways'/],
      [`${head}2022-02-03,import,85x,5,USD,CN\n`, /line 2, field 'hs_code': not an HS code: '85x'/],
      [`${head}2022-02-03,import,854231,"1,234",USD,CN\n`, /line 2, field 'value': ambiguous/],
      ["date,hs_code,value\n", /field 'flow': no flow column: give the file's flow with --flow/],
      [`${head.replace("\n", ",colour\n")}`, /unknown column\(s\) 'colour'/],
    ];
    for (const [text, error] of cases) {
      await assert.rejects(importTradeFile(memoryStore(), "customs", scratchFile("bad.csv", text)), error);
    }
    await assert.rejects(
      importTradeFile(memoryStore(), "customs", fixture, { columns: { colour: "x" } }),
      /--columns names 'colour', which is not a layout field/,
    );
  });

  it("skips unknown countries and codes above six digits with a report, or fails with --strict", async () => {
    const path = scratchFile(
      "skips.csv",
      "date,flow,hs_code,value,currency,origin_country\n2022-02-03,import,854231,5,USD,Atlantis\n2022-02-03,import,8542,5,USD,CN\n2022-02-04,import,854231,5,USD,CN\n",
    );
    const r = await importTradeFile(memoryStore(), "customs", path);
    assert.equal(r.import.rowCount, 1);
    assert.deepEqual(
      r.skipped.reasons.map((x) => [x.reason, x.count, x.examples[0]?.row]),
      [
        ["unknown country in origin_country", 1, 2],
        ["HS code above the six-digit level", 1, 3],
      ],
    );
    await assert.rejects(
      importTradeFile(memoryStore(), "customs", path, { strict: true }),
      /skips\.csv line 2, field 'origin_country': unknown country 'Atlantis'/,
    );
  });

  it("parses in a worker thread for large files, with the same records, rollup and errors", async () => {
    const inline = memoryStore();
    const worker = memoryStore();
    await importTradeFile(inline, "customs", fixture, { parallel: false });
    const r = await importTradeFile(worker, "customs", fixture, { parallel: true });
    assert.equal(r.import.rowCount, 61);
    assert.deepEqual(r.import.options, { chplVersion: "2024-02-23" }, "how it was parsed is not recorded as shaping the rows");
    assert.deepEqual(await worker.queryCustoms({}), await inline.queryCustoms({}));
    assert.deepEqual(await worker.customsRollup({}), await inline.customsRollup({}));
    const bad = scratchFile(
      "bad-worker.csv",
      "date,flow,hs_code,value,currency\n2022-02-03,import,854231,5,USD\n2022-02-31,import,854231,5,USD\n",
    );
    await assert.rejects(importTradeFile(memoryStore(), "customs", bad, { parallel: true }), (e: unknown) => {
      assert.ok(e instanceof ParseError);
      assert.equal(e.message, "customs bad-worker.csv line 3, field 'date': not a date (YYYY-MM-DD, DD.MM.YYYY or YYYYMMDD): '2022-02-31'");
      assert.equal(e.line, 3);
      return true;
    });
  });

  it("checks calendar dates", () => {
    assert.equal(parseCustomsDate("2024-02-29"), "2024-02-29");
    assert.equal(parseCustomsDate("2023-02-29"), undefined);
    assert.equal(parseCustomsDate("20230131"), "2023-01-31");
    assert.equal(parseCustomsDate("31.01.2023"), "2023-01-31");
    assert.equal(parseCustomsDate("01/31/2023"), undefined, "US order is ambiguous with European: refused");
  });
});
