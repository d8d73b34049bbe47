import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatHs, hs6Of, hsLevel, hsVersionForDate, hsWithin, normalizeHs, parseHsVersion } from "./hs.js";

describe("HS codes", () => {
  it("normalises what statistics and declarations write", () => {
    assert.equal(normalizeHs("8542.31"), "854231");
    assert.equal(normalizeHs("8542 31 90"), "85423190");
    assert.equal(normalizeHs("854231-Processors and controllers"), "854231");
    assert.equal(normalizeHs("0101"), "0101");
    assert.equal(normalizeHs("TOTAL-Total"), "TOTAL");
    assert.equal(normalizeHs("Total"), "TOTAL");
    assert.equal(normalizeHs(854231), "854231");
    assert.equal(normalizeHs("10121"), undefined, "odd lengths are refused, not guessed");
    assert.equal(normalizeHs("abc"), undefined);
    assert.equal(normalizeHs(""), undefined);
  });

  it("knows levels, subheadings and nesting", () => {
    assert.equal(hsLevel("TOTAL"), 0);
    assert.equal(hsLevel("8542"), 4);
    assert.equal(hs6Of("85423190"), "854231");
    assert.equal(hs6Of("8542"), undefined);
    assert.ok(hsWithin("854231", "8542"));
    assert.ok(hsWithin("854231", "TOTAL"));
    assert.ok(!hsWithin("TOTAL", "8542"));
    assert.equal(formatHs("85423190"), "8542.31 90");
  });

  it("tells the HS edition from a date or a Comtrade classification code", () => {
    assert.equal(hsVersionForDate("2021-12-31"), "HS2017");
    assert.equal(hsVersionForDate("2022-01"), "HS2022");
    assert.equal(hsVersionForDate("2016"), "HS2012");
    assert.equal(parseHsVersion("H5"), "HS2017");
    assert.equal(parseHsVersion("H6"), "HS2022");
    assert.equal(parseHsVersion("HS2017"), "HS2017");
    assert.equal(parseHsVersion("2022"), "HS2022");
    assert.equal(parseHsVersion("H9"), undefined);
  });
});
