import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { importTradeFile } from "../import.js";
import { fixture, memoryStore, scratchFile } from "./test-helpers.js";

describe("comtrade importer (hand-written fixtures from the documented fields)", () => {
  it("reads an API v1 JSON response, keeping totals and skipping breakdowns and re-exports", async () => {
    const store = memoryStore();
    const r = await importTradeFile(store, "comtrade", fixture("comtrade-api-v1-kz-monthly.json"));
    assert.equal(r.import.rowCount, 22);
    assert.deepEqual(
      r.skipped.reasons.map((x) => [x.reason, x.count]),
      [
        ["breakdown by second partner, customs procedure or transport mode (totals kept)", 2],
        ["flow other than export (X) or import (M)", 1],
      ],
    );
    const rows = await store.queryFlows({ reporters: ["KZ"], partners: ["DE"], flow: "import", hsPrefixes: ["854231"] });
    assert.deepEqual(
      rows.map((x) => [x.period, x.value, x.hsVersion, x.quantity, x.unit]),
      [
        ["2021-01", 100, "HS2017", 10, "u"],
        ["2021-02", 100, "HS2017", 10, "u"],
        ["2021-04", 100, "HS2017", 10, "u"],
        ["2022-01", 300, "HS2022", 10, "u"],
        ["2022-02", 300, "HS2022", 10, "u"],
        ["2022-03", 300, "HS2022", 10, "u"],
      ],
    );
    assert.equal((await store.queryFlows({ partners: ["WORLD"] })).length, 1);
    assert.equal(rows[0]?.sourceRow, 1, "a JSON record's row is its place in data[]");
  });

  it("reads a tab-separated bulk file with capitalised headers and Comtrade's own country codes", async () => {
    const store = memoryStore();
    const r = await importTradeFile(store, "comtrade", fixture("comtrade-bulk-annual.txt"));
    assert.equal(r.import.rowCount, 19);
    assert.equal(r.skipped.total, 0);
    const rows = await store.queryFlows({});
    const reporters = new Set(rows.map((x) => x.reporter));
    for (const c of ["US", "FR", "EU", "RU", "KG", "AM", "CN", "DE"]) assert.ok(reporters.has(c), c);
    assert.equal(rows.find((x) => x.reporter === "US")?.partner, "KZ");
    assert.equal(rows.find((x) => x.reporter === "KG" && x.period === "2019")?.value, 0);
  });

  it("reads a comma-separated download too", async () => {
    const text = readFileSync(fixture("comtrade-bulk-annual.txt"), "utf8")
      .split("\n")
      .slice(0, 3)
      .map((l) =>
        l
          .split("\t")
          .map((f) => (f.includes(",") ? `"${f}"` : f))
          .join(","),
      )
      .join("\n");
    const r = await importTradeFile(memoryStore(), "comtrade", scratchFile("comtrade.csv", `${text}\n`));
    assert.equal(r.import.rowCount, 2);
  });

  it("refuses API errors, a count that does not match, unknown fields and bad periods", async () => {
    const err = scratchFile("err.json", JSON.stringify({ elapsedTime: "0s", count: 0, data: [], error: "Rate limit exceeded" }));
    await assert.rejects(
      importTradeFile(memoryStore(), "comtrade", err),
      /err\.json line 1, field 'error': the API answered with an error: Rate limit exceeded/,
    );
    const doc = JSON.parse(readFileSync(fixture("comtrade-api-v1-kz-monthly.json"), "utf8"));
    const count = scratchFile("count.json", JSON.stringify({ ...doc, count: 99 }));
    await assert.rejects(importTradeFile(memoryStore(), "comtrade", count), /count says 99 records, data holds 25/);
    const unknown = scratchFile("unknown.json", JSON.stringify({ ...doc, data: [{ ...doc.data[0], tariffLine: 1 }], count: 1 }));
    await assert.rejects(importTradeFile(memoryStore(), "comtrade", unknown), /unknown\.json line 1, field 'tariffLine': unknown field/);
    const period = scratchFile("period.json", JSON.stringify({ ...doc, data: [{ ...doc.data[0], period: "2021-01" }], count: 1 }));
    await assert.rejects(importTradeFile(memoryStore(), "comtrade", period), /line 1, field 'period': not YYYY or YYYYMM \('2021-01'\)/);
  });
});
