import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { romanizeChineseName } from "./chinese-names.js";

describe("romanizeChineseName", () => {
  it("joins hyphenated Wade-Giles syllables and gives their pinyin spellings", () => {
    const r = romanizeChineseName("mao tse-tung");
    assert.equal(r?.text, "mao tsetung");
    assert.ok(r?.alts.get("tsetung")?.includes("zedong"));
    assert.equal(r?.alts.get("tsetung")?.[0], "tsetung");
  });

  it("reads single syllables and Cantonese surnames in a name marked as Wade-Giles", () => {
    const r = romanizeChineseName("hsi chin-ping");
    assert.deepEqual(r?.alts.get("hsi"), ["hsi", "xi"]);
    assert.ok(r?.alts.get("chinping")?.includes("jinping"));
    assert.ok(romanizeChineseName("lee teng-hui")?.alts.get("lee")?.includes("li"));
  });

  it("leaves names that do not look Chinese alone", () => {
    for (const name of ["kim yong-chol", "chang su ha", "vladimir putin", "jean-claude juncker", "xi", "mao tse-tung zedong li peng"]) {
      assert.equal(romanizeChineseName(name), undefined, name);
    }
  });
});
