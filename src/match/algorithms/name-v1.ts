/**
 * name-v1: cross-script name matching by weighted token alignment.
 *
 * Both names become tokens (transliterated, with classes). Tokens are aligned one-to-one by similarity
 * (exact, transliterated, phonetic, glossary, legal form, initial, edit distance, joined runs). Each token
 * weighs by its class and by how rare it is among the loaded names. The name score is the weighted
 * similarity of the aligned pairs over the weight of all tokens, where query tokens left unmatched cost
 * more than extra list-side tokens, and parts that disagree (a name part on each side that met nothing)
 * cost most. Qualifiers (country, birth date, identifiers, schema) then adjust the score.
 *
 * `createNameV1` is the engine later versions reuse with other parameters and optional rules
 * (name-v2.ts); with NAME_V1_PARAMS and no `refine` it behaves exactly as name-v1 always has.
 */
import { alignTokens } from "../compare/align.js";
import { MAX_QUALIFIER_BOOST, QUALIFIERS } from "../compare/qualifiers.js";
import { type CompareOptions, compareTokens, SIM, type TokenSimilarity } from "../compare/tokens.js";
import { placeOf, placesAgree } from "../normalize/places.js";
import { type PrepareFeatures, prepareName } from "../normalize/tokenize.js";
import type {
  Algorithm,
  Explanation,
  MatchFacts,
  NameToken,
  PenaltyExplanation,
  PreparedName,
  QualifierExplanation,
  ScoreConstants,
  ScoreContext,
  TokenClass,
  TokenStats,
} from "../types.js";
import {
  genericOnly,
  initialsOnly,
  isStatutoryForm,
  nasabReversed,
  organisationPair,
  singleEvidence,
  singleQueryEvidence,
  weakSingle,
} from "./name-rules.js";

export interface NameV1Params {
  /** Token pairs less alike than this are not made. */
  minSim: number;
  /** A pair's similarity counts as sim^power: near misses count for less than their raw similarity. */
  power: number;
  /** Cost of an unmatched query token, relative to its weight. */
  alpha: number;
  /** Cost of an unmatched candidate token. */
  beta: number;
  /** Extra cost of disagreeing parts (unmatched name parts on both sides). */
  gamma: number;
  classWeights: Record<TokenClass, number>;
  /** Factor when both names carry legal forms of different classes (GmbH / AG). */
  legalConflict: number;
  /** Factor when both carry patronymics that differ. */
  patronymicConflict: number;
  /** Factor when both carry numbers that differ (fund series, vessel numbers). */
  numberConflict: number;
  /** Factor when the names put the same part on different sides of "bin" (father and son swapped). */
  nasabConflict: number;
  /** Weight factor of name tokens of one or two letters. */
  shortFactor: number;
  /** Factor when no name part but initials matches. */
  initialsOnly: number;
  /** Positive qualifiers apply only at or above this name score. */
  minNameForBoost: number;
  /**
   * When set, factor when a list name of one name part matches one part of a query whose other
   * distinctive parts (names, generic words, numbers) met nothing: "Bella Italia" against "BELLA".
   */
  singleEvidence?: number;
  /**
   * When set, factor when both names carry statutory legal forms of different classes (GmbH / AG, ООО /
   * АНО, SAS / SARL) instead of legalConflict, which stays for the words that say only "company"
   * (Company / Corporation / Establishment).
   */
  statutoryLegalConflict?: number;
  /** When set, factor when one short name part met by a near spelling is all the names share. */
  weakSingle?: number;
  /** When set, factor when nothing but generic words agree and a name part met nothing. */
  genericOnly?: number;
  /** When set, the cost of an unmatched candidate name part in organisation names (instead of beta). */
  orgBeta?: number;
  /** Token comparisons switched on (name-v3). */
  compare?: CompareOptions;
  /**
   * When set (name-v4), places in organisation names are location qualifiers (in a pair that is not of
   * organisation names they weigh as name parts): a place that met nothing
   * costs nothing unless the other name holds a place that met nothing too and no two of them agree
   * (places.ts placesAgree: China / Changsha agree, Chile / Mexico and Beijing / Shenzhen do not). Places
   * and titles that met nothing are listed among the explanation's qualifiers (adjustment 0).
   */
  placeQualifiers?: boolean;
  /** When set (name-v4), factor when places on both sides met nothing and none of them agree (France / Germany). */
  placeConflict?: number;
  /** When set, `weakSingle` also fires for a part of any length met at a similarity below this ("Cardinal" / "CARDIAM"). */
  weakSingleSim?: number;
  /**
   * When set, factor when the query's one name part matches one part of an organisation's list name whose
   * other name parts met nothing: "Pegasus AS" is not "SMART PEGASUS" (singleEvidence the other way round).
   */
  singleQueryEvidence?: number;
  /**
   * When set (name-v4), a Romance, Dutch or German article at the head of a company query ("Da Bella",
   * "La Perla") is part of the name for the `singleEvidence` rule: "Da Bella AS" is not the list's "BELLA".
   */
  leadingArticles?: boolean;
  /**
   * When set, factor when the query carries a legal form that met nothing and the list entry is a person:
   * "The Hair AS" (a company) is not the nickname "Gray Hair".
   */
  companyAgainstPerson?: number;
}

