/**
 * name-v4: name-v3 (the same engine, createNameV1 in ./name-v1.ts) with the readings of issue 9's
 * parts 2, 5 and 6 (docs/screening.md, "What name-v4 changes"):
 *
 * - every list name finds itself: single letters joined by "&"/"and" or side by side in company names are
 *   one name part ("M AND S TRADING", "A A TRADING FZCO"); Wade-Giles names read alike whatever the schema;
 * - words that are not the name: titles in more languages (Президент, Presidente, Coronel) weigh nothing;
 *   countries and cities in organisation names are location qualifiers ("Spacety China" / "SPACETY CO.,
 *   LTD. (CHANGSHA)"); industry words of Chinese firm names meet their English words (卫星 satellite);
 * - cross-script: common Arabic and Hebrew name parts from a table (علي / Ali), Greek endings
 *   (Αλέξανδρος / Alexander), Korean names in Han characters read the Korean way (金正恩 / Kim Jong Un),
 *   Japanese names in kanji (山田太郎 / Yamada Taro); abjad skeletons stricter (משה is not KHAMIS) and
 *   never against Chinese readings (比亚迪 is not العبيدي);
 * - two rules for near names chosen on the development half and the clean company names: one part met
 *   only loosely (below 0.8) is weak evidence whatever its length, and a one-part query against a
 *   company list name with other name parts is discounted.
 */
import { classifyMisspeltLegalForms } from "../normalize/fuzzy-legal.js";
import type { Algorithm } from "../types.js";
import type { NameV1Params } from "./name-v1.js";
import { createNameV1 } from "./name-v1.js";
import { NAME_V3_PARAMS } from "./name-v3.js";

export const NAME_V4_PARAMS: Readonly<NameV1Params> = Object.freeze({
  ...NAME_V3_PARAMS,
  // Titles are qualifiers, not name parts: "Президент Путин" is Putin.
  classWeights: { ...NAME_V3_PARAMS.classWeights, title: 0 },
  placeQualifiers: true,
  placeConflict: 0.6,
  weakSingleSim: 0.8,
  singleQueryEvidence: 0.75,
  leadingArticles: true,
  companyAgainstPerson: 0.75,
  compare: { ...NAME_V3_PARAMS.compare, strictAbjad: true, acronymWords: true },
});

export const nameV4: Algorithm = createNameV1(NAME_V4_PARAMS, "name-v4", classifyMisspeltLegalForms, {
  keepRepeats: true,
  serbianLatin: true,
  plainHanPersons: true,
  romanizations: true,
  russianWords: true,
  legalCommas: true,
  placeWords: true,
  koreanSpellings: true,
  romanizeAll: true,
  joinInitials: true,
  moreTitles: true,
  placeQualifiers: true,
  moreGlossary: true,
  abjadNames: true,
  greekNames: true,
  koreanHanja: true,
  japaneseKanji: true,
});
