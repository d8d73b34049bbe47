/**
 * Generic words of Russian organisation names in any grammatical form, and the English words lists
 * translate them with (name-v3): "Тактическое ракетное вооружение" and "Тактические ракетные системы"
 * both hold tactical + missile; "Сбербанк России" is Sberbank of Russia; "Раменское приборостроительное
 * конструкторское бюро" is the Ramenskoye Instrument Design Bureau. Written for this project.
 *
 * Russian words are looked up by a stem: adjective and noun endings are cut ("ракетное", "ракетные",
 * "ракетного" → "ракетн"), so one entry covers every case and gender. The glossary's own single Cyrillic
 * words are read the same way.
 */
import { GLOSSARY } from "./glossary.js";

/** Concept → Russian words (any form; the stem is taken) and the English and transliterated words for it. */
const WORDS: Record<string, { ru: string[]; en: string[] }> = {
  russia: {
    ru: ["россия", "российский"],
    en: ["rossii", "rossiya", "rossiyskaya", "rossiyskoy", "rossiyskiy", "rossiiskaya", "rossiiskoi", "rossiiskii", "russian"],
  },
  state: {
    ru: ["государственный"],
    en: ["state", "gosudarstvennaya", "gosudarstvennoye", "gosudarstvennoe", "gosudarstvennyy", "gosudarstvennyi"],
  },
  private_military: { ru: ["чвк"], en: ["pmc", "chvk"] },
  design: { ru: ["конструкторский", "проектный"], en: ["design", "konstruktorskoye", "konstruktorskoe", "proyektnyy"] },
  bureau: { ru: ["бюро", "кб", "окб"], en: ["bureau", "byuro", "kb", "okb"] },
  optical: { ru: ["оптический", "оптико"], en: ["optical", "optics", "optic", "optiko", "opticheskiy"] },
  mechanical: { ru: ["механический"], en: ["mechanical", "mechanics", "mekhanicheskiy", "mekhanicheskii"] },
  missile: { ru: ["ракетный", "ракета"], en: ["missile", "missiles", "rocket", "rockets", "raketnyy", "raketnoye", "raketnye"] },
  tactical: { ru: ["тактический"], en: ["tactical", "takticheskoye", "takticheskiye", "takticheskiy"] },
  armament: { ru: ["вооружение", "оружие"], en: ["armament", "armaments", "weapons", "weapon", "arms", "vooruzheniye", "vooruzhenie"] },
  concern: { ru: ["концерн"], en: ["concern", "kontsern"] },
  production: { ru: ["производственный", "производство"], en: ["production", "proizvodstvennoye", "proizvodstvennoe"] },
  association: { ru: ["объединение"], en: ["association", "obyedineniye", "obedinenie", "obyedinenie"] },
  radio: { ru: ["радио", "радиотехнический"], en: ["radio", "radiotekhnicheskiy"] },
  shipbuilding: { ru: ["судостроительный"], en: ["shipbuilding", "shipyard", "sudostroitelnyy", "sudostroitelnyi"] },
  aviation: { ru: ["авиационный", "авиация"], en: ["aeronautics", "aeronautical", "aviatsionnyy", "aviatsionnyi"] },
  aerospace: { ru: ["аэрокосмический"], en: ["astronautics", "astronautical"] },
  helicopter: { ru: ["вертолет", "вертолёт"], en: ["helicopter", "helicopters", "vertolety", "vertolet"] },
  engine: { ru: ["двигатель", "моторостроительный"], en: ["engine", "engines", "motor", "motors", "dvigatel"] },
  instrument_making: {
    ru: ["приборостроительный", "приборостроение"],
    en: ["instrument", "instruments", "priborostroitelnoye", "priborostroitelnyy"],
  },
  electronics: { ru: ["электронный", "электроника", "радиоэлектронный"], en: ["electronics", "electronic", "radioelectronic"] },
  machine_building: {
    ru: ["машиностроительный", "машиностроение"],
    en: ["machine", "machinery", "mashinostroitelnyy", "mashinostroitelnyi"],
  },
  plant: { ru: ["завод", "комбинат", "фабрика"], en: ["plant", "factory", "works", "zavod", "kombinat", "fabrika"] },
  research: { ru: ["исследовательский"], en: ["research", "issledovatelskiy"] },
  science: { ru: ["научный", "научно", "наука"], en: ["science", "scientific", "nauchno", "nauchnyy", "nauka"] },
  institute: { ru: ["институт"], en: ["institute", "institut"] },
  center: { ru: ["центр"], en: ["center", "centre", "tsentr"] },
  technology: {
    ru: ["технология", "технологический", "технолоджи", "текнолоджи"],
    en: ["technology", "technologies", "tekhnologii", "tekhnologiya", "tekhnolodzhi", "teknolodzhi"],
  },
  industry: { ru: ["промышленный", "промышленность"], en: ["industry", "industrial", "industries", "promyshlennyy", "promyshlennaya"] },
};

const ENDINGS =
  /(?:ыми|ими|ого|его|ому|ему|ая|яя|ое|ее|ые|ие|ый|ий|ой|ым|им|ых|их|ую|юю|ия|ии|ию|ией|ья|ье|ьи|ами|ями|ах|ях|ом|ем|ов|ев|а|я|ы|и|е|у|ю|о|ь)$/u;

/** A Russian word without its case and gender ending ("ракетного" → "ракетн", "России" → "росси"); short words stay. */
export function russianStem(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, "е");
  const stem = w.replace(ENDINGS, "");
  return stem.length >= 3 ? stem : w;
}

const BY_STEM = new Map<string, string>();
const BY_LATIN = new Map<string, string>();
for (const [concept, words] of Object.entries(GLOSSARY)) {
  for (const w of words) if (/^\p{Script=Cyrillic}+$/u.test(w) && !BY_STEM.has(russianStem(w))) BY_STEM.set(russianStem(w), concept);
}
// This table's concepts name the same things as the glossary's where both have them.
const SAME: Record<string, string> = {
  plant: "factory",
  machine_building: "machinery",
  institute: "research_institute",
  instrument_making: "instruments",
};
for (const [name, { ru, en }] of Object.entries(WORDS)) {
  const concept = SAME[name] ?? name;
  for (const w of ru) BY_STEM.set(russianStem(w), concept);
  for (const w of en) BY_LATIN.set(w, concept);
}

/** The concept of a Russian word in any form, if it is a generic word of organisation names. */
export function russianConcept(word: string): string | undefined {
  return BY_STEM.get(russianStem(word));
}

/** The concept of a Latin word this table adds to the glossary (English and transliterated forms). */
export function translatedConcept(word: string): string | undefined {
  return BY_LATIN.get(word);
}
