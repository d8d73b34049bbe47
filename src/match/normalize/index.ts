/** Normalisation: pure functions from names to comparable tokens. */
export { cyrillicVariants, isUkrainianOrBelarusian, transliterateCyrillic } from "./cyrillic.js";
export { GLOSSARY, PARTICLES, TITLES } from "./glossary.js";
export { type HanWord, hanWords } from "./han.js";
export { AMBIGUOUS_LEGAL, LEGAL_FORMS } from "./legal-forms.js";
export { isNumberToken, normalizeNumbers } from "./numbers.js";
export { charScript, splitByScript, textScript } from "./scripts.js";
export { abjadKey, consonantKey, phoneticKey } from "./skeleton.js";
export { cleanText, MAX_NAME_CHARS } from "./text.js";
export { type PrepareOptions, prepareName } from "./tokenize.js";
