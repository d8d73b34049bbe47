import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyMisspeltLegalForms, misspeltLegalForm } from "./fuzzy-legal.js";
import { prepareName } from "./tokenize.js";

describe("misspelt legal forms", () => {
  it("finds the class of a long form with a typo or two", () => {
    assert.equal(misspeltLegalForm("aktiengeselschaft"), "jsc");
    assert.equal(misspeltLegalForm("corporaton"), "corp");
  });

  it("leaves short forms, other words and far misses alone", () => {
    for (const w of ["limitex", "ltdx", "incorporation", "corporal", "technology", "cooperation"])
      assert.equal(misspeltLegalForm(w), undefined, w);
  });

  it("reclassifies organisation tokens only, keeping the source for explanations", () => {
    const org = classifyMisspeltLegalForms(prepareName("Siemens Aktiengeselschaft", { schema: "Company" }), "Company");
    assert.deepEqual(
      org.tokens.map((t) => [t.text, t.cls, t.concept, t.key]),
      [
        ["siemens", "name", undefined, org.tokens[0]?.key],
        ["aktiengeselschaft", "legal", "jsc", "#jsc"],
      ],
    );
    const person = prepareName("Corporaton Smith", { schema: "Person" });
    assert.equal(classifyMisspeltLegalForms(person, "Person"), person);
  });
});
