/** yente's shapes ↔ chokepoint's: example entities, properties, features. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { addName, createEntity } from "../model/index.js";
import { entityProperties, exampleToQueries, features } from "./yente.js";

describe("exampleToQueries", () => {
  it("takes names, aliases and name parts, countries from every country-like property, dates and identifiers", () => {
    const { names, query } = exampleToQueries("q", {
      schema: "Person",
      properties: {
        name: ["Vladimir Putin", "Vladimir Putin"],
        alias: "Путин",
        firstName: ["Vladimir"],
        fatherName: ["Vladimirovich"],
        lastName: ["Putin"],
        nationality: ["ru"],
        country: ["Russia"],
        birthDate: ["1952-10-07"],
        passportNumber: [123456],
      },
    });
    assert.deepEqual(names, ["Vladimir Putin", "Путин", "Vladimir Vladimirovich Putin"]);
    assert.deepEqual(query, { schema: "Person", countries: ["Russia", "RU"], birthDates: ["1952-10-07"], identifiers: ["123456"] });
  });

  it("maps yente's schemata (LegalEntity means any kind, Airplane is our Aircraft) and refuses unknown ones", () => {
    assert.equal(exampleToQueries("q", { schema: "LegalEntity", properties: { name: "Acme" } }).query.schema, undefined);
    assert.equal(exampleToQueries("q", { schema: "Airplane", properties: { name: "RA-96012" } }).query.schema, "Aircraft");
    assert.throws(
      () => exampleToQueries("q7", { schema: "Boat", properties: { name: "x" } }),
      /queries\.q7\.schema: unknown schema 'Boat'/,
    );
    assert.throws(() => exampleToQueries("q8", { schema: "Person", properties: { name: ["  "] } }), /queries\.q8: no name/);
  });
});

describe("entityProperties", () => {
  it("puts names by kind and facts under FollowTheMoney property names", () => {
    const e = createEntity("us_ofac_sdn", "1", "Vessel");
    addName(e, "SEA STAR", "primary");
    addName(e, "MORSKAYA ZVEZDA", "fka");
    e.identifiers.push({ type: "imo", value: "9123456" }, { type: "something_else", value: "X1" });
    e.countries.push("RU");
    e.sanctions.push({ authority: "OFAC", list: "SDN" });
    e.properties.flag = ["RU"];
    assert.deepEqual(entityProperties(e), {
      name: ["SEA STAR"],
      previousName: ["MORSKAYA ZVEZDA"],
      country: ["RU"],
      imoNumber: ["9123456"],
      idNumber: ["X1"],
      topics: ["sanction"],
      flag: ["RU"],
    });
  });
});

describe("features", () => {
  it("lists the name score, qualifier adjustments and penalty factors by name", () => {
    assert.deepEqual(
      features({
        nameScore: 0.9,
        qualifiers: [{ name: "countryMismatch", detail: "", adjustment: -0.08 }],
        penalties: [{ name: "patronymicConflict", detail: "", factor: 0.8 }],
      }),
      { name: 0.9, countryMismatch: -0.08, patronymicConflict: 0.8 },
    );
  });
});
