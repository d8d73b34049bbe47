import assert from "node:assert/strict";
import { createReadStream, readdirSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { ValidationError } from "../errors.js";
import { DEFAULT_ALGORITHM } from "../match/algorithms/index.js";
import type { StoredEntity } from "../model/index.js";
import { usOfacSdn } from "../sources/us_ofac_sdn/index.js";
import { createScreener, validateQueryName } from "./screener.js";
import type { Screener } from "./types.js";

const FIXTURES = fileURLToPath(new URL("./fixtures/sdn", import.meta.url));

async function fixtureEntities(): Promise<StoredEntity[]> {
  const files = readdirSync(FIXTURES).map((name) => ({ name, path: join(FIXTURES, name) }));
  const out: StoredEntity[] = [];
  for await (const e of usOfacSdn.parse(usOfacSdn.select(files), { files, open: (f) => createReadStream(f.path), meta: {} })) {
    out.push({ ...e, releaseId: 7 });
  }
  return out;
}

describe("screener over list entities", () => {
  let entities: StoredEntity[];
  let screener: Screener;
  before(async () => {
    entities = await fixtureEntities();
    screener = await createScreener(entities);
  });

  it("indexes every entity and names its algorithm", () => {
    assert.equal(screener.size, entities.length);
    assert.equal(screener.algorithm, DEFAULT_ALGORITHM);
    assert.equal(DEFAULT_ALGORITHM, "name-v4");
  });

  it("finds a Russian person written in Cyrillic, with the contract's fields", () => {
    const [m] = screener.screen({ name: "Пригожин Евгений Викторович" });
    assert.ok(m);
    assert.equal(m.id, "us_ofac_sdn:21171");
    assert.equal(m.source, "us_ofac_sdn");
    assert.equal(m.recordId, "21171");
    assert.equal(m.schema, "Person");
    assert.equal(m.name, "PRIGOZHIN, Yevgeniy Viktorovich");
    assert.equal(m.algorithm, "name-v4");
    assert.equal(m.releaseId, 7);
    assert.ok(m.score >= screener.defaultThreshold && m.score <= 1);
    assert.equal((m.explanation as { algorithm: string }).algorithm, "name-v4");
  });

  it("finds a Chinese supplier from its characters and from spaced pinyin", () => {
    assert.equal(screener.screen({ name: "长沙天仪空间科技研究院有限公司" })[0]?.id, "us_ofac_sdn:40477");
    assert.equal(screener.screen({ name: "Chang Sha Tian Yi Kong Jian Ke Ji" })[0]?.id, "us_ofac_sdn:40477");
    assert.equal(screener.screen({ name: "Spacety Co., Ltd." })[0]?.id, "us_ofac_sdn:40477");
  });

  it("matches legal-form variants and typos", () => {
    assert.equal(screener.screen({ name: "ООО Газпром бурение" })[0]?.id, "us_ofac_sdn:24185");
    assert.equal(screener.screen({ name: "Sino Electronics Limited" })[0]?.id, "us_ofac_sdn:38641");
    assert.equal(screener.screen({ name: "Vladmir Putin" })[0]?.id, "us_ofac_sdn:35096");
  });

  it("keeps name-v1 selectable", async () => {
    const v1 = await createScreener(entities, { algorithm: "name-v1" });
    assert.equal(v1.algorithm, "name-v1");
    const [m] = v1.screen({ name: "Пригожин Евгений Викторович" });
    assert.ok(m);
    assert.equal(m.id, "us_ofac_sdn:21171");
    assert.equal((m.explanation as { algorithm: string }).algorithm, "name-v1");
  });

  it("returns nothing for clean names", () => {
    for (const name of ["Angela Merkel", "Microsoft Corporation", "Deutsche Bank AG", "Toyota Motor Corporation"]) {
      assert.deepEqual(screener.screen({ name }), [], name);
    }
  });

  it("filters by schema and source, and honours threshold and limit", () => {
    assert.deepEqual(screener.screen({ name: "Vladimir Putin", schema: "Company" }), []);
    assert.equal(screener.screen({ name: "Vladimir Putin", schema: "Person" })[0]?.id, "us_ofac_sdn:35096");
    assert.equal(screener.screen({ name: "Vladimir Putin" }, { sources: ["us_ofac_sdn"] })[0]?.id, "us_ofac_sdn:35096");
    const loose = screener.screen({ name: "Rotenberg" }, { threshold: 0.3, limit: 1 });
    assert.equal(loose.length, 1);
    for (const m of screener.screen({ name: "Rotenberg" }, { threshold: 0.95 })) assert.ok(m.score >= 0.95);
  });

  it("refuses a source that is not loaded, naming the loaded ones, rather than finding nothing", () => {
    assert.deepEqual(screener.sources, ["us_ofac_sdn"]);
    assert.throws(
      () => screener.screen({ name: "Vladimir Putin" }, { sources: ["us_ofac_sdm"] }),
      (e: unknown) => e instanceof ValidationError && /source 'us_ofac_sdm' is not loaded \(loaded: us_ofac_sdn\)/.test(e.message),
    );
    assert.throws(() => screener.checkSources(["eu_fsf", "un_sc_sanctions"]), /sources 'eu_fsf', 'un_sc_sanctions' are not loaded/);
  });

  it("refuses to screen an empty index instead of reporting no matches", async () => {
    const empty = await createScreener([]);
    assert.equal(empty.size, 0);
    assert.throws(() => empty.screen({ name: "Vladimir Putin" }), /no lists are loaded/);
  });

  it("gives each match its target's listings (here one each: the fixture is the SDN alone)", () => {
    const [m] = screener.screen({ name: "Vladimir Putin" });
    assert.equal(m?.matchedListing, "us_ofac_sdn:35096");
    assert.deepEqual(m?.listings, [
      { id: "us_ofac_sdn:35096", source: "us_ofac_sdn", recordId: "35096", lists: ["SDN List"], releaseId: 7 },
    ]);
  });

  it("uses country and birth date as qualifiers", () => {
    const plain = screener.screen({ name: "Arkady Rotenberg" })[0];
    const wrongYear = screener.screen({ name: "Arkady Rotenberg", birthDates: ["1980"] }, { threshold: 0 })[0];
    const sameCountry = screener.screen({ name: "Arkady Rotenberg", countries: ["Russia"] })[0];
    assert.ok(plain && wrongYear && sameCountry);
    assert.ok(wrongYear.score < plain.score);
    assert.ok(sameCountry.score >= plain.score);
    const q = (sameCountry.explanation as { qualifiers: { name: string }[] }).qualifiers.map((x) => x.name);
    assert.ok(q.includes("countryMatch"), q.join());
  });

  it("reads entities from a store's currentEntities()", async () => {
    const store = {
      async *currentEntities() {
        yield* entities;
      },
    };
    const s = await createScreener(store);
    assert.equal(s.size, entities.length);
  });

  it("refuses names it cannot screen, with clear messages", () => {
    const bad: [unknown, RegExp][] = [
      ["", /empty/],
      ["   ", /empty/],
      ["ab", /too short/],
      ["x".repeat(10_001), /longer than 10000/],
      ["--- *** ---", /no letters/],
      [42, /must be a string/],
    ];
    for (const [name, message] of bad) {
      assert.throws(
        () => validateQueryName(name),
        (e: unknown) => e instanceof ValidationError && message.test(e.message),
        String(name).slice(0, 20),
      );
      assert.throws(() => screener.screen({ name: name as string }), ValidationError);
    }
    assert.equal(validateQueryName(" 李 "), "李");
    assert.throws(() => screener.screen({ name: "Putin" }, { threshold: 2 }), /threshold/);
    assert.throws(() => screener.screen({ name: "Putin" }, { limit: 0 }), /limit/);
    assert.throws(() => screener.screen({ name: "Putin", schema: "Dog" as never }), /unknown schema/);
  });

  it("screens a 10 KB name and binary junk without crashing", () => {
    assert.ok(Array.isArray(screener.screen({ name: "Putin ".repeat(1600) })));
    const junk = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => 32 + ((i * 7919) % 60_000)));
    assert.ok(Array.isArray(screener.screen({ name: junk })));
  });
});

describe("screener over other spellings of list names", () => {
  it("finds a list name written in Wade-Giles from pinyin and from Chinese characters", async () => {
    const person = (id: string, name: string) =>
      ({
        id,
        schema: "Person",
        names: [{ value: name, kind: "primary" }],
        countries: [],
        nationalities: [],
        addresses: [],
        identifiers: [],
        birthDates: [],
        sanctions: [],
        source: { key: "hand_written", recordId: id },
        releaseId: 1,
      }) as unknown as StoredEntity;
    // Hand-written entries, not from a list file.
    const screener = await createScreener([person("a", "CHIANG, Ching-kuo"), person("b", "MAO Tse-tung"), person("c", "SMITH, John")]);
    for (const [query, id] of [
      ["Jiang Jingguo", "a"],
      ["蒋经国", "a"],
      ["Mao Zedong", "b"],
    ] as const) {
      assert.equal(screener.screen({ name: query })[0]?.id, id, query);
    }
  });
});
