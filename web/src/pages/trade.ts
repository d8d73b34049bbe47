/**
 * Trade flows, as `chokepoint trade` gives them: a route's series (monthly or annual) with the
 * invasion marked, third-country growth against a pre-war baseline, shares by origin, mirror gaps,
 * re-export ratios and red flags on customs records. Each part says why when it has nothing to show.
 */
import { ApiError, client, type FlagsResponse, type MirrorResponse, type ReexportResponse, type SharesResponse, unwrap } from "../api.js";
import { growthChart, seriesChart } from "../components/charts.js";
import { type Child, clear, fmtNumber, fmtPct, h, table, withCode } from "../dom.js";
import type { Page } from "../main.js";

const GOODS: [string, string][] = [
  ["TOTAL", "All goods"],
  ["CHPL", "Common High Priority List"],
  ["tier:1", "CHPL tier 1 (electronics)"],
  ["tier:2", "CHPL tier 2"],
  ["tier:3", "CHPL tier 3"],
  ["tier:4", "CHPL tier 4"],
];

const share = (n: number) => `${(Math.round(n * 1000) / 10).toFixed(1)}%`;
const ratio = (n: number | null | undefined) => (n === null || n === undefined ? "–" : n.toFixed(2));

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h("section", { id, class: "trade-part", "aria-labelledby": `${id}-h` }, h("h2", { id: `${id}-h` }, title), children);
}

function empty(text: string, notes: readonly string[] = []): Child[] {
  return [
    h("p", { class: "empty-state" }, withCode(text)),
    notes.length
      ? h(
          "ul",
          { class: "notes small" },
          notes.map((n) => h("li", null, n)),
        )
      : null,
  ];
}

function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : String(e);
}

function sharesView(r: SharesResponse): Child[] {
  if (!r.rows.length) return empty(`No imports of ${r.destination} by origin in ${r.period} (${r.hs}) in the imported files.`, r.notes);
  const top = r.rows.slice(0, 12);
  return [
    table(
      `Where ${r.destination}'s imports came from in ${r.period} (${r.hs}, ${r.basis}, total ${fmtNumber(r.total)} ${r.currency})`,
      ["Origin", `Value (${r.currency})`, "Share"],
      top.map((x) => [x.origin, fmtNumber(x.value), share(x.share)]),
      { class: "shares" },
    ),
    r.rows.length > top.length ? h("p", { class: "muted small" }, `${r.rows.length - top.length} smaller origins not shown.`) : null,
  ];
}

function mirrorView(list: MirrorResponse[]): Child[] {
  const rows = list.flatMap((m) => m.rows.filter((x) => x.exports !== null || x.imports !== null).map((x) => ({ m, x })));
  if (!rows.length) return empty("No route has exports or imports reported in these periods.", [...new Set(list.flatMap((m) => m.notes))]);
  return [
    table(
      "Exports as the exporter reports them against imports as the importer reports them (imports are CIF, exports FOB: a ratio a little above 1 is normal)",
      ["Route", "Period", "Exports", "Imports", "Gap", "Ratio"],
      rows.map(({ m, x }) => [
        `${m.exporter} → ${m.importer}`,
        x.period,
        fmtNumber(x.exports),
        fmtNumber(x.imports),
        fmtNumber(x.gap),
        ratio(x.ratio),
      ]),
      { class: "mirror" },
    ),
    h(
      "ul",
      { class: "notes small" },
      [...new Set(list.flatMap((m) => m.notes))].map((n) => h("li", null, n)),
    ),
  ];
}

function reexportView(list: ReexportResponse[]): Child[] {
  const rows = list.flatMap((r) => r.rows.filter((x) => x.inflow !== null || x.outflow !== null).map((x) => ({ r, x })));
  if (!rows.length) return empty("No inflow or outflow reported for these intermediaries.", [...new Set(list.flatMap((r) => r.notes))]);
  const basis = (b: string | null) => (b ? ` (${b})` : "");
  return [
    table(
      "What an intermediary sends on to the destination over what it takes in from the sources",
      ["Route", "Period", "Inflow", "Outflow", "Ratio"],
      rows.map(({ r, x }) => [
        `${r.sources.join("+")} → ${r.intermediary} → ${r.destination}`,
        x.period,
        `${fmtNumber(x.inflow)}${basis(x.inflowBasis)}`,
        `${fmtNumber(x.outflow)}${basis(x.outflowBasis)}`,
        x.ratio === null ? "– (a side is missing)" : fmtPct(x.ratio).replace("+", ""),
      ]),
      { class: "reexport" },
    ),
    h(
      "ul",
      { class: "notes small" },
      [...new Set(list.flatMap((r) => r.notes))].map((n) => h("li", null, n)),
    ),
  ];
}

function flagsView(r: FlagsResponse): Child[] {
  if (!r.records) {
    return empty(
      "No customs records are loaded: red flags are read from firm-level customs declarations, not from statistics. Import them with `chokepoint trade import customs <file>`.",
    );
  }
  if (!r.flags.length)
    return empty(`No red flags in ${fmtNumber(r.records)} customs records (rules: ${r.rules.map((x) => x.id).join(", ")}).`);
  return [
    table(
      `Red flags in ${fmtNumber(r.records)} customs records${r.total > r.flags.length ? ` (first ${r.flags.length} of ${r.total})` : ""}`,
      ["Rule", "Firm", "Finding", "Records"],
      r.flags.map((f) => [f.rule, f.firm ?? "–", f.summary, String(f.records)]),
      { class: "flags" },
    ),
  ];
}

