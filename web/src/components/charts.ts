/** Charts drawn with Observable Plot (SVG, labelled for screen readers), each with its data as a table. */
import * as Plot from "@observablehq/plot";
import type { GrowthResponse, SeriesResponse } from "../api.js";
import { fmtCompact, fmtNumber, fmtPct, h, table } from "../dom.js";

const INVASION = new Date("2022-02-24T00:00:00Z");

/**
 * Plot labels each mark's <g> with aria-label, which ARIA does not allow on an element without a role.
 * The chart as a whole is one image with a full description; the marks keep their name as data-mark.
 */
function asImage(chart: Element): Element {
  for (const svg of chart.matches("svg") ? [chart] : [...chart.querySelectorAll("svg[aria-label]")]) svg.setAttribute("role", "img");
  for (const g of chart.querySelectorAll("g[aria-label]")) {
    g.setAttribute("data-mark", g.getAttribute("aria-label") ?? "");
    g.removeAttribute("aria-label");
  }
  return chart;
}

function periodDate(period: string): Date {
  return new Date(`${period.length === 4 ? `${period}-01` : period}-01T00:00:00Z`);
}

/** Instead of a chart with nothing to draw (Plot gives "NaN" axes and a legend of every colour): why it is empty. */
export function emptyChart(id: string, title: string, reason: string, notes: readonly string[] = []): HTMLElement {
  return h(
    "figure",
    { class: "chart empty", id },
    h("p", { class: "empty-state" }, h("strong", null, `${title}: nothing to draw. `), reason),
    notes.length
      ? h(
          "ul",
          { class: "notes small" },
          notes.map((n) => h("li", null, n)),
        )
      : null,
  );
}

/** Monthly (or yearly) values by route, with 24 February 2022 marked. */
export function seriesChart(data: SeriesResponse, width: number): HTMLElement {
  const points = data.series.flatMap((s) =>
    s.points
      .filter((p) => p.value !== null)
      .map((p) => ({ route: `${s.reporter} → ${s.partner}`, date: periodDate(p.period), value: p.value as number })),
  );
  const routes = data.series.map((s) => `${s.reporter} → ${s.partner}`).join(", ");
  if (!points.length) {
    return emptyChart(
      "series-chart",
      "Series",
      `no imported file has values for ${routes || "these routes"} (${data.hs}, ${data.series[0]?.flow ?? "export"}) in the chosen periods. Check the partners and the goods, or import the files that cover them.`,
      data.notes,
    );
  }
  const label = `${data.hs} ${data.series[0]?.flow ?? ""} by ${data.freq}, ${data.currency}`;
  const chart = Plot.plot({
    width,
    height: 340,
    marginLeft: 60,
    ariaLabel: `Line chart: ${label}, routes ${data.series.map((s) => `${s.reporter} to ${s.partner}`).join(", ")}`,
    x: { type: "utc", label: null },
    y: { grid: true, label: data.currency, tickFormat: fmtCompact },
    color: { legend: true },
    marks: [
      Plot.ruleX([INVASION], { stroke: "#b42318", strokeDasharray: "4,3" }),
      Plot.text([INVASION], {
        x: (d: Date) => d,
        frameAnchor: "top",
        dy: 6,
        dx: 4,
        textAnchor: "start",
        text: () => "24 Feb 2022",
        fill: "#b42318",
      }),
      Plot.lineY(points, { x: "date", y: "value", stroke: "route", strokeWidth: 2 }),
      Plot.ruleY([0]),
      Plot.tip(points, Plot.pointerX({ x: "date", y: "value", stroke: "route" })),
    ],
  });
  const rows = data.series.flatMap((s) => s.points.map((p) => [`${s.reporter} → ${s.partner}`, p.period, fmtNumber(p.value)]));
  return h(
    "figure",
    { class: "chart", id: "series-chart" },
    asImage(chart),
    h("figcaption", null, label),
    h("details", null, h("summary", null, "Data"), table(label, ["Route", "Period", `Value (${data.currency})`], rows)),
    data.notes.length
      ? h(
          "ul",
          { class: "notes small" },
          data.notes.map((n) => h("li", null, n)),
        )
      : null,
  );
}

/** Growth of a period against the baseline mean, one bar per partner. */
export function growthChart(data: GrowthResponse, baseline: string, width: number): HTMLElement {
  const rows = data.rows.filter((r) => r.growth !== null).map((r) => ({ partner: r.partner, growth: (r.growth as number) * 100 }));
  const period = data.rows[0]?.period ?? "";
  const label = `${data.flow === "export" ? "Exports" : "Imports"} ${period} against the ${baseline} mean (${data.hs}, ${data.currency})`;
  if (!rows.length) {
    const partners = data.rows.map((r) => r.partner).join(", ");
    return emptyChart(
      "growth-chart",
      "Growth",
      `no partner (${partners || "none"}) has values both in ${period || "the period"} and in the ${baseline} baseline, so there is no growth to show.`,
      [...data.notes, ...data.rows.flatMap((r) => r.notes.map((n) => `${r.partner}: ${n}`))],
    );
  }
  const chart = Plot.plot({
    width,
    height: 300,
    marginLeft: 60,
    ariaLabel: `Bar chart: ${label}. ${rows.map((r) => `${r.partner} ${Math.round(r.growth)}%`).join(", ")}`,
    x: { label: null, domain: rows.map((r) => r.partner) },
    y: { grid: true, label: "growth %", tickFormat: (d: number) => `${d}%` },
    marks: [
      Plot.barY(rows, { x: "partner", y: "growth", fill: (d: { growth: number }) => (d.growth >= 0 ? "#1f6f8b" : "#b42318") }),
      Plot.text(rows, {
        x: "partner",
        y: "growth",
        text: (d: { growth: number }) => `${d.growth > 0 ? "+" : ""}${Math.round(d.growth)}%`,
        dy: -8,
      }),
      Plot.ruleY([0]),
    ],
  });
  return h(
    "figure",
    { class: "chart", id: "growth-chart" },
    asImage(chart),
    h("figcaption", null, label),
    h(
      "details",
      null,
      h("summary", null, "Data"),
      table(
        label,
        ["Partner", `Value ${period}`, "Baseline mean", "Growth"],
        data.rows.map((r) => [r.partner, fmtNumber(r.value), fmtNumber(r.baselineMean), fmtPct(r.growth)]),
      ),
    ),
  );
}
