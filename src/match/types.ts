/**
 * Shapes shared by normalisation, comparison and the algorithms. Everything in src/match is pure:
 * no I/O, no clock, no environment; the same input always gives the same output.
 */
import type { CompareOptions } from "./compare/tokens.js";

/**
 * What a token is, which sets its weight and what it may conflict with:
 * - name: an ordinary name part ("prigozhin", "gazprom");
 * - patronymic: a Russian/Turkic father's name ("vladimirovich", "oglu");
 * - initial: a single letter ("v" of "V. Putin");
 * - generic: a common word of organisation names with a glossary concept ("technology", "科技", "bank");
 * - legal: a legal form with its class ("ooo" → llc, "aktiengesellschaft" → jsc);
 * - particle: name particles and function words ("al", "bin", "van", "of", "the");
 * - title: honorifics and prefixes ("mr", "dr", "sheikh", "mv");
 * - number: digits and roman numerals ("44", "iv");
 * - place: a registration place at the head of a company name ("shenzhen", 市; name-v3).
 */
export type TokenClass = "name" | "patronymic" | "initial" | "generic" | "legal" | "particle" | "title" | "number" | "place";

export interface NameToken {
  /** Latin, ASCII, lower case: "yevgeniy", "changsha", "44". */
  text: string;
  /** Phonetic key used for indexing and "phonetic" matches: "evgeni". */
  key: string;
  /** Other spellings of the same token (transliteration variants), text first. */
  alts: string[];
  cls: TokenClass;
  /** Glossary concept or legal-form class shared across languages: "technology", "llc". */
  concept?: string;
  /** The words of the input this token came from, for explanations: "Евгений", "有限公司". */
  source: string;
  /** ISO 15924 script of the source: "Latn", "Cyrl", "Hani", … */
  script: string;
  /** True when the source script writes few vowels (Arabic, Hebrew): compared on consonants. */
  abjad?: boolean;
  /** Set by an index that shares token objects between names: lets a query cache comparisons. */
  id?: number;
  /** Precomputed weight under the index's statistics. */
  weight?: number;
  /** Letters a-z that `text` and `key` hold, as bit sets (filled in on first comparison). */
  textLetters?: number;
  keyLetters?: number;
}

export interface PreparedName {
  /** The name as given. */
  original: string;
  tokens: NameToken[];
  /** The schema the name was read for, when given ("Person", "Company", …). */
  schema?: string;
  /** True when the input was cut to the length limit. */
  truncated?: boolean;
}

/** How often a token key occurs among the loaded names: rare tokens weigh more. */
export interface TokenStats {
  /** Number of names counted. */
  readonly total: number;
  /** Names holding a token with this key (0 when unseen). */
  df(key: string): number;
}

/** No statistics: every name token weighs the same. */
export const NO_STATS: TokenStats = { total: 0, df: () => 0 };

/** Facts beside the name that adjust a score ("qualifiers"). */
export interface MatchFacts {
  schema?: string;
  /** ISO alpha-2 codes. */
  countries?: string[];
  /** ISO dates, possibly partial. */
  birthDates?: string[];
  identifiers?: string[];
}

/** How a query token met a candidate token. */
export type MatchHow =
  | "exact"
  | "transliterated"
  | "phonetic"
  | "glossary"
  | "legal-form"
  | "initial"
  | "initials"
  | "nickname"
  | "joined"
  | "edit-distance";

export interface TokenPairExplanation {
  query: string;
  candidate: string;
  /** The query and candidate words as written, where they differ from the tokens (other script). */
  querySource?: string;
  candidateSource?: string;
  how: MatchHow;
  /** Unrounded, as the score used it. */
  similarity: number;
  /**
   * Weight of the pair in the name score (query side + candidate side), unrounded. An initial counts
   * `constants.initialWeight` on each side whose part weighs more; each token of a run of several
   * initials ("J C" / "Jean-Claude") counts `constants.initialWeight`.
   */
  weight: number;
  /**
   * "initial" pairs: the weight of the full query (candidate) part beyond what the initial proves
   * ("M." / "Maychou"). It counts as unmatched and conflicting weight of that side. Absent when 0.
   */
  queryRest?: number;
  candidateRest?: number;
  /** Edit operations, for "edit-distance". */
  edits?: number;
}

export interface UnmatchedTokenExplanation {
  token: string;
  source?: string;
  class: TokenClass;
  /** Unrounded, as the score used it (class, length and rarity among the loaded names). */
  weight: number;
  /** A part that disagrees when both sides leave such parts unmatched (names, initials, generic words, places). */
  conflicting: boolean;
  /** A place that costs nothing unmatched (name-v4: a location qualifier, not a name part). Absent when false. */
  free?: boolean;
}

export interface QualifierExplanation {
  /** Feature name: countryMatch, countryMismatch, dobMatch, dobYearDisjoint, identifierMatch, … */
  name: string;
  detail: string;
  /** Added to the score (negative lowers it). */
  adjustment: number;
}