export const tradePage: Page = async (main, params) => {
  const { imports } = await unwrap(client.GET("/trade/imports"));
  const reporter = h("input", { id: "reporter", value: params.get("reporter") ?? "EU27", size: 8 });
  const partners = h("input", { id: "partners", value: params.get("partners") ?? "KG,AM,KZ", size: 16 });
  const goods = h(
    "select",
    { id: "goods" },
    GOODS.map(([v, t]) => h("option", { value: v }, t)),
  );
  const view = h("select", { id: "view" }, h("option", { value: "month" }, "Monthly"), h("option", { value: "year" }, "Annual"));
  view.value = params.get("view") === "year" ? "year" : "month";
  const from = h("input", { id: "from", value: "2019-01", size: 8, pattern: "\\d{4}(-\\d{2})?" });
  const period = h("input", { id: "period", value: "2023", size: 6, pattern: "\\d{4}" });
  const baseline = h("input", { id: "baseline", value: "2019-2021", size: 10 });
  const destination = h("input", { id: "destination", value: params.get("destination") ?? "RU", size: 6 });
  const charts = h("div", { id: "charts", class: "charts", "aria-live": "polite" });
  const tables = h("div", { id: "trade-tables" });

  async function draw(): Promise<void> {
    clear(charts, h("p", { class: "muted" }, "Loading…"));
    clear(tables);
    const width = Math.min(960, Math.max(280, main.clientWidth - 16));
    const freq = view.value === "year" ? "year" : "month";
    const start = freq === "year" ? from.value.slice(0, 4) : from.value;
    const common = { reporter: reporter.value.trim(), partner: partners.value.trim(), hs: goods.value };
    const partnerList = common.partner
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    try {
      const [series, growth] = await Promise.all([
        unwrap(client.GET("/trade/series", { params: { query: { ...common, freq, from: start } } })),
        unwrap(client.GET("/trade/growth", { params: { query: { ...common, period: period.value, baseline: baseline.value } } })),
      ]);
      clear(
        charts,
        h("h2", null, freq === "year" ? "Annual series" : "Monthly series"),
        seriesChart(series, width),
        h("h2", null, "Growth against the baseline"),
        growthChart(growth, baseline.value, width),
      );
    } catch (e) {
      clear(charts, h("p", { class: "error", role: "alert" }, errorText(e)));
    }
    // The tables come after the charts, each on its own: one failing says so and leaves the others.
    const range = { freq: "year" as const, from: start.slice(0, 4) };
    const parts: [string, string, () => Promise<Child[]>][] = [
      [
        "shares",
        `Shares by origin: ${partnerList[0] ?? "–"}`,
        async () =>
          sharesView(
            await unwrap(
              client.GET("/trade/shares", {
                params: { query: { destination: partnerList[0] ?? "", period: period.value, hs: goods.value } },
              }),
            ),
          ),
      ],
      [
        "mirror",
        "Mirror gaps",
        async () =>
          mirrorView(
            await Promise.all(
              partnerList.map((p) =>
                unwrap(
                  client.GET("/trade/mirror", { params: { query: { exporter: common.reporter, importer: p, hs: goods.value, ...range } } }),
                ),
              ),
            ),
          ),
      ],
      [
        "reexport",
        `Re-export ratios to ${destination.value.trim() || "–"}`,
        async () =>
          reexportView(
            await Promise.all(
              partnerList.map((p) =>
                unwrap(
                  client.GET("/trade/reexport", {
                    params: {
                      query: { via: p, sources: common.reporter, destination: destination.value.trim(), hs: goods.value, ...range },
                    },
                  }),
                ),
              ),
            ),
          ),
      ],
      ["flags", "Red flags (customs records)", async () => flagsView(await unwrap(client.GET("/trade/flags", { params: { query: {} } })))],
    ];
    for (const [id, title, load] of parts) {
      const part = section(id, title, h("p", { class: "muted" }, "Loading…"));
      tables.append(part);
      load().then(
        (content) => clear(part, h("h2", { id: `${id}-h` }, title), content),
        (e: unknown) => clear(part, h("h2", { id: `${id}-h` }, title), h("p", { class: "error", role: "alert" }, errorText(e))),
      );
    }
  }

  main.append(
    h("h1", null, "Trade flows"),
    imports.length
      ? h("p", { class: "muted small" }, `${imports.length} file(s) imported: ${imports.map((i) => i.fileName).join(", ")}`)
      : h("p", { class: "muted" }, withCode("No trade data imported yet: run `chokepoint trade import eurostat <file>`.")),
    h(
      "form",
      {
        class: "inline-form",
        onsubmit: (e: Event) => {
          e.preventDefault();
          void draw();
        },
      },
      h("div", { class: "field" }, h("label", { for: "reporter" }, "Reporter"), reporter),
      h("div", { class: "field" }, h("label", { for: "partners" }, "Partners"), partners),
      h("div", { class: "field" }, h("label", { for: "goods" }, "Goods"), goods),
      h("div", { class: "field" }, h("label", { for: "view" }, "View"), view),
      h("div", { class: "field" }, h("label", { for: "from" }, "Series from"), from),
      h("div", { class: "field" }, h("label", { for: "period" }, "Growth and shares in"), period),
      h("div", { class: "field" }, h("label", { for: "baseline" }, "Baseline years"), baseline),
      h("div", { class: "field" }, h("label", { for: "destination" }, "Re-exports to"), destination),
      h("div", { class: "field" }, h("button", { type: "submit" }, "Draw")),
    ),
    charts,
    tables,
  );
  if (imports.length) await draw();
  return undefined;
};
