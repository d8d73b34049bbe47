import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { russianConcept, russianStem, translatedConcept } from "./org-words.js";

describe("Russian organisation words", () => {
  it("cuts case and gender endings", () => {
    for (const w of ["ракетное", "ракетные", "ракетного", "ракетный", "Ракетной"]) assert.equal(russianStem(w), "ракетн", w);
    assert.equal(russianStem("России"), russianStem("Россия"));
    assert.equal(russianStem("ао"), "ао");
  });

  it("finds the concept of a word in any form, and of its English and transliterated words", () => {
    assert.equal(russianConcept("Государственной"), "state");
    assert.equal(russianConcept("конструкторское"), "design");
    assert.equal(russianConcept("заводу"), "factory");
    assert.equal(russianConcept("Пригожин"), undefined);
    assert.equal(translatedConcept("missiles"), "missile");
    assert.equal(translatedConcept("rossii"), "russia");
    assert.equal(translatedConcept("prigozhin"), undefined);
  });
});
