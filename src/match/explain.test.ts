import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { assertGolden } from "../../test/golden.js";
import { explainNames } from "./explain.js";
import { scoreNames } from "./score.js";

/** Cases whose explanations are kept as golden JSON: one per kind of match. */
const CASES: {
  query: string;
  candidate: string;
  schema: string;
  query_facts?: Record<string, string[]>;
  candidate_facts?: Record<string, string[]>;
}[] = [
  { query: "Евгений Пригожин", candidate: "PRIGOZHIN, Yevgeniy Viktorovich", schema: "Person" },
  {
    query: "长沙天仪空间科技研究院有限公司",
    candidate: "CHANGSHA TIANYI SPACE SCIENCE AND TECHNOLOGY RESEARCH INSTITUTE CO. LTD",
    schema: "Organization",
  },
  { query: 'ООО "Газпром бурение"', candidate: "GAZPROM BURENIE, OOO", schema: "Company" },
  { query: "J.-C. Juncker", candidate: "Jean-Claude Juncker", schema: "Person" },
  { query: "FridrichBuchenberg", candidate: "Friedrich Buchenberg", schema: "Person" },
  { query: "Sergey Viktorovich Lavrov", candidate: "Sergey Borisovich Lavrov", schema: "Person" },
  { query: "Deutsche Bank AG", candidate: "Deutsche Bank GmbH", schema: "Company" },
  {
    query: "Vladimir Putin",
    candidate: "PUTIN, Vladimir Vladimirovich",
    schema: "Person",
    query_facts: { countries: ["RU"], birthDates: ["1952"] },
    candidate_facts: { countries: ["RU"], birthDates: ["1952-10-07"] },
  },
];

/** name-v2's golden cases: where it reads or scores names differently from name-v1. */
const V2_CASES = [
  { query: "Bella Italia Restaurant", candidate: "BELLA", schema: "Company" },
  { query: "Siemens Aktiengeselschaft", candidate: "Siemens AG", schema: "Company" },
  { query: "Deutsche Bank AG", candidate: "Deutsche Bank GmbH", schema: "Company" },
  { query: "Евгений Пригожин", candidate: "PRIGOZHIN, Yevgeniy Viktorovich", schema: "Person" },
];

describe("explanations", () => {
  it("name every token pair, its kind of match and weight, penalties and qualifiers (golden)", () => {
    const out = CASES.map((c) =>
      explainNames(c.query, c.candidate, {
        algorithm: "name-v1",
        schema: c.schema,
        ...(c.query_facts ? { query: { schema: c.schema, ...c.query_facts } } : {}),
        ...(c.candidate_facts ? { candidate: { schema: c.schema, ...c.candidate_facts } } : {}),
      }),
    );
    assertGolden(new URL("./fixtures/explanations.json", import.meta.url), out);
  });

  it("name name-v2's own penalties and its reading of misspelt legal forms (golden)", () => {
    const out = V2_CASES.map((c) => explainNames(c.query, c.candidate, { algorithm: "name-v2", schema: c.schema }));
    assert.deepEqual(
      out.map((e) => e.algorithm),
      V2_CASES.map(() => "name-v2"),
    );
    assertGolden(new URL("./fixtures/explanations-v2.json", import.meta.url), out);
  });

  it("give the same score as the fast path", () => {
    for (const c of CASES) {
      for (const algorithm of ["name-v1", "name-v2"]) {
        const options = { algorithm, schema: c.schema };
        assert.equal(explainNames(c.query, c.candidate, options).score, scoreNames(c.query, c.candidate, options));
      }
    }
  });

  it("say how each pair met", () => {
    const e = explainNames("Евгений Пригожин", "PRIGOZHIN, Yevgeniy Viktorovich", { schema: "Person" });
    assert.deepEqual(
      e.pairs.map((p) => [p.querySource, p.candidate, p.how]),
      [
        ["евгений", "yevgeniy", "transliterated"],
        ["пригожин", "prigozhin", "transliterated"],
      ],
    );
    assert.deepEqual(
      e.unmatchedCandidate.map((u) => [u.token, u.class]),
      [["viktorovich", "patronymic"]],
    );
    const lavrov = explainNames("Sergey Viktorovich Lavrov", "Sergey Borisovich Lavrov", { schema: "Person" });
    assert.equal(lavrov.penalties[0]?.name, "patronymicConflict");
  });
});
