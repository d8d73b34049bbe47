/**
 * name-v2: name-v1's weighted token alignment (the same code: createNameV1 in ./name-v1.ts) with three
 * changes chosen on the development half of the name benchmark and confirmed on the held-out half
 * (docs/screening.md, "What name-v2 changes"):
 *
 * - a list name of one evidence part ("BELLA") that matches one part of a query whose other distinctive
 *   parts met nothing ("Bella Italia Restaurant") is discounted (penalty `singleEvidence`);
 * - different legal forms of the same name (GmbH / AG, S.A.R.L. / S.A. de C.V.) cost more: they are
 *   usually sister companies, not spellings of one company;
 * - long legal forms misspelt in organisation names ("Aktiengeselschaft") are read as legal forms.
 */
import { classifyMisspeltLegalForms } from "../normalize/fuzzy-legal.js";
import type { Algorithm } from "../types.js";
import { createNameV1, NAME_V1_PARAMS, type NameV1Params } from "./name-v1.js";

export const NAME_V2_PARAMS: Readonly<NameV1Params> = Object.freeze({
  ...NAME_V1_PARAMS,
  legalConflict: 0.8,
  singleEvidence: 0.75,
});

export const nameV2: Algorithm = createNameV1(NAME_V2_PARAMS, "name-v2", classifyMisspeltLegalForms);