export interface PenaltyExplanation {
  name: string;
  detail: string;
  /** The name score is multiplied by this factor. */
  factor: number;
}

/**
 * The constants a score used, carried once per explanation: with the pairs, the unmatched parts, the
 * penalties and the qualifiers they recompute the score (`recomputeScore` in replay.ts):
 *
 *   nameScore = Σ weight·similarity^power
 *             / (Σ weight + alpha·uq + beta·uc + gamma·min(uqConflicting, ucConflicting))
 *
 * times each penalty factor, clamped to [0, 1]; plus each qualifier's adjustment, clamped and rounded
 * to 1e-4. uq (uc) is the unmatched query (candidate) weight, the rests of initials included.
 */
export interface ScoreConstants {
  /** Token pairs less alike than this are not made (the alignment; not needed to recompute). */
  minSim: number;
  /** A pair counts weight × similarity^power. */
  power: number;
  /** Cost of unmatched query weight. */
  alpha: number;
  /** Cost of unmatched candidate weight. */
  beta: number;
  /** Cost of unmatched candidate name parts (class "name") when `organisations` is true, instead of beta. */
  orgBeta?: number;
  /** Extra cost of disagreeing weight: the smaller of the two sides' conflicting unmatched weight. */
  gamma: number;
  /** What one initial proves, per side ("initial" pairs and runs of initials). */
  initialWeight: number;
  /** Base weights of token classes (before the short-part factor and rarity). */
  classWeights: Record<TokenClass, number>;
  /** Weight factor of name parts of one or two letters. */
  shortFactor: number;
  /** Positive qualifiers apply only at or above this name score. */
  minNameForBoost: number;
  /**
   * Every penalty factor the algorithm may apply, by parameter name (legalConflict and
   * statutoryLegalConflict both show as the penalty legalFormConflict); `penalties` lists those applied.
   */
  factors: Record<string, number>;
}

export interface Explanation {
  algorithm: string;
  score: number;
  nameScore: number;
  query: string;
  candidate: string;
  /** True when the names were read as organisation names (`constants.orgBeta` applies). */
  organisations: boolean;
  constants: ScoreConstants;
  pairs: TokenPairExplanation[];
  unmatchedQuery: UnmatchedTokenExplanation[];
  unmatchedCandidate: UnmatchedTokenExplanation[];
  penalties: PenaltyExplanation[];
  qualifiers: QualifierExplanation[];
}

/** Comparisons of query tokens with interned candidate tokens, kept for one query (one map per query token). */
export type TokenCache = Map<number, unknown>[];

export interface ScoreContext {
  stats: TokenStats;
  /** Facts of the query and of the candidate entity, for qualifiers. */
  query?: MatchFacts;
  candidate?: MatchFacts;
  cache?: TokenCache;
}

/**
 * What a candidate index must know of an algorithm's score to never miss a name scoring at or above a
 * threshold (src/screen/name-index.ts). The name score is matched / (mass + unmatched costs + ...) times
 * penalties of at most 1, so these constants bound it from above.
 */
export interface RetrievalBounds {
  /** Token pairs less alike than this are not made (the floor given to compareTokens and runPair). */
  minSim: number;
  /** Comparisons switched on (passed to compareTokens and runPair). */
  compare: CompareOptions;
  /** A pair's similarity counts as sim^power. */
  power: number;
  /** The least cost, per unit of weight, of an unmatched query token and of an unmatched candidate token. */
  unmatchedQueryCost: number;
  unmatchedCandidateCost: number;
  /** Cost of disagreeing parts: the lesser of the unmatched weights of these classes on either side. */
  disagreementCost: number;
  disagreeingClasses: readonly TokenClass[];
  /**
   * Places in organisation names cost nothing when unmatched, and weigh as name parts in a pair that is
   * not of two organisations (name-v4): their weight depends on the pair.
   */
  freePlaces: boolean;
  /** The weight an initial (or each token of an initials run) counts with in a pair. */
  initialWeight: number;
  /** Positive qualifiers apply only at or above this name score, and add at most `maxBoost` together. */
  boostFrom: number;
  maxBoost: number;
  /** Scores are rounded to this step. */
  scoreStep: number;
}

/** A versioned matching algorithm: change behaviour by adding a new id, never by editing an old one. */
export interface Algorithm {
  /** e.g. "name-v1". */
  readonly id: string;
  readonly description: string;
  /** Score at and above which a pair is reported as a match (chosen on the name benchmark). */
  readonly defaultThreshold: number;
  prepare(name: string, schema?: string): PreparedName;
  /** Weight of a token under the given statistics. */
  tokenWeight(token: NameToken, stats: TokenStats): number;
  /** Score in [0, 1]: the fast path. */
  score(query: PreparedName, candidate: PreparedName, ctx: ScoreContext): number;
  /** Constants that bound the score from above, for exact candidate retrieval. */
  readonly bounds: RetrievalBounds;
  /** The same computation with every part named. */
  explain(query: PreparedName, candidate: PreparedName, ctx: ScoreContext): Explanation;
}
