/** An entity as listed: names in every script, sanctions, addresses, identifiers, and its history across releases. */
import { client, type EntityResponse, unwrap } from "../api.js";
import { append, type Child, h, propertyLabel, table } from "../dom.js";
import type { Page } from "../main.js";

type Entity = EntityResponse["entity"];
type Event = NonNullable<EntityResponse["history"]>["events"][number];
type FieldChange = NonNullable<Event["fields"]>[number];

const SCRIPT_NAMES: Record<string, string> = {
  Latn: "Latin",
  Cyrl: "Cyrillic",
  Hani: "Chinese",
  Arab: "Arabic",
  Hang: "Korean",
  Jpan: "Japanese",
  Grek: "Greek",
  Hebr: "Hebrew",
};

/** A changed value in words: names, addresses and identifiers by their text, anything else as JSON. */
function describe(v: unknown): string {
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.value === "string" && typeof o.kind === "string") return `${o.value} (${o.kind})`;
    if (typeof o.full === "string") return o.full;
    if (typeof o.value === "string") return `${o.label ?? o.type ?? ""}: ${o.value}`;
    if (typeof o.list === "string") return [o.authority, o.list, o.program, o.listedOn].filter(Boolean).join(" · ");
  }
  return JSON.stringify(v);
}

function fieldChange(c: FieldChange): HTMLElement {
  const parts: Child[] = [];
  for (const v of c.added ?? []) parts.push(h("li", { class: "added" }, h("span", { class: "sr-only" }, "added "), `+ ${describe(v)}`));
  for (const v of c.removed ?? [])
    parts.push(h("li", { class: "removed" }, h("span", { class: "sr-only" }, "removed "), `− ${describe(v)}`));
  if ("before" in c || "after" in c) parts.push(h("li", null, `${describe(c.before ?? "–")} → ${describe(c.after ?? "–")}`));
  return h("li", null, h("strong", null, propertyLabel(c.field)), h("ul", { class: "changes" }, parts));
}

function timeline(events: Event[]): HTMLElement {
  return h(
    "ol",
    { class: "timeline", "aria-label": "History" },
    events.map((e) =>
      h(
        "li",
        { class: `event ${e.change}` },
        h("time", { datetime: e.releaseDate }, e.releaseDate),
        h("span", { class: `badge ${e.change}` }, e.change),
        h("span", { class: "muted small" }, ` release ${e.releaseId}`),
        e.fields?.length ? h("ul", { class: "fields" }, e.fields.map(fieldChange)) : null,
      ),
    ),
  );
}

function facts(e: Entity): HTMLElement | null {
  const rows: [string, Child][] = [];
  const add = (label: string, list: string[]) => {
    if (list.length) rows.push([label, list.join("; ")]);
  };
  add("Countries", e.countries);
  add("Nationalities", e.nationalities);
  add("Birth dates", e.birthDates);
  add("Birth places", e.birthPlaces);
  if (e.gender) rows.push(["Gender", e.gender]);
  add("Programs", e.programs);
  for (const [k, v] of Object.entries(e.properties)) add(propertyLabel(k), v);
  if (e.links.length) {
    rows.push([
      "Linked to",
      e.links.map((l, i) => [i ? "; " : "", /^[a-z0-9_]+:.+/.test(l) ? h("a", { href: `#/entity/${encodeURIComponent(l)}` }, l) : l]),
    ]);
  }
  if (!rows.length) return null;
  return h(
    "dl",
    { class: "facts" },
    rows.map(([k, v]) => [h("dt", null, k), h("dd", null, v)]),
  );
}

export const entityPage: Page = async (main, _params, path) => {
  const id = path.join("/");
  const { entity: e, release, history } = await unwrap(client.GET("/entities/{id}", { params: { path: { id } } }));
  const primary = e.names.find((n) => n.kind === "primary") ?? e.names[0];
  append(main, [
    h("p", { class: "crumbs" }, h("a", { href: "#/" }, "Screening"), " › ", e.id),
    h("h1", null, primary?.value ?? e.id),
    h(
      "p",
      { class: "meta" },
      h("span", { class: "badge" }, e.schema),
      h("span", null, h("code", null, e.id)),
      release ? h("span", null, `${release.source}, release of ${release.releaseDate}`) : null,
      e.source.url ? h("a", { href: e.source.url, rel: "noreferrer noopener", target: "_blank" }, "official record") : null,
      history
        ? h("span", { class: history.current ? "badge match" : "badge removed" }, history.current ? "listed" : "no longer listed")
        : null,
    ),
    h(
      "section",
      { "aria-labelledby": "names-h" },
      h("h2", { id: "names-h" }, `Names (${e.names.length})`),
      table(
        "All names the list gives, in every script",
        ["Name", "Kind", "Script"],
        e.names.map((n) => [
          h("span", { lang: n.lang ?? undefined }, n.value),
          n.kind,
          n.script ? (SCRIPT_NAMES[n.script] ?? n.script) : "–",
        ]),
        { class: "names" },
      ),
    ),
    e.sanctions.length
      ? h(
          "section",
          { "aria-labelledby": "sanctions-h" },
          h("h2", { id: "sanctions-h" }, "Sanctions"),
          table(
            "Designations",
            ["Authority", "List", "Program", "Listed on", "Legal basis"],
            e.sanctions.map((s) => [s.authority, s.list, s.program ?? "–", s.listedOn ?? "–", s.legalBasis ?? "–"]),
          ),
        )
      : null,
    e.addresses.length
      ? h(
          "section",
          { "aria-labelledby": "addr-h" },
          h("h2", { id: "addr-h" }, "Addresses"),
          h(
            "ul",
            null,
            e.addresses.map((a) => h("li", null, a.full)),
          ),
        )
      : null,
    e.identifiers.length
      ? h(
          "section",
          { "aria-labelledby": "ids-h" },
          h("h2", { id: "ids-h" }, "Identifiers"),
          table(
            "Identifiers",
            ["Type", "Value", "Country"],
            e.identifiers.map((i) => [i.label ?? i.type, h("code", null, i.value), i.country ?? "–"]),
          ),
        )
      : null,
    h(
      "section",
      { "aria-labelledby": "facts-h" },
      h("h2", { id: "facts-h" }, "Facts"),
      facts(e) ?? h("p", { class: "muted" }, "None given."),
    ),
    e.remarks.length
      ? h(
          "section",
          { "aria-labelledby": "rem-h" },
          h("h2", { id: "rem-h" }, "Remarks"),
          e.remarks.map((r) => h("p", null, r)),
        )
      : null,
    h(
      "section",
      { "aria-labelledby": "hist-h", id: "history" },
      h("h2", { id: "hist-h" }, "History"),
      history
        ? [h("p", null, `First seen ${history.firstSeen ?? "–"}, last seen ${history.lastSeen ?? "–"}.`), timeline(history.events)]
        : h("p", { class: "muted" }, "No history."),
    ),
  ]);
  return undefined;
};
