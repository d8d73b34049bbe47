/** Screening: type a name, see hits with their explanations; the threshold slider re-screens as it moves. */
import { ApiError, algorithmThreshold, client, type ScoredEntity, unwrap } from "../api.js";
import { explanationView, legend } from "../components/explanation.js";
import { clear, debounce, fmtScore, h } from "../dom.js";
import type { Page } from "../main.js";

const SCHEMAS = ["Person", "Company", "Organization", "Vessel", "Aircraft"];
/** Near misses this far under the threshold are shown (greyed) so that the slider has something to reveal. */
const BELOW = 0.2;

function hitView(r: ScoredEntity, rank: number): HTMLElement {
  const pct = Math.round(r.score * 100);
  return h(
    "li",
    { class: `hit ${r.match ? "is-match" : "below"}` },
    h(
      "div",
      { class: "hit-head" },
      h("span", { class: "rank", "aria-hidden": "true" }, `${rank}`),
      h("a", { href: `#/entity/${encodeURIComponent(r.id)}`, class: "caption" }, r.caption),
      h("span", { class: `badge ${r.match ? "match" : "nomatch"}` }, r.match ? "match" : "below threshold"),
      h(
        "span",
        { class: "score", title: `score ${fmtScore(r.score)}` },
        h("meter", { min: 0, max: 1, value: r.score, "aria-label": `score ${fmtScore(r.score)}` }),
        h("strong", null, fmtScore(r.score)),
      ),
    ),
    h(
      "p",
      { class: "meta" },
      h("span", null, r.schema),
      h("span", null, r.datasets.join(", ")),
      h("span", null, h("code", null, r.id)),
      r.matched_name !== r.caption ? h("span", null, "matched ", h("q", null, r.matched_name)) : null,
      h("span", { class: "sr-only" }, `${pct} percent`),
    ),
    r.listings.length > 1 || r.listings[0]?.id !== r.id
      ? h(
          "details",
          { class: "listings" },
          h("summary", null, `Listed ${r.listings.length} time${r.listings.length === 1 ? "" : "s"}`),
          h(
            "ul",
            null,
            r.listings.map((l) =>
              h(
                "li",
                null,
                h("a", { href: `#/entity/${encodeURIComponent(l.id)}` }, h("code", null, l.id)),
                ` ${l.lists.join(", ")}`,
                l.id === r.matched_listing ? h("span", { class: "muted small" }, " (the name matched here)") : null,
              ),
            ),
          ),
        )
      : h("p", { class: "meta small" }, `Listed on ${r.listings[0]?.lists.join(", ") ?? r.datasets.join(", ")}`),
    explanationView(r.explanation),
  );
}

export const screeningPage: Page = async (main, params) => {
  const sources = await unwrap(client.GET("/sources")).catch(() => ({ sources: [] }));
  const name = h("input", {
    id: "q",
    name: "q",
    type: "search",
    required: true,
    autocomplete: "off",
    value: params.get("q") ?? "",
    placeholder: "e.g. Vladimir Putin, Евгений Пригожин, 长沙天仪",
  });
  const schema = h(
    "select",
    { id: "schema" },
    h("option", { value: "" }, "any kind"),
    SCHEMAS.map((s) => h("option", { value: s }, s)),
  );
  const country = h("input", { id: "country", size: 6, placeholder: "RU", autocomplete: "off" });
  const dob = h("input", { id: "dob", size: 10, placeholder: "1952-10-07", autocomplete: "off" });
  const dataset = h(
    "select",
    { id: "dataset" },
    h("option", { value: "default" }, "all loaded lists"),
    sources.sources.filter((s) => s.loaded).map((s) => h("option", { value: s.key }, s.title)),
  );
  // The slider starts at the algorithm's own default (from the API), unless the link says otherwise.
  const fromLink = Number(params.get("t") ?? Number.NaN);
  const initial = Number.isFinite(fromLink) && params.has("t") ? fromLink : await algorithmThreshold();
  const threshold = h("input", {
    id: "threshold",
    type: "range",
    min: 0.3,
    max: 1,
    step: 0.01,
    value: initial ?? 0.65,
  });
  /** Until the index is ready (no default known) and the slider is moved, the server picks the threshold. */
  let chosen = initial !== undefined;
  const thresholdOut = h("output", { for: "threshold", id: "threshold-value" }, chosen ? Number(threshold.value).toFixed(2) : "default");
  const summary = h("p", { id: "summary", role: "status", "aria-live": "polite" });
  const results = h("ol", { class: "hits", id: "hits", "aria-label": "Results" });
  let seq = 0;

  async function run(): Promise<void> {
    const q = name.value.trim();
    if (!q) return;
    const mine = ++seq;
    const t = Number(threshold.value);
    history.replaceState(null, "", `#/?q=${encodeURIComponent(q)}${chosen ? `&t=${t.toFixed(2)}` : ""}`);
    const properties: Record<string, string[]> = { name: [q] };
    if (country.value.trim()) properties.country = [country.value.trim()];
    if (dob.value.trim()) properties.birthDate = [dob.value.trim()];
    summary.textContent = "Screening…";
    try {
      const data = await unwrap(
        client.POST("/match/{dataset}", {
          params: {
            path: { dataset: dataset.value },
            query: chosen ? { threshold: t, cutoff: Math.max(0, t - BELOW), limit: 10 } : { limit: 10 },
          },
          body: { queries: { q: { schema: schema.value || "LegalEntity", properties } } },
        }),
      );
      if (mine !== seq) return;
      const found = data.responses.q?.results ?? [];
      const matches = found.filter((r) => r.match).length;
      summary.textContent = found.length
        ? `${matches} match${matches === 1 ? "" : "es"} at or above ${chosen ? t.toFixed(2) : "the default threshold"}; ${found.length - matches} near miss${found.length - matches === 1 ? "" : "es"} shown below it.`
        : chosen
          ? `No list entry scores ${Math.max(0, t - BELOW).toFixed(2)} or more.`
          : "No list entry scores the default threshold or more.";
      clear(
        results,
        found.map((r, i) => hitView(r, i + 1)),
      );
    } catch (e) {
      if (mine !== seq) return;
      summary.textContent = "";
      clear(results, h("li", { class: "error", role: "alert" }, e instanceof ApiError ? e.message : String(e)));
    }
  }
  const rerun = debounce(() => void run(), 150);
  threshold.addEventListener("input", () => {
    chosen = true;
    thresholdOut.textContent = Number(threshold.value).toFixed(2);
    rerun();
  });

  main.append(
    h("h1", null, "Screening"),
    h(
      "form",
      {
        role: "search",
        class: "screen-form",
        onsubmit: (e: Event) => {
          e.preventDefault();
          void run();
        },
      },
      h("div", { class: "field wide" }, h("label", { for: "q" }, "Name (any script)"), name),
      h("div", { class: "field" }, h("label", { for: "schema" }, "Kind"), schema),
      h("div", { class: "field" }, h("label", { for: "country" }, "Country"), country),
      h("div", { class: "field" }, h("label", { for: "dob" }, "Birth date"), dob),
      h("div", { class: "field" }, h("label", { for: "dataset" }, "Lists"), dataset),
      h("div", { class: "field" }, h("label", { for: "threshold" }, "Threshold ", thresholdOut), threshold),
      h("div", { class: "field" }, h("button", { type: "submit" }, "Screen")),
    ),
    legend(),
    summary,
    results,
  );
  if (name.value) await run();
  return undefined;
};
