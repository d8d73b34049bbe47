import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { prepareName } from "./tokenize.js";

const texts = (name: string, schema?: string) => prepareName(name, schema ? { schema } : {}).tokens.map((t) => t.text);
const classes = (name: string, schema?: string) =>
  prepareName(name, schema ? { schema } : {}).tokens.map((t) => `${t.text}:${t.cls}${t.concept ? `#${t.concept}` : ""}`);

describe("normalisation per script", () => {
  it("folds case, diacritics, punctuation and apostrophes", () => {
    assert.deepEqual(texts("Recep Tayyip ERDOĞAN"), ["recep", "tayyip", "erdogan"]);
    assert.deepEqual(texts("Al-Qa'ida"), ["al", "qaida"]);
    assert.deepEqual(texts("Jonas Gahr Støre"), ["jonas", "gahr", "store"]);
    assert.deepEqual(texts("J.P. Morgan & Co."), ["jp", "morgan", "and", "co"]);
    assert.deepEqual(texts("Ig0r Sech1n"), ["igor", "sechin"]);
  });

  it("transliterates Cyrillic with its variants", () => {
    const [first] = prepareName("Евгений Пригожин").tokens;
    assert.equal(first?.text, "yevgeniy");
    assert.equal(first?.script, "Cyrl");
    assert.ok(first?.alts.includes("evgeny"));
    assert.deepEqual(texts("Евгений Пригожин"), ["yevgeniy", "prigozhin"]);
  });

  it("turns Chinese characters into pinyin words, joined, with glossary concepts", () => {
    assert.deepEqual(texts("习近平"), ["xi", "jinping"]);
    assert.deepEqual(classes("长沙天仪空间科技研究院有限公司", "Organization"), [
      "changsha:name",
      "tianyi:name",
      "kongjian:generic#space",
      "keji:generic#technology",
      "yanjiuyuan:generic#research_institute",
      "youxiangongsi:legal#llc",
    ]);
    // Spaced pinyin syllables of a legal form are the same legal form.
    assert.deepEqual(classes("SHENZHEN KEJI YOU XIAN GONG SI", "Organization"), [
      "shenzhen:name",
      "keji:generic#technology",
      "youxiangongsi:legal#llc",
    ]);
  });

  it("reads other scripts through any-ascii (Greek, Armenian, Korean, Arabic)", () => {
    assert.deepEqual(texts("Κυριάκος Μητσοτάκης"), ["kyriakos", "mitsotakis"]);
    assert.deepEqual(texts("Բարակ Օբամա"), ["barak", "obama"]);
    assert.deepEqual(texts("김정은"), ["gim", "jeongeun"]);
    const arabic = prepareName("محمد بن سلمان").tokens;
    assert.ok(arabic.every((t) => t.abjad));
    assert.deepEqual(
      arabic.map((t) => t.cls),
      ["name", "particle", "name"],
    );
  });
});

describe("legal forms", () => {
  it("recognises ООО, OOO, LLC, Limited Liability Company as one class", () => {
    for (const name of [
      'ООО "Ромашка"',
      "OOO Romashka",
      "Romashka LLC",
      "Romashka Limited Liability Company",
      "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ РОМАШКА",
    ]) {
      const legal = prepareName(name, { schema: "Company" }).tokens.filter((t) => t.cls === "legal");
      assert.deepEqual(
        legal.map((t) => t.concept),
        ["llc"],
        name,
      );
    }
  });

  it("recognises 有限公司 and Co., Ltd.; 股份有限公司 and JSC; GmbH, AG, S.A.R.L., Sp. z o.o.", () => {
    const concept = (name: string) =>
      prepareName(name, { schema: "Company" })
        .tokens.filter((t) => t.cls === "legal")
        .map((t) => t.concept);
    assert.deepEqual(concept("深圳市华为技术有限公司"), ["llc"]);
    assert.deepEqual(concept("Huawei Technologies Co., Ltd."), ["llc"]);
    assert.deepEqual(concept("成都光明光电股份有限公司"), ["jsc"]);
    assert.deepEqual(concept("Gazprom Neft PAO"), ["jsc"]);
    assert.deepEqual(concept("Siemens AG"), ["jsc"]);
    assert.deepEqual(concept("Volkswagen G.m.b.H."), ["llc"]);
    assert.deepEqual(concept("Bowne Global Solutions, S.A.R.L."), ["llc"]);
    assert.deepEqual(concept("FABERLIC EUROPE Sp. z o.o."), ["llc"]);
    assert.deepEqual(concept("Kaspi Bank ТОО"), ["llc"]);
  });

  it("does not read short forms as legal forms inside a name or in a person's name", () => {
    assert.deepEqual(classes("AG Barr", "Person"), ["ag:name", "barr:name"]);
    assert.equal(prepareName("Banco Sa Nostra Mutual", { schema: "Company" }).tokens[1]?.cls, "name");
  });
});

describe("person-name forms", () => {
  it("puts 'LAST, First Patronymic' in natural order and marks the patronymic", () => {
    assert.deepEqual(classes("PUTIN, Vladimir Vladimirovich", "Person"), ["vladimir:name", "vladimirovich:patronymic", "putin:name"]);
    assert.deepEqual(classes("Пригожин Евгений Викторович"), ["prigozhin:name", "yevgeniy:name", "viktorovich:patronymic"]);
  });

  it("keeps an organisation's comma where it is", () => {
    assert.deepEqual(texts("Apple, Inc.", "Company"), ["apple", "inc"]);
  });

  it("marks initials, titles, particles and numbers", () => {
    assert.deepEqual(classes("Mr. V. Putin"), ["mr:title", "v:initial", "putin:name"]);
    assert.deepEqual(classes("Osama bin Laden"), ["osama:name", "bin:particle", "laden:name"]);
    assert.deepEqual(texts("Brigade Forty-Four"), ["brigade", "44"]);
    assert.deepEqual(texts("Blackstone Capital Partners VII L.P.", "Company"), ["blackstone", "capital", "partners", "7", "lp"]);
    // "Xi" is a surname, not a roman numeral.
    assert.deepEqual(texts("Xi Jinping"), ["xi", "jinping"]);
  });
});

describe("bad input", () => {
  it("returns no tokens for empty or letterless input", () => {
    assert.deepEqual(texts(""), []);
    assert.deepEqual(texts("  --- ... ***  "), []);
  });

  it("cuts a 10 KB name and says so", () => {
    const p = prepareName("Ivanov ".repeat(1500));
    assert.equal(p.truncated, true);
    assert.ok(p.tokens.length <= 60);
  });

  it("survives binary junk", () => {
    const junk = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 7919) % 65_536));
    const p = prepareName(junk);
    assert.ok(Array.isArray(p.tokens));
    for (const t of p.tokens) assert.match(t.text, /^[a-z0-9]+$/);
  });
});

describe("words that are names of Object.prototype", () => {
  it("reads 'constructor', 'toString' and 'valueOf' as name parts, not numbers", () => {
    const p = prepareName("Constructor toString valueOf LLC", { schema: "Company" });
    assert.deepEqual(
      p.tokens.map((t) => [t.text, t.cls]),
      [
        ["constructor", "name"],
        ["tostring", "name"],
        ["valueof", "name"],
        ["llc", "legal"],
      ],
    );
  });
});