export const NAME_V1_PARAMS: Readonly<NameV1Params> = Object.freeze({
  minSim: 0.75,
  power: 1,
  alpha: 1,
  beta: 0.5,
  gamma: 5,
  // Only name-v3's readings make "place" tokens.
  classWeights: {
    name: 1,
    patronymic: 0.5,
    initial: 0.45,
    generic: 0.45,
    legal: 0.12,
    particle: 0.2,
    title: 0.05,
    number: 0.5,
    place: 0.2,
  },
  legalConflict: 0.92,
  patronymicConflict: 0.75,
  numberConflict: 0.9,
  initialsOnly: 0.6,
  shortFactor: 0.6,
  nasabConflict: 0.5,
  minNameForBoost: 0.7,
});

/** Classes whose unmatched tokens on both sides mean the names disagree. */
const CONFLICTING = new Set<TokenClass>(["name", "initial", "generic", "place"]);

function hasFacts(f: MatchFacts): boolean {
  return Boolean(f.schema || f.countries?.length || f.birthDates?.length || f.identifiers?.length);
}

interface Evaluation {
  score: number;
  nameScore: number;
  alignment: ReturnType<typeof alignTokens>;
  qWeights: number[];
  cWeights: number[];
  pairWeights: number[];
  penalties: PenaltyExplanation[];
  qualifiers: QualifierExplanation[];
  /** Unmatched places that cost nothing (name-v4). */
  free: ReadonlySet<NameToken> | undefined;
}

/**
 * Unmatched places that cost nothing (name-v4): all of them, unless both sides hold unmatched places and
 * no query place agrees with a candidate place (then they disagree as name parts do).
 */
function freePlaces(
  qt: readonly NameToken[],
  ct: readonly NameToken[],
  uq: number[],
  uc: number[],
): { free: Set<NameToken>; conflict?: string } {
  const qp = uq.map((i) => qt[i] as NameToken).filter((t) => t.cls === "place");
  const cp = uc.map((j) => ct[j] as NameToken).filter((t) => t.cls === "place");
  const known = (ts: NameToken[]) => ts.flatMap((t) => placeOf(t.text, t.concept) ?? []);
  const a = known(qp);
  const b = known(cp);
  if (a.length && b.length && !a.some((x) => b.some((y) => placesAgree(x, y)))) {
    const words = (ts: NameToken[]) => ts.map((t) => t.source).join(" ");
    return { free: new Set(), conflict: `${words(qp)} / ${words(cp)}` };
  }
  return { free: new Set([...qp, ...cp]) };
}

