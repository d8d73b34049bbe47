/** The list-changes feed: for each release after a date, the entities added, removed and changed. */
import { type ChangesResponse, client, unwrap } from "../api.js";
import { clear, fmtNumber, h, withCode } from "../dom.js";
import type { Page } from "../main.js";

type ReleaseChanges = ChangesResponse["releases"][number];

function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

function releaseCard(r: ReleaseChanges): HTMLElement {
  const title = `${r.source}: release of ${r.release.releaseDate}`;
  return h(
    "article",
    { class: "card release" },
    h("h2", null, title),
    h("p", { class: "meta" }, r.previous ? `against ${r.previous.releaseDate} · ` : "", `${fmtNumber(r.release.entityCount)} entities`),
    r.initial
      ? h("p", null, `First release of ${r.source}: all ${fmtNumber(r.counts.added)} entities are new.`)
      : h(
          "p",
          { class: "counts" },
          h("span", { class: "badge added" }, `${r.counts.added} added`),
          h("span", { class: "badge removed" }, `${r.counts.removed} removed`),
          h("span", { class: "badge changed" }, `${r.counts.changed} changed`),
        ),
    r.changes.length
      ? h(
          "ul",
          { class: "change-list" },
          r.changes.map((c) =>
            h(
              "li",
              null,
              h("span", { class: `badge ${c.change}` }, c.change),
              " ",
              c.change === "removed" ? c.caption : h("a", { href: `#/entity/${encodeURIComponent(c.id)}` }, c.caption),
              h("span", { class: "muted small" }, ` ${c.schema} · ${c.id}`),
              c.fields?.length ? h("span", { class: "muted small" }, ` · ${c.fields.map((f) => f.field).join(", ")}`) : null,
            ),
          ),
        )
      : null,
    r.truncated ? h("p", { class: "muted small" }, withCode("More changes than shown: raise the limit or use `chokepoint diff`.")) : null,
  );
}

export const changesPage: Page = async (main, params) => {
  const { sources } = await unwrap(client.GET("/sources"));
  const newest = sources
    .map((s) => s.latest?.releaseDate)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const since = h("input", {
    id: "since",
    type: "date",
    required: true,
    value: params.get("since") ?? daysBefore(newest ?? new Date().toISOString().slice(0, 10), 60),
  });
  const source = h(
    "select",
    { id: "source" },
    h("option", { value: "" }, "all lists"),
    sources.filter((s) => s.loaded).map((s) => h("option", { value: s.key }, s.key)),
  );
  const feed = h("div", { id: "feed", "aria-live": "polite" });

  async function load(): Promise<void> {
    clear(feed, h("p", { class: "muted" }, "Loading…"));
    history.replaceState(null, "", `#/changes?since=${since.value}`);
    const data = await unwrap(
      client.GET("/changes", { params: { query: { since: since.value, limit: 50, ...(source.value ? { source: source.value } : {}) } } }),
    );
    clear(feed, data.releases.length ? data.releases.map(releaseCard) : h("p", null, `No release after ${data.since}.`));
  }

  main.append(
    h("h1", null, "List changes"),
    h(
      "form",
      {
        class: "inline-form",
        onsubmit: (e: Event) => {
          e.preventDefault();
          void load();
        },
      },
      h("div", { class: "field" }, h("label", { for: "since" }, "Releases after"), since),
      h("div", { class: "field" }, h("label", { for: "source" }, "List"), source),
      h("div", { class: "field" }, h("button", { type: "submit" }, "Show")),
    ),
    feed,
  );
  await load();
  return undefined;
};
