import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createEntity, type Entity, type Identifier, type Schema, type StoredEntity } from "../model/index.js";
import { SOURCES } from "../sources/index.js";
import { joinKeys, ofacEntityNumber, unReference } from "./target-keys.js";
import { computeTargets, foldTargets, SOURCE_PRIORITY } from "./targets.js";

const OFAC = "US Treasury OFAC";

function entity(
  source: string,
  recordId: string,
  opts: { schema?: Schema; ids?: Identifier[]; lists?: [string, string][]; releaseId?: number } = {},
): StoredEntity {
  const e: Entity = createEntity(source, recordId, opts.schema ?? "Organization");
  e.identifiers.push(...(opts.ids ?? []));
  for (const [authority, list] of opts.lists ?? [[OFAC, "SDN List"]]) e.sanctions.push({ authority, list });
  return { ...e, releaseId: opts.releaseId ?? 1 };
}

const csl = (recordId: string, list: string, authority = OFAC, opts: Parameters<typeof entity>[2] = {}) =>
  entity("us_trade_csl", recordId, { ...opts, lists: [[authority, list]] });

describe("join keys", () => {
  it("reads the OFAC entity number of SDN, non-SDN and the CSL's Treasury rows only", () => {
    assert.equal(ofacEntityNumber(entity("us_ofac_sdn", "17018")), "17018");
    assert.equal(ofacEntityNumber(entity("us_ofac_cons", "17018")), "17018");
    assert.equal(ofacEntityNumber(csl("NS-MBS-17018", "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department")), "17018");
    assert.equal(ofacEntityNumber(csl("EL-17018", "Entity List (EL) - Bureau of Industry and Security", "US Commerce BIS")), undefined);
    assert.equal(ofacEntityNumber(entity("un_sc_sanctions", "17018", { lists: [["United Nations Security Council", "UN"]] })), undefined);
  });

  it("keeps strong identifiers only, documents only with their country, and normalises values", () => {
    const keys = joinKeys(
      entity("eu_fsf", "1", {
        ids: [
          { type: "imo", value: "IMO 9187629" },
          { type: "passport", value: "A-123 456", country: "RU" },
          { type: "passport", value: "B7654321" },
          { type: "registration", value: "6205", country: "AU" },
          { type: "email", value: "info@x.ru" },
          { type: "mmsi", value: "273456789" },
          { type: "swift", value: "SABRRUMMXXX" },
          { type: "un_reference", value: "qdi 001" },
        ],
        lists: [["EU", "EU"]],
      }),
    );
    assert.deepEqual(keys, [
      { kind: "identifier", type: "imo", value: "9187629" },
      { kind: "identifier", type: "passport", value: "A123456", country: "RU" },
      { kind: "identifier", type: "swift", value: "SABRRUMM" },
      { kind: "un_reference", value: "QDi.001" },
    ]);
    assert.equal(unReference("KPe.016"), "KPe.016");
    assert.equal(unReference("SDN-17018"), undefined);
  });
});

