import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cyrillicVariants, isUkrainianOrBelarusian, transliterateCyrillic } from "./cyrillic.js";

describe("Cyrillic to Latin", () => {
  it("gives the spellings people write, canonical (BGN/PCGN) first", () => {
    const v = cyrillicVariants("Евгений");
    assert.equal(v[0], "yevgeniy");
    for (const spelling of ["yevgeniy", "evgeniy", "evgeny", "yevgeny", "evgeni"]) assert.ok(v.includes(spelling), spelling);
  });

  it("covers х → kh/h, й → y/i, ё → e/yo, -ий → -iy/-y/-i", () => {
    assert.deepEqual(cyrillicVariants("хабаров"), ["khabarov", "habarov"]);
    assert.ok(cyrillicVariants("Сергей").includes("sergei"));
    assert.ok(cyrillicVariants("Сергей").includes("sergey"));
    assert.deepEqual(cyrillicVariants("артём"), ["artem", "artyom"]);
    const d = cyrillicVariants("Дмитрий");
    for (const s of ["dmitriy", "dmitry", "dmitri"]) assert.ok(d.includes(s), s);
    assert.ok(cyrillicVariants("Александр").includes("alexandr"));
  });

  it("reads Ukrainian, Serbian and Kazakh letters", () => {
    assert.ok(isUkrainianOrBelarusian("Зеленський"));
    assert.equal(transliterateCyrillic("Володимир", true), "volodymyr");
    assert.equal(transliterateCyrillic("Вучић"), "vuchic");
    assert.ok(cyrillicVariants("Тоқаев").includes("tokayev"));
  });

  it("keeps the number of variants bounded", () => {
    assert.ok(cyrillicVariants("Щёлковохимпромхозяйственный").length <= 16);
  });
});
