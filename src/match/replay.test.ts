import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadNameBench } from "../../bench/lib/name-bench.js";
import { loadSdnEntities } from "../../bench/lib/sdn.js";
import { createNameIndex } from "../screen/name-index.js";
import { ALGORITHMS } from "./algorithms/index.js";
import { explainNames } from "./explain.js";
import { recomputeScore, replayExplanation } from "./replay.js";
import type { Explanation } from "./types.js";

/** What a client gets: the explanation as JSON, nothing else. */
const asJson = (e: Explanation): Explanation => JSON.parse(JSON.stringify(e));

describe("replaying explanations", () => {
  it("recomputes the golden cases from their JSON", () => {
    const cases = [
      ["Евгений Пригожин", "PRIGOZHIN, Yevgeniy Viktorovich", "Person"],
      ["Deutsche Bank AG", "Deutsche Bank GmbH", "Company"],
      ["Bella Italia Restaurant", "BELLA", "Company"],
      ["Banco Santander", "Banco Santander Chile", "Company"],
    ];
    for (const algorithm of ALGORITHMS.map((a) => a.id))
      for (const [query, candidate, schema] of cases) {
        const e = asJson(explainNames(query as string, candidate as string, { algorithm, schema: schema as string }));
        assert.deepEqual(replayExplanation(e), { score: e.score, nameScore: e.nameScore }, `${algorithm}: ${query} / ${candidate}`);
      }
  });

  it("counts the rest of a name an initial stands for as unmatched and disagreeing", () => {
    const e = asJson(explainNames("J.-C. Juncker", "Jean-Claude Juncker", { algorithm: "name-v1", schema: "Person" }));
    const initials = e.pairs.filter((p) => p.how === "initial");
    assert.deepEqual(
      initials.map((p) => [p.query, p.candidate, p.weight, p.candidateRest]),
      [
        ["j", "jean", 0.9, 0.55],
        ["c", "claude", 0.9, 0.55],
      ],
    );
    assert.equal(recomputeScore(e), e.score);
    // Without the rests the score could not be recomputed: 0.9526 instead of 0.8447.
    for (const p of e.pairs) delete p.candidateRest;
    assert.notEqual(recomputeScore(e), e.score);
  });

  it("applies a positive qualifier only at the constants' minimum name score", () => {
    const e = asJson(
      explainNames("Vladimir Putin", "PUTIN, Vladimir Vladimirovich", {
        algorithm: "name-v1",
        schema: "Person",
        query: { schema: "Person", countries: ["RU"] },
        candidate: { schema: "Person", countries: ["RU"] },
      }),
    );
    assert.ok(e.qualifiers.some((q) => q.adjustment > 0));
    assert.equal(recomputeScore(e), e.score);
    assert.equal(recomputeScore({ ...e, constants: { ...e.constants, minNameForBoost: 1.01 } }), e.nameScore);
  });

  it("is driven by the JSON, not by the algorithm id", () => {
    const e = asJson(explainNames("Hans J Friedrich", "Hans Joachim Friedrich", { algorithm: "name-v3", schema: "Person" }));
    assert.equal(recomputeScore({ ...e, algorithm: "name-v99" }), e.score);
    // Other constants give another score: nothing is looked up by id.
    assert.notEqual(recomputeScore({ ...e, constants: { ...e.constants, beta: 0 } }), e.score);
  });

  it("refuses an explanation without constants", () => {
    const { constants: _, ...old } = asJson(explainNames("V. Putin", "Vladimir Putin", { schema: "Person" }));
    assert.throws(() => recomputeScore(old as Explanation), /carries no constants/);
  });

  it("recomputes every explanation of the name benchmark, for every algorithm (SDN token statistics)", async () => {
    const entities = await loadSdnEntities();
    const cases = loadNameBench();
    assert.equal(cases.length, 826);
    for (const algorithm of ALGORITHMS) {
      // The statistics of the quality bench (bench/match-quality.ts): the 2024-05 SDN names, per algorithm.
      const { stats } = createNameIndex(
        entities.flatMap((e, i) => e.names.map((n) => ({ entity: i, value: n.value, schema: e.schema }))),
        algorithm,
      );
      const wrong: string[] = [];
      let withInitials = 0;
      for (const c of cases) {
        const e = asJson(algorithm.explain(algorithm.prepare(c.name1, c.schema), algorithm.prepare(c.name2, c.schema), { stats }));
        if (e.pairs.some((p) => p.queryRest || p.candidateRest)) withInitials++;
        const r = replayExplanation(e);
        if (r.score !== e.score || r.nameScore !== e.nameScore)
          wrong.push(`${c.name1} / ${c.name2}: ${e.score} (name ${e.nameScore}) replayed as ${r.score} (name ${r.nameScore})`);
      }
      assert.deepEqual(wrong, [], `${algorithm.id}: ${wrong.length} of ${cases.length} explanations do not recompute`);
      // Initials whose full names weigh more than the initial: "V. Putin", "J.-C. Juncker", "Hans J Friedrich"…
      assert.ok(withInitials >= 8, `${algorithm.id}: ${withInitials} explanations with initials`);
    }
  });
});