describe("computeTargets", () => {
  const sber = [
    csl("SSI-17018", "Sectoral Sanctions Identifications List (SSI) - Treasury Department"),
    entity("us_ofac_cons", "17018", { releaseId: 2 }),
    csl("SDN-17018", "Specially Designated Nationals (SDN) - Treasury Department"),
    entity("us_ofac_sdn", "17018", { releaseId: 3 }),
    entity("us_ofac_sdn", "9999"),
  ];

  it("joins one OFAC designation across SDN, non-SDN and CSL rows, with the SDN record's id", () => {
    const set = computeTargets(sber);
    assert.equal(set.targets.length, 2);
    const t = set.byListing("us_trade_csl:SSI-17018");
    assert.ok(t);
    assert.equal(t.id, "us_ofac_sdn:17018");
    assert.deepEqual(
      t.listings.map((l) => [l.id, l.releaseId]),
      [
        ["us_ofac_sdn:17018", 3],
        ["us_ofac_cons:17018", 2],
        ["us_trade_csl:SDN-17018", 1],
        ["us_trade_csl:SSI-17018", 1],
      ],
    );
    assert.deepEqual(t.listings[3]?.lists, ["Sectoral Sanctions Identifications List (SSI) - Treasury Department"]);
    assert.equal(t.joins.length, 3);
    assert.deepEqual(t.joins[0], { kind: "ofac_entity_number", value: "17018", listings: ["us_ofac_sdn:17018", "us_ofac_cons:17018"] });
    assert.deepEqual([...set.targetOf], [0, 0, 0, 0, 1]);
  });

  it("gives the same targets, ids and joins whatever the input order", () => {
    const a = computeTargets(sber);
    const b = computeTargets([...sber].reverse());
    assert.deepEqual(a.targets, b.targets);
  });

  it("joins a UN entry to its OFAC and EU listings by passport with country, and by UN reference", () => {
    const passport = { type: "passport", value: "E590976", country: "TN" };
    const set = computeTargets([
      entity("us_ofac_sdn", "7257", { schema: "Person", ids: [passport] }),
      entity("un_sc_sanctions", "111920", { schema: "Person", ids: [passport, { type: "un_reference", value: "QDi.098" }] }),
      entity("eu_fsf", "943", { schema: "Person", ids: [{ type: "un_reference", value: "QDi.098" }] }),
      // The same number without a country is no evidence.
      entity("eu_fsf", "944", { schema: "Person", ids: [{ type: "passport", value: "E590976" }] }),
    ]);
    assert.equal(set.targets.length, 2);
    const t = set.byListing("eu_fsf:943");
    assert.equal(t?.id, "us_ofac_sdn:7257");
    assert.deepEqual(
      t?.joins.map((j) => [j.kind, j.type ?? "", j.value, j.country ?? ""]),
      [
        ["un_reference", "", "QDi.098", ""],
        ["identifier", "passport", "E590976", "TN"],
      ],
    );
    assert.equal(set.byListing("eu_fsf:944")?.listings.length, 1);
  });

  it("refuses joins across two OFAC numbers, two records of one list, or a person and a firm", () => {
    const reg = { type: "registration", value: "1027700159497", country: "RU" };
    const tax = { type: "tax_id", value: "NICR461006T36", country: "MX" };
    const set = computeTargets([
      entity("us_ofac_sdn", "17017", { ids: [reg] }),
      entity("us_ofac_sdn", "20002", { ids: [reg] }),
      entity("un_sc_sanctions", "1", { ids: [{ type: "imo", value: "9187629" }] }),
      entity("un_sc_sanctions", "2", { ids: [{ type: "imo", value: "9187629" }] }),
      entity("eu_fsf", "5", { schema: "Person", ids: [tax] }),
      entity("eu_fsf", "6", { schema: "Company", ids: [tax] }),
    ]);
    assert.equal(set.targets.length, 6);
    const reasons = set.targets.flatMap((t) => t.refused.map((r) => `${t.id}: ${r.reason}`));
    assert.deepEqual(reasons, [
      "us_ofac_sdn:17017: different OFAC entity numbers (17017 / 20002)",
      "us_ofac_sdn:20002: different OFAC entity numbers (17017 / 20002)",
      "un_sc_sanctions:1: two records of one list (un_sc_sanctions:1 / un_sc_sanctions:2)",
      "un_sc_sanctions:2: two records of one list (un_sc_sanctions:1 / un_sc_sanctions:2)",
      "eu_fsf:5: different kinds (Person / Organization)",
      "eu_fsf:6: different kinds (Person / Organization)",
    ]);
  });

  it("ranks sources as the SOURCES registry does", () => {
    assert.deepEqual(
      SOURCE_PRIORITY,
      SOURCES.map((s) => s.key),
    );
  });
});

describe("foldTargets", () => {
  it("keeps each target's best entity, ties to the listing first in id order", () => {
    const best = new Map([
      [0, { score: 0.9, name: 10 }],
      [1, { score: 0.95, name: 11 }],
      [2, { score: 0.95, name: 12 }],
      [3, { score: 0.7, name: 13 }],
    ]);
    const folded = foldTargets(best, [0, 0, 0, 1], [5, 2, 1, 0]);
    assert.deepEqual(
      [...folded.entries()],
      [
        [0, { entity: 2, score: 0.95, name: 12 }],
        [1, { entity: 3, score: 0.7, name: 13 }],
      ],
    );
  });
});
