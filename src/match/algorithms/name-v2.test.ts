import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { TokenStats } from "../types.js";
import { getAlgorithm } from "./index.js";
import { nameV1 } from "./name-v1.js";
import { nameV2 } from "./name-v2.js";

/** A few list-like frequencies, as in name-v1's tests. */
const DF: Record<string, number> = { mohamed: 800, ali: 900, al: 3000, "#llc": 5000, "#co": 4000, bank: 300, trading: 400 };
const STATS: TokenStats = { total: 30_000, df: (key) => DF[key] ?? 0 };
const T = nameV2.defaultThreshold;
const score = (alg: typeof nameV2, q: string, c: string, schema?: string) =>
  alg.score(alg.prepare(q, schema), alg.prepare(c, schema), { stats: STATS });
const v1 = (q: string, c: string, schema?: string) => score(nameV1, q, c, schema);
const v2 = (q: string, c: string, schema?: string) => score(nameV2, q, c, schema);

describe("name-v2", () => {
  it("is registered and stays selectable beside name-v1", () => {
    assert.equal(getAlgorithm("name-v2"), nameV2);
    assert.equal(getAlgorithm("name-v1"), nameV1);
  });

  it("keeps name-v1's matches across scripts and forms", () => {
    for (const [q, c, schema] of [
      ["Евгений Пригожин", "PRIGOZHIN, Yevgeniy Viktorovich", "Person"],
      ["习近平", "Xi Jinping", "Person"],
      ["Gazprom Burenie LLC", "GAZPROM BURENIE, OOO", "Company"],
      ["Gazprom PJSC", "GAZPROM", "Company"],
      ["Spacety Co., Ltd.", "SPACETY CO. LTD", "Company"],
      ["V. Putin", "Vladimir Putin", "Person"],
    ] as const) {
      assert.ok(v2(q, c, schema) >= T, `${q} / ${c}: ${v2(q, c, schema)}`);
    }
  });

  it("does not let a one-part list name match a query with other distinctive parts", () => {
    for (const q of ["Bella Italia Restaurant", "Elite Shipping Services", "Management Company 23"]) {
      const c = q
        .split(" ")
        .slice(0, q.startsWith("Management") ? 2 : 1)
        .join(" ");
      assert.ok(v2(q, c, "Company") < v1(q, c, "Company"), `${q} / ${c}`);
    }
    assert.ok(v2("Bella Italia Restaurant", "BELLA", "Company") < T);
    // The same word alone, or with only a legal form, a title or a short part, is still that name.
    assert.equal(v2("Bella", "BELLA", "Company"), v1("Bella", "BELLA", "Company"));
    assert.equal(v2("Bella AS", "BELLA", "Company"), v1("Bella AS", "BELLA", "Company"));
    // A list name of several parts is not a one-part name: name-v1's extra-token cost applies.
    assert.equal(v2("Gazprom Neft Trading", "Gazprom Neft", "Company"), v1("Gazprom Neft Trading", "Gazprom Neft", "Company"));
  });

  it("costs different legal forms of the same name more than name-v1", () => {
    assert.ok(v2("Deutsche Bank AG", "Deutsche Bank GmbH", "Company") < v1("Deutsche Bank AG", "Deutsche Bank GmbH", "Company"));
    assert.equal(v2("Deutsche Bank AG", "Deutsche Bank", "Company"), v1("Deutsche Bank AG", "Deutsche Bank", "Company"));
  });

  it("reads a misspelt long legal form as that form, for organisations only", () => {
    assert.ok(v2("Siemens Aktiengeselschaft", "Siemens AG", "Company") > v1("Siemens Aktiengeselschaft", "Siemens AG", "Company"));
    assert.ok(v2("Acme Corporaton", "ACME CORP", "Company") >= T);
    const person = nameV2.prepare("Incorporatd Smith", "Person").tokens.map((t) => t.cls);
    assert.deepEqual(person, ["name", "name"]);
  });

  it("stays in [0, 1], replays, and explains what it scores", () => {
    for (const [a, b] of [
      ["Bella Italia", "Bella"],
      ["", "Putin"],
      ["x", "y"],
    ] as const) {
      const s = v2(a, b);
      assert.ok(s >= 0 && s <= 1);
    }
    const q = nameV2.prepare("Bella Italia Restaurant", "Company");
    const c = nameV2.prepare("BELLA", "Company");
    const e = nameV2.explain(q, c, { stats: STATS });
    assert.equal(e.score, nameV2.score(q, c, { stats: STATS }));
    assert.deepEqual(e, nameV2.explain(q, c, { stats: STATS }));
    assert.deepEqual(
      e.penalties.map((p) => p.name),
      ["singleEvidence"],
    );
  });
});
