/** Trade flows: a route's monthly series with the invasion marked, and third-country growth against a pre-war baseline. */
import { ApiError, client, unwrap } from "../api.js";
import { growthChart, seriesChart } from "../components/charts.js";
import { clear, h } from "../dom.js";
import type { Page } from "../main.js";

const GOODS: [string, string][] = [
  ["TOTAL", "All goods"],
  ["CHPL", "Common High Priority List"],
  ["tier:1", "CHPL tier 1 (electronics)"],
  ["tier:2", "CHPL tier 2"],
  ["tier:3", "CHPL tier 3"],
  ["tier:4", "CHPL tier 4"],
];

export const tradePage: Page = async (main, params) => {
  const { imports } = await unwrap(client.GET("/trade/imports"));
  const reporter = h("input", { id: "reporter", value: params.get("reporter") ?? "EU27", size: 8 });
  const partners = h("input", { id: "partners", value: params.get("partners") ?? "KG,AM,KZ", size: 16 });
  const goods = h(
    "select",
    { id: "goods" },
    GOODS.map(([v, t]) => h("option", { value: v }, t)),
  );
  const from = h("input", { id: "from", value: "2019-01", size: 8, pattern: "\\d{4}-\\d{2}" });
  const period = h("input", { id: "period", value: "2023", size: 6, pattern: "\\d{4}" });
  const baseline = h("input", { id: "baseline", value: "2019-2021", size: 10 });
  const charts = h("div", { id: "charts", class: "charts", "aria-live": "polite" });

  async function draw(): Promise<void> {
    clear(charts, h("p", { class: "muted" }, "Loading…"));
    const width = Math.min(960, Math.max(320, main.clientWidth - 16));
    const common = { reporter: reporter.value.trim(), partner: partners.value.trim(), hs: goods.value };
    try {
      const [series, growth] = await Promise.all([
        unwrap(client.GET("/trade/series", { params: { query: { ...common, freq: "month", from: from.value } } })),
        unwrap(client.GET("/trade/growth", { params: { query: { ...common, period: period.value, baseline: baseline.value } } })),
      ]);
      clear(
        charts,
        h("h2", null, "Monthly series"),
        seriesChart(series, width),
        h("h2", null, "Growth against the baseline"),
        growthChart(growth, baseline.value, width),
      );
    } catch (e) {
      clear(charts, h("p", { class: "error", role: "alert" }, e instanceof ApiError ? e.message : String(e)));
    }
  }

  main.append(
    h("h1", null, "Trade flows"),
    imports.length
      ? h("p", { class: "muted small" }, `${imports.length} file(s) imported: ${imports.map((i) => i.fileName).join(", ")}`)
      : h("p", { class: "muted" }, "No trade data imported yet: run `chokepoint trade import eurostat <file>`."),
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
      h("div", { class: "field" }, h("label", { for: "from" }, "Series from"), from),
      h("div", { class: "field" }, h("label", { for: "period" }, "Growth in"), period),
      h("div", { class: "field" }, h("label", { for: "baseline" }, "Baseline years"), baseline),
      h("div", { class: "field" }, h("button", { type: "submit" }, "Draw")),
    ),
    charts,
  );
  if (imports.length) await draw();
  return undefined;
};