/** A step after tokenising, for algorithms that read names differently (name-v2: misspelt legal forms). */
export type RefineName = (name: PreparedName, schema?: string) => PreparedName;

export function createNameV1(
  params: NameV1Params = NAME_V1_PARAMS,
  id = "name-v1",
  refine?: RefineName,
  features: PrepareFeatures = {},
): Algorithm {
  const compareOptions = params.compare ?? {};
  const tokenWeight = (token: NameToken, stats: TokenStats): number => {
    // One- and two-letter name parts ("IG", "HM") say little, however rare.
    const base = params.classWeights[token.cls] * (token.cls === "name" && token.text.length <= 2 ? params.shortFactor : 1);
    if (stats.total <= 0 || (token.cls !== "name" && token.cls !== "patronymic" && token.cls !== "generic")) return base;
    // Rarity in [0, 1]: a token no loaded name holds is 1, one that every name holds is near 0.
    const rarity = Math.log(1 + stats.total / (stats.df(token.key) + 1)) / Math.log(1 + stats.total);
    return base * (0.35 + 0.65 * Math.min(1, rarity));
  };
  const weightOf = (t: NameToken, stats: TokenStats) => t.weight ?? tokenWeight(t, stats);
  const conflicts: [TokenClass, string, number][] = [
    ["legal", "legalFormConflict", params.legalConflict],
    ["patronymic", "patronymicConflict", params.patronymicConflict],
    ["number", "numberConflict", params.numberConflict],
  ];

  function evaluate(q: PreparedName, c: PreparedName, ctx: ScoreContext): Evaluation {
    const qt = q.tokens;
    const ct = c.tokens;
    const cache = ctx.cache;
    const similarity = (i: number, j: number): TokenSimilarity => {
      const b = ct[j] as NameToken;
      const memo = cache && b.id !== undefined ? cache[i] : undefined;
      if (memo) {
        const hit = memo.get(b.id as number) as TokenSimilarity | undefined;
        if (hit) return hit;
        const r = compareTokens(qt[i] as NameToken, b, params.minSim, compareOptions);
        memo.set(b.id as number, r);
        return r;
      }
      return compareTokens(qt[i] as NameToken, b, params.minSim, compareOptions);
    };
    const alignment = alignTokens(qt, ct, similarity, params.minSim, compareOptions);
    const organisations = organisationPair(q, c);
    // A place word weighs as a place only between organisation names (name-v4): in a person's name
    // ("Mohammed Oman") it is a name part.
    const placeAsName = params.placeQualifiers && !organisations;
    const weigh = (t: NameToken) =>
      placeAsName && t.cls === "place" ? tokenWeight({ ...t, cls: "name" }, ctx.stats) : weightOf(t, ctx.stats);
    const qWeights = qt.map(weigh);
    const cWeights = ct.map(weigh);
    let matched = 0;
    let mass = 0;
    const pairWeights: number[] = [];
    const initialW = params.classWeights.initial;
    let uq = 0;
    let uqConflict = 0;
    let uc = 0;
    let ucConflict = 0;
    for (const p of alignment.pairs) {
      let w = 0;
      // An initial proves one letter: the pair weighs as two initials, and the rest of the full name
      // it stands for counts as unmatched ("M." does not account for all of "Maychou").
      const initial = p.how === "initial";
      // Initials stand for a run of names but carry only a letter each of evidence.
      const initials = p.how === "initials";
      for (const i of p.q) {
        const wi = qWeights[i] as number;
        if (initial && wi > initialW) {
          w += initialW;
          uq += wi - initialW;
          uqConflict += wi - initialW;
        } else w += initials && p.q.length > 1 ? initialW : wi;
      }
      for (const j of p.c) {
        const wj = cWeights[j] as number;
        if (initial && wj > initialW) {
          w += initialW;
          uc += wj - initialW;
          ucConflict += wj - initialW;
        } else w += initials && p.c.length > 1 ? initialW : wj;
      }
      matched += w * p.sim ** params.power;
      mass += w;
      pairWeights.push(w);
    }
    const places = params.placeQualifiers && organisations ? freePlaces(qt, ct, alignment.unmatchedQ, alignment.unmatchedC) : undefined;
    const free = places?.free;
    for (const i of alignment.unmatchedQ) {
      if (free?.has(qt[i] as NameToken)) continue;
      uq += qWeights[i] as number;
      if (CONFLICTING.has((qt[i] as NameToken).cls)) uqConflict += qWeights[i] as number;
    }
    // Organisation names do not gain parts the way people's names gain middle names: an extra name part
    // on the list side may cost more (name-v3).
    const orgBeta = organisations && params.orgBeta !== undefined;
    let ucNames = 0;
    for (const j of alignment.unmatchedC) {
      if (free?.has(ct[j] as NameToken)) continue;
      if (orgBeta && (ct[j] as NameToken).cls === "name") ucNames += cWeights[j] as number;
      uc += cWeights[j] as number;
      if (CONFLICTING.has((ct[j] as NameToken).cls)) ucConflict += cWeights[j] as number;
    }
    const conflict = Math.min(uqConflict, ucConflict);
    const betaCost = orgBeta ? params.beta * (uc - ucNames) + (params.orgBeta as number) * ucNames : params.beta * uc;
    const denominator = mass + params.alpha * uq + betaCost + params.gamma * conflict;
    let nameScore = denominator > 0 ? matched / denominator : 0;
    const penalties: PenaltyExplanation[] = [];
    if (initialsOnly(alignment.pairs, qt, ct)) {
      // Nothing but initials (and forms, titles) agree: "N.N." is not evidence for Nursultan Nazarbayev.
      nameScore *= params.initialsOnly;
      penalties.push({ name: "initialsOnly", detail: "only initials match", factor: params.initialsOnly });
    }
    const articles = Boolean(params.leadingArticles) && organisations;
    if (params.singleEvidence !== undefined && singleEvidence(alignment, qt, ct, articles)) {
      nameScore *= params.singleEvidence;
      penalties.push({
        name: "singleEvidence",
        detail: "a one-part name matches one of several query parts",
        factor: params.singleEvidence,
      });
    }
    if (
      params.companyAgainstPerson !== undefined &&
      c.schema === "Person" &&
      q.schema !== "Person" &&
      alignment.unmatchedQ.some((i) => (qt[i] as NameToken).cls === "legal")
    ) {
      nameScore *= params.companyAgainstPerson;
      penalties.push({
        name: "companyAgainstPerson",
        detail: "a company's legal form against a person",
        factor: params.companyAgainstPerson,
      });
    }
    if (params.singleQueryEvidence !== undefined && organisations && singleQueryEvidence(alignment, qt, ct)) {
      nameScore *= params.singleQueryEvidence;
      penalties.push({
        name: "singleQueryEvidence",
        detail: "a one-part query matches one of several list-name parts",
        factor: params.singleQueryEvidence,
      });
    }
    if (params.weakSingle !== undefined && weakSingle(alignment.pairs, qt, ct, SIM.transliterated, params.weakSingleSim)) {
      nameScore *= params.weakSingle;
      penalties.push({ name: "weakSingle", detail: "one short name part, spelt differently", factor: params.weakSingle });
    }
    if (params.genericOnly !== undefined && genericOnly(alignment, qt, ct)) {
      nameScore *= params.genericOnly;
      penalties.push({ name: "genericOnly", detail: "only generic words match", factor: params.genericOnly });
    }
    if (places?.conflict && params.placeConflict !== undefined) {
      nameScore *= params.placeConflict;
      penalties.push({ name: "placeConflict", detail: places.conflict, factor: params.placeConflict });
    }
    if (nasabReversed(alignment.pairs, qt, ct)) {
      nameScore *= params.nasabConflict;
      penalties.push({ name: "nasabConflict", detail: "a name stands on the other side of bin/ibn", factor: params.nasabConflict });
    }
    if (alignment.unmatchedQ.length && alignment.unmatchedC.length) {
      for (const [cls, name, factor] of conflicts) {
        const a = alignment.unmatchedQ.filter((i) => (qt[i] as NameToken).cls === cls);
        const b = alignment.unmatchedC.filter((j) => (ct[j] as NameToken).cls === cls);
        if (!a.length || !b.length) continue;
        const statutory =
          cls === "legal" &&
          params.statutoryLegalConflict !== undefined &&
          [...a.map((i) => qt[i] as NameToken), ...b.map((j) => ct[j] as NameToken)].every(isStatutoryForm);
        const f = statutory ? (params.statutoryLegalConflict as number) : factor;
        nameScore *= f;
        const words = (tokens: readonly NameToken[], idx: number[]) => idx.map((k) => (tokens[k] as NameToken).source).join(" ");
        penalties.push({ name, detail: `${words(qt, a)} / ${words(ct, b)}`, factor: f });
      }
    }
    nameScore = Math.max(0, Math.min(1, nameScore));
    let score = nameScore;
    const qualifiers: QualifierExplanation[] = [];
    if (params.placeQualifiers) {
      // Words that are not the name: titles and places that met nothing, shown as qualifiers (no adjustment).
      const words = (tokens: readonly NameToken[], idx: number[], cls: TokenClass) =>
        idx
          .filter((k) => (tokens[k] as NameToken).cls === cls && (cls !== "place" || free?.has(tokens[k] as NameToken)))
          .map((k) => (tokens[k] as NameToken).source);
      for (const [cls, name] of [
        ["title", "title"],
        ["place", "location"],
      ] as const) {
        const q = words(qt, alignment.unmatchedQ, cls);
        const c = words(ct, alignment.unmatchedC, cls);
        if (q.length || c.length) qualifiers.push({ name, detail: `${q.join(" ") || "-"} / ${c.join(" ") || "-"}`, adjustment: 0 });
      }
    }
    if (ctx.query && ctx.candidate && hasFacts(ctx.query)) {
      for (const feature of QUALIFIERS) {
        const hit = feature(ctx.query, ctx.candidate);
        if (!hit) continue;
        // An identifier or a country never makes a match of a name that does not match.
        if (hit.adjustment > 0 && nameScore < params.minNameForBoost) continue;
        qualifiers.push(hit);
        score += hit.adjustment;
      }
    }
    score = Math.round(Math.max(0, Math.min(1, score)) * 10_000) / 10_000;
    nameScore = Math.round(nameScore * 10_000) / 10_000;
    return { score, nameScore, alignment, qWeights, cWeights, pairWeights, penalties, qualifiers, free };
  }

  // The constants of the score, carried by every explanation so that it replays (src/match/replay.ts).
  // A new penalty factor belongs in FACTORS; a new term of the score needs a field and a step in replay.ts.
  const FACTORS = [
    "legalConflict",
    "statutoryLegalConflict",
    "patronymicConflict",
    "numberConflict",
    "nasabConflict",
    "initialsOnly",
    "singleEvidence",
    "weakSingle",
    "genericOnly",
  ] as const;
  const constants: ScoreConstants = Object.freeze({
    minSim: params.minSim,
    power: params.power,
    alpha: params.alpha,
    beta: params.beta,
    ...(params.orgBeta !== undefined ? { orgBeta: params.orgBeta } : {}),
    gamma: params.gamma,
    initialWeight: params.classWeights.initial,
    classWeights: Object.freeze({ ...params.classWeights }),
    shortFactor: params.shortFactor,
    minNameForBoost: params.minNameForBoost,
    factors: Object.freeze(Object.fromEntries(FACTORS.flatMap((k) => (params[k] !== undefined ? [[k, params[k]]] : [])))),
  });

  return {
    id,
    description: "Weighted token alignment across scripts (transliteration, phonetic keys, glossary, legal forms, edit distance).",
    // Chosen on the name benchmark: the best F1 on the development half (0.65; the held-out half agrees).
    defaultThreshold: 0.65,
    prepare: (name, schema) => {
      const prepared = prepareName(name, schema ? { schema, features } : { features });
      return refine ? refine(prepared, schema) : prepared;
    },
    tokenWeight,
    score: (q, c, ctx) => evaluate(q, c, ctx).score,
    bounds: Object.freeze({
      minSim: params.minSim,
      compare: compareOptions,
      power: params.power,
      unmatchedQueryCost: params.alpha,
      unmatchedCandidateCost: Math.min(params.beta, params.orgBeta ?? params.beta),
      disagreementCost: params.gamma,
      freePlaces: Boolean(params.placeQualifiers),
      disagreeingClasses: [...CONFLICTING],
      initialWeight: params.classWeights.initial,
      boostFrom: params.minNameForBoost,
      maxBoost: MAX_QUALIFIER_BOOST,
      scoreStep: 1e-4,
    }),
    explain(q, c, ctx): Explanation {
      const e = evaluate(q, c, ctx);
      const qt = q.tokens;
      const ct = c.tokens;
      const initialW = params.classWeights.initial;
      const text = (tokens: NameToken[], idx: number[]) => idx.map((k) => (tokens[k] as NameToken).text).join(" ");
      const source = (tokens: NameToken[], idx: number[]) => idx.map((k) => (tokens[k] as NameToken).source).join(" ");
      // What `evaluate` counts as unmatched of a part an initial stands for (the same test and sum).
      const rest = (weights: number[], idx: number[]) => {
        let r = 0;
        for (const k of idx) if ((weights[k] as number) > initialW) r += (weights[k] as number) - initialW;
        return r;
      };
      const unmatched = (tokens: NameToken[], weights: number[], idx: number[]) =>
        idx.map((k) => ({
          token: (tokens[k] as NameToken).text,
          source: (tokens[k] as NameToken).source,
          class: (tokens[k] as NameToken).cls,
          weight: weights[k] as number,
          conflicting: CONFLICTING.has((tokens[k] as NameToken).cls),
          ...(e.free?.has(tokens[k] as NameToken) ? { free: true } : {}),
        }));
      return {
        algorithm: id,
        score: e.score,
        nameScore: e.nameScore,
        query: q.original,
        candidate: c.original,
        organisations: organisationPair(q, c),
        constants,
        pairs: e.alignment.pairs.map((p, k) => {
          const pair: Explanation["pairs"][number] = {
            query: text(qt, p.q),
            candidate: text(ct, p.c),
            how: p.how,
            similarity: p.sim,
            weight: e.pairWeights[k] as number,
          };
          if (p.how === "initial") {
            const qr = rest(e.qWeights, p.q);
            const cr = rest(e.cWeights, p.c);
            if (qr > 0) pair.queryRest = qr;
            if (cr > 0) pair.candidateRest = cr;
          }
          const qs = source(qt, p.q);
          const cs = source(ct, p.c);
          if (qs.toLowerCase() !== pair.query) pair.querySource = qs;
          if (cs.toLowerCase() !== pair.candidate) pair.candidateSource = cs;
          if (p.edits !== undefined && p.how !== "exact") pair.edits = p.edits;
          return pair;
        }),
        unmatchedQuery: unmatched(qt, e.qWeights, e.alignment.unmatchedQ),
        unmatchedCandidate: unmatched(ct, e.cWeights, e.alignment.unmatchedC),
        penalties: e.penalties,
        qualifiers: e.qualifiers,
      };
    },
  };
}

export const nameV1: Algorithm = createNameV1();
