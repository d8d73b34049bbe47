import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import Papa from "papaparse";
import { sharedData } from "../../../test/data.js";
import { aggregate, aggregateFromLabel, EU27_MEMBERS } from "./aggregates.js";
import { resolveArea } from "./areas.js";
import { CHPL, chplEntry, codesOfTier, onChplAt, parseTier } from "./chpl.js";
import { hs2017For, toHs2022 } from "./hs-correspondence.js";
import { transshipmentCountry } from "./transshipment.js";

describe("CHPL table", () => {
  it("matches ../shared/data/chpl/chpl.csv code for code, tier for tier, date for date", () => {
    const csv = Papa.parse<Record<string, string>>(readFileSync(sharedData("chpl", "chpl.csv"), "utf8"), {
      header: true,
      skipEmptyLines: true,
    }).data;
    assert.equal(csv.length, 50);
    assert.deepEqual(
      CHPL.map((e) => [e.hs6, e.tier, e.added, e.description]),
      csv.map((r) => [r.hs6, r.tier, r.added, r.description]),
    );
    const counts = Object.fromEntries(["1", "2", "3.A", "3.B", "4.A", "4.B"].map((t) => [t, CHPL.filter((e) => e.tier === t).length]));
    assert.deepEqual(counts, { "1": 4, "2": 5, "3.A": 16, "3.B": 9, "4.A": 11, "4.B": 5 });
  });

  it("finds entries by code at any depth and tiers by name", () => {
    assert.equal(chplEntry("85423190")?.tier, "1");
    assert.equal(chplEntry("8542"), undefined);
    assert.equal(chplEntry("870323"), undefined);
    assert.equal(parseTier("tier 3.a"), "3.A");
    assert.equal(parseTier("T1"), "1");
    assert.equal(parseTier("5"), undefined);
    assert.equal(codesOfTier("4").length, 16, "tier 4 takes 4.A and 4.B");
    assert.ok(onChplAt("854231", "2023-05-19"));
    assert.ok(!onChplAt("845710", "2023-12-31"), "CNC tier 4.B came on 2024-02-23");
    assert.ok(!onChplAt("847150", "2023-09-15"), "a month-only date counts from the month's end");
  });

  it("reads HS2017 codes through the correspondence, refusing to count partial ones as whole", () => {
    assert.deepEqual(toHs2022("880330", "HS2017"), { codes: ["880730"], share: "full", via: toHs2022("880330", "HS2017").via });
    assert.equal(toHs2022("854140", "HS2017").share, "partial");
    assert.deepEqual(toHs2022("854150", "HS2017").codes, ["854151", "854159"]);
    assert.deepEqual(toHs2022("854140", "HS2022").codes, ["854140"], "HS2022 codes map to themselves");
    assert.deepEqual(toHs2022("854231", "HS2017").codes, ["854231"]);
    assert.deepEqual(hs2017For("854800"), { code: "854890", share: "full" });
  });
});

describe("areas and aggregates", () => {
  it("resolves statistics labels, with their notes, in English, French and Russian", () => {
    const code = (s: string) => {
      const a = resolveArea(s);
      return a && a.kind !== "residual" ? a.code : a?.kind;
    };
    assert.equal(code("Germany (incl. German Democratic Republic 'DD' from 1991)"), "DE");
    assert.equal(code("Russian Federation (Russia)"), "RU");
    assert.equal(code("Kyrgyz Republic"), "KG");
    assert.equal(code("KGZ"), "KG");
    assert.equal(code("417"), "KG");
    assert.equal(code("Armenia, Republic of"), "AM");
    assert.equal(code("St Kitts and Nevis"), "KN");
    assert.equal(code("Словакия"), "SK");
    assert.equal(
      code(
        "European Union - 27 countries (AT, BE, BG, CY, CZ, DE, DK, EE, ES, FI, FR, GR, HR, HU, IE, IT, LT, LU, LV, MT, NL, PL, PT, RO, SE, SI, SK)",
      ),
      "EU27",
    );
    assert.equal(code("Union européenne - 27 pays (AT, BE)"), "EU27");
    assert.equal(code("Euro area - 20 countries (AT, BE)"), "EA20");
    assert.equal(code("World"), "WORLD");
    assert.equal(code("Stores and provisions within the framework of extra-Union trade"), "residual");
    assert.equal(code("Africa"), "residual");
    assert.equal(code("Atlantis"), undefined);
    // In the French year of the Eurostat extract, "Guinea" carries Guinea-Bissau's value: French-only reading refuses it.
    assert.equal(resolveArea("Guinea", "fr"), undefined);
    assert.deepEqual(resolveArea("Guinée", "fr"), { kind: "country", code: "GN" });
  });

  it("lists members so that aggregates are not counted twice", () => {
    assert.equal(EU27_MEMBERS.length, 27);
    assert.ok(aggregate("EU")?.members("2019-06").includes("GB"));
    assert.ok(!aggregate("EU")?.members("2020-02").includes("GB"));
    assert.ok(!aggregate("EA")?.members("2022").includes("HR"));
    assert.ok(aggregate("EA")?.members("2023-01").includes("HR"));
    assert.equal(aggregateFromLabel("G001"), "WORLD");
  });

  it("names the FinCEN/BIS transshipment countries with their source", () => {
    assert.equal(transshipmentCountry("KG")?.source, "FIN-2022-Alert003");
    assert.equal(transshipmentCountry("HK")?.source, "Tri-Seal 2023-03-02");
    assert.equal(transshipmentCountry("DE"), undefined);
  });
});
