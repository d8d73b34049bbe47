/**
 * A match explained as pairs of tokens: each query token above the list token it met, coloured by how
 * they met (exact, transliterated, phonetic, glossary, legal form, initials, edit distance), with the
 * tokens left over and the qualifiers that moved the score.
 */
import type { Explanation } from "../api.js";
import { h } from "../dom.js";

const HOW_LABEL: Record<string, string> = {
  exact: "exact",
  transliterated: "transliterated",
  phonetic: "sounds alike",
  glossary: "same meaning",
  "legal-form": "legal form",
  initial: "initial",
  initials: "initials",
  joined: "joined",
  "edit-distance": "spelling",
};

function token(text: string, source: string | undefined, role: string): HTMLElement {
  return h("span", { class: `tok ${role}` }, text, source && source.toLowerCase() !== text ? h("small", { class: "src" }, source) : null);
}

export function explanationView(e: Explanation): HTMLElement {
  const pairs = e.pairs.map((p) => {
    const how = HOW_LABEL[p.how] ?? p.how;
    const label = `${p.querySource ?? p.query} met ${p.candidateSource ?? p.candidate}: ${how}, similarity ${p.similarity.toFixed(2)}`;
    return h(
      "li",
      { class: `pair how-${p.how}`, "aria-label": label, title: label },
      token(p.query, p.querySource, "q"),
      h("span", { class: "how", "aria-hidden": "true" }, `${how} ${p.similarity.toFixed(2)}`),
      token(p.candidate, p.candidateSource, "c"),
    );
  });
  const leftovers = (title: string, list: Explanation["unmatchedQuery"], cls: string) =>
    list.length
      ? h(
          "p",
          { class: "leftover" },
          h("span", { class: "muted" }, `${title}: `),
          list.map((t) =>
            h(
              "span",
              { class: `tok ${cls}`, title: `${t.class}, weight ${t.weight.toFixed(2)}` },
              t.source && t.source !== t.token ? `${t.token} (${t.source})` : t.token,
            ),
          ),
        )
      : null;
  const adjustments = [
    ...e.qualifiers.map((q) =>
      h("li", null, h("code", null, `${q.adjustment > 0 ? "+" : ""}${q.adjustment.toFixed(2)}`), ` ${q.name}: ${q.detail}`),
    ),
    ...e.penalties.map((p) => h("li", null, h("code", null, `×${p.factor.toFixed(2)}`), ` ${p.name}: ${p.detail}`)),
  ];
  return h(
    "div",
    { class: "explanation" },
    h("ol", { class: "pairs", "aria-label": "Matched token pairs (query above, list below)" }, pairs),
    leftovers("Query tokens not found", e.unmatchedQuery, "unmatched-q"),
    leftovers("List tokens not in the query", e.unmatchedCandidate, "unmatched-c"),
    adjustments.length ? h("ul", { class: "adjustments", "aria-label": "Qualifiers and penalties" }, adjustments) : null,
    h("p", { class: "muted small" }, `name score ${e.nameScore.toFixed(3)} → score ${e.score.toFixed(3)} (${e.algorithm})`),
  );
}

export function legend(): HTMLElement {
  return h(
    "p",
    { class: "legend small", "aria-hidden": "true" },
    Object.entries(HOW_LABEL).map(([how, label]) => h("span", { class: `pair-key how-${how}` }, label)),
  );
}
