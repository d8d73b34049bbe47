/** The loaded lists: each source, its newest release, its counts and whether the index holds it. */
import { client, unwrap } from "../api.js";
import { fmtNumber, h, table, withCode } from "../dom.js";
import type { Page } from "../main.js";

export const sourcesPage: Page = async (main) => {
  const { sources } = await unwrap(client.GET("/sources"));
  main.append(
    h("h1", null, "Sources"),
    table(
      "Official lists known to chokepoint",
      ["List", "Authority", "Releases", "Newest release", "Entities", "Screened"],
      sources.map((s) => [
        h("span", null, h("strong", null, s.title), h("br"), h("code", { class: "small" }, s.key)),
        s.authority,
        String(s.releases.length),
        s.latest ? `${s.latest.releaseDate} (${s.latest.format}, ${s.latest.dateBasis})` : "not loaded",
        s.loaded ? fmtNumber(s.entityCount) : "–",
        s.indexed ? "yes" : s.loaded ? "not yet" : "–",
      ]),
      { class: "sources" },
    ),
    h(
      "p",
      { class: "muted small" },
      withCode("Load lists with `chokepoint import <source> <path>` or `chokepoint sync`; the server picks new releases up by itself."),
    ),
  );
  return undefined;
};
