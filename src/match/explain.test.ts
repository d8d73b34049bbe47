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

describe("explanations", () => {
  it("name every token pair, its kind of match and weight, penalties and qualifiers (golden)", () => {
    const out = CASES.map((c) =>
      explainNames(c.query, c.candidate, {
        schema: c.schema,
        ...(c.query_facts ? { query: { schema: c.schema, ...c.query_facts } } : {}),
        ...(c.candidate_facts ? { candidate: { schema: c.schema, ...c.candidate_facts } } : {}),
      }),
    );
    assertGolden(new URL("./fixtures/explanations.json", import.meta.url), out);
  });

  it("give the same score as the fast path", () => {
    for (const c of CASES) {
      assert.equal(explainNames(c.query, c.candidate, { schema: c.schema }).score, scoreNames(c.query, c.candidate, { schema: c.schema }));
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
