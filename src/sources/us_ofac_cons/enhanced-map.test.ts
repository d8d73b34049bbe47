/**
 * Mapping paths the 2025-01 consolidated file does not exercise but the schema allows (vessels,
 * document dates, invalid documents, date ranges): records written by hand in the shape of
 * enhanced-record.ts, with OFAC's own wording for the types.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ParseError } from "../../errors.js";
import { canonicalEntity } from "../../model/index.js";
import { camelKey, featureDates } from "./enhanced-features.js";
import { documentType, featureIdentifierType } from "./enhanced-ids.js";
import { mapEnhancedRecord } from "./enhanced-map.js";
import type { EnhancedRecord } from "./enhanced-record.js";
import { CONS_ENHANCED } from "./index.js";

const base = (over: Partial<EnhancedRecord>): EnhancedRecord => ({
  id: "1",
  line: 10,
  entityType: "Vessel",
  lists: [{ name: "SDN List", datePublished: "2024-02-23" }],
  programs: ["RUSSIA-EO14024"],
  sanctionsTypes: ["Block"],
  legalAuthorities: ["Executive Order 14024 (Russia)"],
  names: [],
  addresses: [],
  features: [],
  documents: [],
  relationships: [],
  ...over,
});

describe("us_ofac_cons enhanced map (hand-written records)", () => {
  it("maps a vessel's flag, IMO, MMSI and call sign", () => {
    const e = mapEnhancedRecord(
      base({
        names: [
          {
            id: "1",
            isPrimary: true,
            isLowQuality: false,
            translations: [
              { isPrimary: true, script: "Latin", fullName: "SCF PRIMORYE", parts: [{ type: "Vessel Name", value: "SCF PRIMORYE" }] },
            ],
          },
        ],
        features: [
          {
            id: "1",
            type: "Vessel Flag",
            detailType: "COUNTRY",
            value: "Liberia",
            country: { name: "Liberia", iso: "LR" },
            isPrimary: true,
          },
          { id: "2", type: "Vessel Call Sign", value: "D5DL7", isPrimary: true },
          { id: "3", type: "MMSI", value: "636019825", isPrimary: true },
          { id: "4", type: "Vessel Year of Build", detailType: "DATE", value: "2009", isPrimary: true },
        ],
        documents: [{ id: "1", type: "Vessel Registration Identification", number: "IMO 9333436", isValid: true }],
      }),
      { entityIds: new Set() },
      CONS_ENHANCED,
      "x.xml",
    );
    assert.equal(e.schema, "Vessel");
    assert.deepEqual(e.countries, ["LR"]);
    assert.deepEqual(e.properties.flag, ["Liberia"]);
    assert.deepEqual(e.properties.callSign, ["D5DL7"]);
    assert.deepEqual(e.properties.vesselYearOfBuild, ["2009"]);
    assert.deepEqual(
      canonicalEntity(e).identifiers.map((i) => `${i.type}:${i.value}`),
      ["imo:9333436", "mmsi:636019825"],
    );
    assert.deepEqual(e.sanctions, [
      {
        authority: "US Treasury OFAC",
        list: "SDN List",
        program: "RUSSIA-EO14024",
        listedOn: "2024-02-23",
        legalBasis: "Executive Order 14024 (Russia)",
      },
    ]);
  });

  it("keeps passports with their country and dates, and marks invalid ones", () => {
    const e = mapEnhancedRecord(
      base({
        entityType: "Individual",
        documents: [
          {
            id: "1",
            type: "Passport",
            number: "AB123",
            isValid: false,
            issuingCountry: { name: "Russia", iso: "RU" },
            issueDate: "2010-01-05",
            expirationDate: "05 Jan 2020",
          },
          { id: "2", type: "Some New Identification Card", number: "X-9", isValid: true },
        ],
        features: [
          {
            id: "1",
            type: "Birthdate",
            isPrimary: true,
            value: "1960 to 1962",
            date: {
              fromBegin: "1960-01-01",
              fromEnd: "1960-12-31",
              toBegin: "1962-01-01",
              toEnd: "1962-12-31",
              isApproximate: false,
              isDateRange: true,
            },
          },
          { id: "2", type: "Citizenship Country", value: "Russia", isPrimary: true },
        ],
      }),
      { entityIds: new Set() },
      CONS_ENHANCED,
      "x.xml",
    );
    assert.equal(e.schema, "Person");
    assert.deepEqual(e.identifiers, [
      { type: "passport", value: "AB123", label: "Passport", country: "RU" },
      { type: "national_id", value: "X-9", label: "Some New Identification Card" },
    ]);
    assert.deepEqual(e.properties.invalidIdentifiers, ["Passport AB123"]);
    assert.deepEqual(e.properties.passportIssueDate, ["2010-01-05"]);
    assert.deepEqual(e.properties.passportExpiryDate, ["2020-01-05"]);
    assert.deepEqual(e.birthDates, ["1960", "1962"]);
    assert.deepEqual(e.nationalities, ["RU"]);
  });

  it("refuses an entity type it does not know", () => {
    assert.throws(
      () => mapEnhancedRecord(base({ entityType: "Spaceship" }), { entityIds: new Set() }, CONS_ENHANCED, "x.xml"),
      (err: unknown) => err instanceof ParseError && err.line === 10 && err.field === "generalInfo/entityType",
    );
  });

  it("reduces OFAC's date spans to the precision they have", () => {
    const span = (fromBegin: string, toEnd: string) =>
      featureDates({ fromBegin, toEnd, isApproximate: false, isDateRange: false }, undefined);
    assert.deepEqual(span("1962-01-01", "1962-12-31"), ["1962"]);
    assert.deepEqual(span("1962-02-01", "1962-02-28"), ["1962-02"]);
    assert.deepEqual(span("1964-02-01", "1964-02-29"), ["1964-02"]);
    assert.deepEqual(span("1962-02-03", "1962-02-03"), ["1962-02-03"]);
    assert.deepEqual(featureDates(undefined, "24 Feb 1960"), ["1960-02-24"]);
  });

  it("normalises OFAC's identifier wording", () => {
    assert.equal(documentType("Tax ID No."), "tax_id");
    assert.equal(documentType("Unified Social Credit Code (USCC)"), "registration");
    assert.equal(documentType("Chinese Commercial Code"), "chinese_commercial_code");
    assert.equal(documentType("Kyrgyz Passport Number"), "passport");
    assert.equal(featureIdentifierType("Digital Currency Address - XBT"), "crypto_wallet");
    assert.equal(featureIdentifierType("Secondary sanctions risk:"), undefined);
    assert.equal(camelKey("Listing Date (EO 14024 Directive 2):"), "listingDateEo14024Directive2");
  });
});
