/** The screener's results are targets: one per designation, with every listing that stands for it. */
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { addName, createEntity, type StoredEntity } from "../model/index.js";
import { createScreener } from "./screener.js";
import type { Screener } from "./types.js";

const OFAC = "US Treasury OFAC";

// Hand-written entities shaped as the three OFAC-fed sources write one designation.
function listing(source: string, recordId: string, names: string[], list: string, authority = OFAC): StoredEntity {
  const e = createEntity(source, recordId, "Organization");
  names.forEach((n, k) => {
    addName(e, n, k ? "aka" : "primary");
  });
  e.sanctions.push({ authority, list });
  return { ...e, releaseId: source.length };
}

const ENTITIES = [
  listing(
    "us_trade_csl",
    "SSI-17018",
    ["SBERBANK OF RUSSIA", "SBERBANK ROSSII"],
    "Sectoral Sanctions Identifications List (SSI) - Treasury Department",
  ),
  listing("us_ofac_sdn", "17018", ["PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA"], "SDN List"),
  listing("us_ofac_cons", "17018", ["PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA"], "Sectoral Sanctions Identifications List"),
  listing(
    "us_trade_csl",
    "SDN-17018",
    ["PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA"],
    "Specially Designated Nationals (SDN) - Treasury Department",
  ),
  listing("us_ofac_sdn", "18716", ["SBERBANK EUROPE AG"], "SDN List"),
  listing("us_trade_csl", "EL-abc", ["SBERBANK TECHNOLOGIES"], "Entity List (EL) - Bureau of Industry and Security", "US Commerce BIS"),
];

describe("screening results per target", () => {
  let screener: Screener;
  before(async () => {
    screener = await createScreener(ENTITIES);
  });

  it("gives one result per designation with all its listings, scored by its best name", () => {
    const matches = screener.screen({ name: "Sberbank Rossii" }, { threshold: 0.5 });
    const ids = matches.map((m) => m.id);
    assert.equal(new Set(ids).size, ids.length, "one result per target");
    const [top] = matches;
    assert.ok(top);
    assert.equal(top.id, "us_ofac_sdn:17018");
    // The CSL row's alias matched best: the match names that listing.
    assert.equal(top.matchedName, "SBERBANK ROSSII");
    assert.equal(top.matchedListing, "us_trade_csl:SSI-17018");
    assert.equal(top.source, "us_trade_csl");
    assert.equal(top.recordId, "SSI-17018");
    assert.equal(top.score, 1);
    assert.deepEqual(
      top.listings.map((l) => [l.id, l.lists.join(), l.releaseId]),
      [
        ["us_ofac_sdn:17018", "SDN List", 11],
        ["us_ofac_cons:17018", "Sectoral Sanctions Identifications List", 12],
        ["us_trade_csl:SDN-17018", "Specially Designated Nationals (SDN) - Treasury Department", 12],
        ["us_trade_csl:SSI-17018", "Sectoral Sanctions Identifications List (SSI) - Treasury Department", 12],
      ],
    );
  });

  it("prefers the listing first in id order when several score the same", () => {
    const [top] = screener.screen({ name: "Public Joint Stock Company Sberbank of Russia" });
    assert.equal(top?.matchedListing, "us_ofac_sdn:17018");
    assert.equal(top?.source, "us_ofac_sdn");
  });

  it("counts targets, not listings, against the limit", () => {
    const all = screener.screen({ name: "Sberbank" }, { threshold: 0.3, limit: 10 });
    assert.equal(all.length, 3);
    const two = screener.screen({ name: "Sberbank" }, { threshold: 0.3, limit: 2 });
    assert.deepEqual(
      two.map((m) => m.id),
      all.slice(0, 2).map((m) => m.id),
    );
  });

  it("keeps the target id when screening one list, and shows that list's listings only", () => {
    const [top] = screener.screen({ name: "Sberbank of Russia" }, { sources: ["us_trade_csl"] });
    assert.equal(top?.id, "us_ofac_sdn:17018");
    assert.deepEqual(
      top?.listings.map((l) => l.id),
      ["us_trade_csl:SDN-17018", "us_trade_csl:SSI-17018"],
    );
  });

  it("keeps target ids when only some sources are indexed", async () => {
    const csl = await createScreener(ENTITIES, { sources: ["us_trade_csl"] });
    assert.deepEqual(csl.sources, ["us_trade_csl"]);
    const [top] = csl.screen({ name: "Sberbank of Russia" });
    assert.equal(top?.id, "us_ofac_sdn:17018");
    assert.equal(top?.source, "us_trade_csl");
    assert.deepEqual(
      top?.listings.map((l) => l.id),
      ["us_trade_csl:SDN-17018", "us_trade_csl:SSI-17018"],
    );
  });
});
