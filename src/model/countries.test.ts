import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countryCode } from "./countries.js";

describe("countryCode", () => {
  it("reads names, aliases and codes", () => {
    assert.equal(countryCode("Russia"), "RU");
    assert.equal(countryCode("Kyrgyz Republic"), "KG");
    assert.equal(countryCode("hong kong"), "HK");
  });

  it("does not take names of Object.prototype for countries", () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty"]) assert.equal(countryCode(name), undefined, name);
  });
});
