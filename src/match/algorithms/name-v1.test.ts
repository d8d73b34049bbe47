import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { TokenStats } from "../types.js";
import { nameV1 } from "./name-v1.js";

const T = nameV1.defaultThreshold;
const score = (q: string, c: string, schema?: string) =>
  nameV1.score(nameV1.prepare(q, schema), nameV1.prepare(c, schema), { stats: STATS });

/** A few list-like frequencies: common tokens weigh less than rare ones. */
const DF: Record<string, number> = { mohamed: 800, ali: 900, al: 3000, "#llc": 5000, "#co": 4000, bank: 300, trading: 400 };
const STATS: TokenStats = { total: 30_000, df: (key) => DF[key] ?? 0 };

describe("name-v1 matches across scripts and forms", () => {
  const matches: [string, string, string?][] = [
    ["Евгений Пригожин", "PRIGOZHIN, Yevgeniy Viktorovich", "Person"],
    ["Evgeny Prigozhin", "PRIGOZHIN, Yevgeniy Viktorovich", "Person"],
    ["Пригожин Евгений Викторович", "PRIGOZHIN, Yevgeniy Viktorovich", "Person"],
    ["Ротенберг Аркадий", "ROTENBERG, Arkady Romanovich", "Person"],
    ["PUTIN, Vladimir Vladimirovich", "Vladimir Putin", "Person"],
    ["Vladimir Putin", "PUTIN, Vladimir Vladimirovich", "Person"],
    ["V. Putin", "Vladimir Putin", "Person"],
    ["J.-C. Juncker", "Jean-Claude Juncker", "Person"],
    ["习近平", "Xi Jinping", "Person"],
    ["Xi Jin Ping", "Xi Jinping", "Person"],
    ["长沙天仪空间科技研究院有限公司", "CHANGSHA TIANYI SPACE SCIENCE AND TECHNOLOGY RESEARCH INSTITUTE CO. LTD", "Organization"],
    ["长沙天仪空间科技研究院有限公司", "CHANG SHA TIAN YI KONG JIAN KE JI YAN JIU YUAN YOU XIAN GONG SI", "Organization"],
    ['ООО "Газпром бурение"', "GAZPROM BURENIE, OOO", "Company"],
    ["Gazprom Burenie LLC", "GAZPROM BURENIE, OOO", "Company"],
    ["Sinno Electronics Co Ltd", "SINNO ELECTRONICS CO., LIMITED", "Company"],
    ["Siemens Aktiengesellschaft", "Siemens AG", "Company"],
    ["FridrichBuchenberg", "Friedrich Buchenberg", "Person"],
    ["Alexandr Lukashnko", "Alexander Lukashenko", "Person"],
    ["Usama bin Ladin", "BIN LADIN, Usama bin Muhammad bin Awad", "Person"],
  ];
  for (const [q, c, schema] of matches) {
    it(`${q} ≈ ${c}`, () => assert.ok(score(q, c, schema) >= T, `${score(q, c, schema)}`));
  }
});

describe("name-v1 keeps unrelated names apart", () => {
  const misses: [string, string, string?][] = [
    ["Angela Merkel", "Vladimir Putin", "Person"],
    ["Boris Abramovich", "Roman Abramovich", "Person"],
    ["Sergey Viktorovich Lavrov", "Sergey Borisovich Lavrov", "Person"],
    ["Bashar al-Assad", "Hafez al-Assad", "Person"],
    ["Microsoft Corporation", "Sinno Electronics Co., Limited", "Company"],
    ["Saudi Arabian Gas Company", "Saudi Arabian Oil Company", "Company"],
    ["Volkswagen AG", "Siemens AG", "Company"],
    ["Mohamed Ali", "Mohamed Salah", "Person"],
    ["N.N.", "Nursultan Nazarbayev", "Person"],
  ];
  for (const [q, c, schema] of misses) {
    it(`${q} ≠ ${c}`, () => assert.ok(score(q, c, schema) < T, `${score(q, c, schema)}`));
  }
});

describe("name-v1 scoring properties", () => {
  it("never scores a closer spelling lower", () => {
    const target = "Alexander Lukashenko";
    const steps = ["Alexander Lukashenko", "Alexander Lukashenk", "Alexander Lukashen", "Alexandr Lukashen", "Alexandr Lukash"];
    const scores = steps.map((s) => score(s, target, "Person"));
    for (let i = 1; i < scores.length; i++) assert.ok((scores[i] as number) <= (scores[i - 1] as number), `${steps[i]}: ${scores}`);
    const typos = ["Prigozhin", "Prigozhyn", "Prigojyn", "Prygojyn"].map((s) => score(`Yevgeniy ${s}`, "Yevgeniy Prigozhin", "Person"));
    for (let i = 1; i < typos.length; i++) assert.ok((typos[i] as number) <= (typos[i - 1] as number), `${typos}`);
  });

  it("is symmetric in the tokens it aligns and stays in [0, 1]", () => {
    for (const [a, b] of [
      ["Vladimir Putin", "Putin"],
      ["", "Putin"],
      ["x", "y"],
    ] as const) {
      const s = score(a, b);
      assert.ok(s >= 0 && s <= 1);
    }
  });

  it("costs unmatched query tokens more than extra list tokens", () => {
    assert.ok(score("Gazprom Neft", "Gazprom", "Company") < score("Gazprom", "Gazprom Neft", "Company"));
  });

  it("weighs rare tokens more than common ones", () => {
    // Same shape; the shared token is common in one pair and rare in the other.
    assert.ok(score("Mohamed Zyxwar", "Mohamed Qorbel", "Person") < score("Zyxwar Ali", "Zyxwar Qorbel", "Person"));
  });

  it("never lets an identifier override a name mismatch", () => {
    const q = nameV1.prepare("Angela Merkel", "Person");
    const c = nameV1.prepare("Vladimir Putin", "Person");
    const ctx = { stats: STATS, query: { identifiers: ["AB 1234567"] }, candidate: { identifiers: ["ab1234567"] } };
    assert.ok(nameV1.score(q, c, ctx) < T);
    const same = nameV1.prepare("Vladimir Putin", "Person");
    assert.ok(nameV1.score(same, c, ctx) > nameV1.score(same, c, { stats: STATS }) - 1e-9);
  });

  it("lowers a score for a different birth year or country", () => {
    const q = nameV1.prepare("Yevgeniy Prigozhin", "Person");
    const c = nameV1.prepare("PRIGOZHIN, Yevgeniy Viktorovich", "Person");
    const plain = nameV1.score(q, c, { stats: STATS });
    const cand = { birthDates: ["1961-06-01"], countries: ["RU"] };
    assert.ok(nameV1.score(q, c, { stats: STATS, query: { birthDates: ["1990"] }, candidate: cand }) < plain);
    assert.ok(nameV1.score(q, c, { stats: STATS, query: { countries: ["CN"] }, candidate: cand }) < plain);
    assert.ok(nameV1.score(q, c, { stats: STATS, query: { birthDates: ["1961-06-01"], countries: ["RU"] }, candidate: cand }) >= plain);
  });

  it("replays: the same input gives the same score and explanation", () => {
    const q = nameV1.prepare("Пригожин Евгений", "Person");
    const c = nameV1.prepare("PRIGOZHIN, Yevgeniy Viktorovich", "Person");
    assert.deepEqual(nameV1.explain(q, c, { stats: STATS }), nameV1.explain(q, c, { stats: STATS }));
    assert.equal(nameV1.explain(q, c, { stats: STATS }).score, nameV1.score(q, c, { stats: STATS }));
  });
});
