import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { TokenStats } from "../types.js";
import { getAlgorithm } from "./index.js";
import { nameV2 } from "./name-v2.js";
import { nameV3 } from "./name-v3.js";

/** A few list-like frequencies, as in name-v1's and name-v2's tests. */
const DF: Record<string, number> = { mohamed: 800, ali: 900, al: 3000, "#llc": 5000, "#co": 4000, bank: 300, trading: 400 };
const STATS: TokenStats = { total: 30_000, df: (key) => DF[key] ?? 0 };
const T = nameV3.defaultThreshold;
const score = (alg: typeof nameV3, q: string, c: string, schema?: string) =>
  alg.score(alg.prepare(q, schema), alg.prepare(c, schema), { stats: STATS });
const v2 = (q: string, c: string, schema?: string) => score(nameV2, q, c, schema);
const v3 = (q: string, c: string, schema?: string) => score(nameV3, q, c, schema);
const matches = (q: string, c: string, schema?: string) => assert.ok(v3(q, c, schema) >= T, `${q} / ${c}: ${v3(q, c, schema)}`);
const misses = (q: string, c: string, schema?: string) => assert.ok(v3(q, c, schema) < T, `${q} / ${c}: ${v3(q, c, schema)}`);

describe("name-v3", () => {
  it("stays selectable (name-v4 is the default); name-v2 and name-v1 keep their behaviour", () => {
    assert.equal(getAlgorithm("name-v3").id, "name-v3");
    assert.equal(getAlgorithm("name-v2"), nameV2);
    // A reading name-v3 adds does not leak into name-v2.
    assert.ok(v2("Mao Tse-tung", "Mao Zedong", "Person") < T);
  });

  it("keeps name-v2's matches across scripts and forms", () => {
    for (const [q, c, schema] of [
      ["Евгений Пригожин", "PRIGOZHIN, Yevgeniy Viktorovich", "Person"],
      ["习近平", "Xi Jinping", "Person"],
      ["Gazprom Burenie LLC", "GAZPROM BURENIE, OOO", "Company"],
      ["Spacety Co., Ltd.", "SPACETY CO. LTD", "Company"],
      ["V. Putin", "Vladimir Putin", "Person"],
      ["OAO Gazprom", "PAO Gazprom", "Company"],
    ] as const) {
      matches(q, c, schema);
    }
  });

  it("reads Chinese names in Wade-Giles and Cantonese surnames in pinyin", () => {
    matches("Mao Tse-tung", "Mao Zedong", "Person");
    matches("Hsi Chin-ping", "Xi Jinping", "Person");
    matches("Chiang Ching-kuo", "蒋经国", "Person");
    matches("Lee Teng-hui", "李登辉", "Person");
    matches("Tsai Ing-wen", "蔡英文");
    // Korean names with hyphens are not Wade-Giles: Kim Yong-chol is not Kim Yong-chun.
    misses("Kim Yong-chol", "Kim Yong-chun", "Person");
    misses("Mao Tse-tung", "Mao Zemin", "Person");
  });

  it("spells Korean in Hangul as the lists write North Korean names", () => {
    matches("김정은", "KIM Jong Un", "Person");
    matches("최룡해", "CHOE Ryong Hae", "Person");
    matches("리병철", "RI Pyong Chol", "Person");
    matches("박정천", "PAK Jong Chon", "Person");
    misses("김정일", "KIM Jong Un", "Person");
    assert.deepEqual(
      nameV3.prepare("김정은", "Person").tokens.map((t) => t.text),
      ["kim", "jongun"],
    );
    assert.ok(nameV3.prepare("김정은", "Person").tokens[1]?.alts.includes("jeongeun"));
    matches("Park Chol", "PAK Chol", "Person");
    matches("Lee Pyong Chol", "RI Pyong Chol", "Person");
    matches("Gim Jeong-eun", "KIM Jong Un", "Person");
    // name-v2 keeps any-ascii's spelling.
    assert.equal(nameV2.prepare("김정은", "Person").tokens[0]?.text, "gim");
  });

  it("spells Serbian Cyrillic as Serbian Latin", () => {
    matches("Александар Вучић", "Aleksandar Vucic", "Person");
    matches("Александар Вучић", "Aleksandar Vučić", "Person");
  });

  it("reads p as b and v as f between Arabic script and Latin", () => {
    matches("فرناندو بيريز", "Fernando Pérez", "Person");
  });

  it("compares Chinese characters, not only their readings", () => {
    // 高石 and 高市 are both read "gaoshi": different names all the same.
    misses("高石早苗", "高市早苗", "Person");
    matches("高市早苗", "高市 早苗", "Person");
  });

  it("counts repeated name parts", () => {
    misses("ABDULLAHI MOHAMED MOHAMED CADDOW", "ABDULLAHI OSMAN MOHAMED CADDOW", "Person");
    assert.ok(v2("ABDULLAHI MOHAMED MOHAMED CADDOW", "ABDULLAHI OSMAN MOHAMED CADDOW", "Person") >= T);
    matches("Mohamed Mohamed Abdi", "MOHAMED MOHAMED ABDI", "Person");
  });

  it("weighs different statutory legal forms more than different words for 'company'", () => {
    misses("Deutsche Bank AG", "Deutsche Bank GmbH", "Company");
    misses("AO Kronshtadt", "OOO Kronshtadt", "Company");
    matches("Homs Refinery Corporation", "The Homs Refinery Company", "Company");
  });

  it("reads 'Co., Limited' as one legal form", () => {
    const tokens = nameV3.prepare("SINNO ELECTRONICS CO., LIMITED", "Company").tokens;
    assert.deepEqual(
      tokens.map((t) => t.cls),
      ["name", "generic", "legal"],
    );
    matches("Sinno Electronics Co Ltd", "SINNO ELECTRONICS CO., LIMITED", "Company");
  });

  it("reads Russian generic words in any case and gender, and their English words", () => {
    matches("Сбербанк России", "Sberbank of Russia", "Company");
    matches("Sberbank Rossii OAO", "Sberbank of Russia", "Company");
    matches("Государственная корпорация Ростех", "STATE CORPORATION ROSTEC", "Company");
    matches("ЧВК Вагнер", "PMC Wagner", "Company");
    matches("АО Раменское приборостроительное конструкторское бюро", "RAMENSKOYE INSTRUMENT DESIGN BUREAU JSC", "Company");
    matches("Корпорация Тактическое Ракетное Вооружение", "TACTICAL MISSILES CORPORATION JSC", "Company");
    // A person's name is not read for company words.
    assert.equal(nameV3.prepare("Государственный Иван", "Person").tokens[0]?.cls, "name");
  });

  it("does not let generic words alone carry a match", () => {
    const q = nameV3.prepare("Technology Trading Co Ltd", "Company");
    const c = nameV3.prepare("Changsha Tianyi Technology Trading Co Ltd", "Company");
    const e = nameV3.explain(q, c, { stats: STATS });
    assert.ok(e.penalties.some((p) => p.name === "genericOnly"));
    assert.ok(e.score < T, String(e.score));
  });

  it("costs an extra name part of an organisation as much on the list side as in the query", () => {
    assert.ok(v3("L & H Sweden AB", "L & H Mendez Sweden AB", "Company") < v2("L & H Sweden AB", "L & H Mendez Sweden AB", "Company"));
    // People's names keep the cheaper cost: lists carry middle names.
    matches("Vladimir Putin", "PUTIN, Vladimir Vladimirovich", "Person");
  });

  it("discounts one short name part met by a near spelling when it is all the names share", () => {
    const e = nameV3.explain(nameV3.prepare("Intel Corporation", "Company"), nameV3.prepare("INTER", "Company"), { stats: STATS });
    assert.ok(e.penalties.some((p) => p.name === "weakSingle"));
    assert.ok(e.score < T, String(e.score));
    // The same part spelt the same way, or a longer part spelt near, is not discounted.
    matches("Inter LLC", "INTER", "Company");
    matches("Rosoboroneksport", "ROSOBORONEXPORT", "Company");
    matches("The Fenr Limited", "THE FERN LIMITED", "Company");
  });

  it("keeps clean names of well-known companies under the threshold against near list names", () => {
    for (const [q, c] of [
      ["General Electric", "General Dynamics"],
      ["Siemens Energy", "Siemens AG"],
      ["Micron Technology", "MICRON JSC"],
      ["Huaxinke Hong Kong Ltd", "Shenzhen Huaxinke Technology Co., Ltd."],
    ] as const) {
      misses(q, c, "Company");
    }
  });
});
