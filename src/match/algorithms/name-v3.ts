/**
 * name-v3: name-v2 (the same engine, createNameV1 in ./name-v1.ts) with readings and rules for what
 * name-v2 missed (docs/screening.md, "What name-v3 changes"):
 *
 * - repeated name parts count ("Mohamed Mohamed Caddow" is not "Osman Mohamed Caddow");
 * - Serbian and Macedonian Cyrillic in Serbian Latin (Вучић → vucic); Arabic-script names meet Latin ones
 *   with p read as b and v as f; Chinese characters compared as characters, also when joined from
 *   several tokens; short Chinese person names carry no glossary words;
 * - Chinese names in Wade-Giles and Cantonese surnames read in pinyin ("Mao Tse-tung" / "Mao Zedong");
 * - Korean in Hangul spelt as lists write it (김정은 / "KIM Jong Un");
 * - organisation names: a place on one side only ("Banco Santander" / "Banco Santander Chile") and a
 *   number on one side only or different ("Fund VIII" / "Fund IX") mean another legal person; an extra
 *   name part on the list side costs as much as one in the query; nothing but generic words in common
 *   ("Construction Ltd" / "Construction Dredging Company") is weak evidence.
 */
import { classifyMisspeltLegalForms } from "../normalize/fuzzy-legal.js";
import type { Algorithm } from "../types.js";
import { createNameV1, type NameV1Params } from "./name-v1.js";
import { NAME_V2_PARAMS } from "./name-v2.js";

export const NAME_V3_PARAMS: Readonly<NameV1Params> = Object.freeze({
  ...NAME_V2_PARAMS,
  genericOnly: 0.6,
  weakSingle: 0.8,
  statutoryLegalConflict: 0.6,
  orgBeta: 1,
  compare: { arabicConsonants: true, hanRuns: true },
});

export const nameV3: Algorithm = createNameV1(NAME_V3_PARAMS, "name-v3", classifyMisspeltLegalForms, {
  keepRepeats: true,
  serbianLatin: true,
  plainHanPersons: true,
  romanizations: true,
  russianWords: true,
  legalCommas: true,
  placeWords: true,
  koreanSpellings: true,
});
