/** `trade chart series|growth|shares --out file.svg` and `trade report --out report.html`. */
import { writeFile } from "node:fs/promises";
import type { Command } from "commander";
import { CliError } from "../../../errors.js";
import { parseBaseline } from "../../../trade/analysis/growth.js";
import { describeGoods } from "../../../trade/analysis/hs-selection.js";
import { barChart } from "../../../trade/charts/bar-chart.js";
import { lineChart } from "../../../trade/charts/line-chart.js";
import { buildReport } from "../../../trade/report/build.js";
import { renderReport } from "../../../trade/report/html.js";
import { runGrowth, runSeries, runShares } from "../../../trade/run.js";
import { contextFor } from "../../context.js";
import { checkOutputPath } from "../../output-path.js";
import {
  type GrowthOptions,
  growthCommand,
  growthQuery,
  type SeriesOptions,
  type SharesOptions,
  seriesCommand,
  seriesQuery,
  sharesCommand,
  sharesQuery,
} from "./analyses.js";
import { area, areas, hsOption, intOption, periodOption } from "./options.js";
import { pct } from "./render.js";

const INVASION = "2022-02-24";

function markerLabel(date: string): string {
  const [y, m, d] = date.split("-");
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(m) - 1];
  return `${Number(d)} ${month} ${y}`;
}

async function write(out: { json: boolean; json1(v: unknown): void; line(t: string): void }, path: string, content: string, what: string) {
  await writeFile(path, content);
  if (out.json) out.json1({ written: path, bytes: Buffer.byteLength(content), what });
  else out.line(`${what} written to ${path}`);
}

export function registerCharts(trade: Command): void {
  const chart = trade.command("chart").description("Charts as SVG files: series (lines, with dates marked), growth and shares (bars)");

  seriesCommand(chart)
    .requiredOption("--out <file.svg>", "where to write the SVG")
    .option("--marker <YYYY-MM-DD>", "date to mark with a vertical line", INVASION)
    .option("--no-marker", "no date marker")
    .option("--title <text>", "chart title")
    .action(async (opts: SeriesOptions & { out: string; marker: string | false; title?: string }, command: Command) => {
      const { out, store } = contextFor(command);
      const q = seriesQuery(opts);
      if (opts.marker !== false && !/^\d{4}-\d{2}-\d{2}$/.test(opts.marker))
        throw new CliError(`--marker must be YYYY-MM-DD (got '${opts.marker}')`, { exitCode: 2 });
      checkOutputPath(opts.out, "--out");
      const r = await runSeries(store(), q);
      const svg = lineChart({
        title:
          opts.title ??
          `${q.reporters.join(", ")} ${q.flow === "total" ? "trade with" : `${q.flow}s to`} ${q.partners.join(", ")} by ${q.freq} (${r.hs})`,
        subtitle: `${r.currency}; gaps are periods without data`,
        unit: r.currency,
        series: r.series.map((s) => ({ label: `${s.reporter} → ${s.partner}`, points: s.points })),
        markers: opts.marker === false ? [] : [{ date: opts.marker, label: markerLabel(opts.marker) }],
      });
      for (const n of r.notes) out.note(`note: ${n}`);
      await write(out, opts.out, svg, "series chart");
    });

  growthCommand(chart)
    .requiredOption("--out <file.svg>", "where to write the SVG")
    .action(async (opts: GrowthOptions & { out: string }, command: Command) => {
      const { out, store } = contextFor(command);
      const q = growthQuery(opts);
      checkOutputPath(opts.out, "--out");
      const r = await runGrowth(store(), q);
      const bars = r.rows
        .filter((x) => x.growth !== null)
        .map((x) => ({ label: x.partner, value: x.growth as number, text: pct(x.growth) ?? "" }));
      const svg = barChart({
        title: `${q.reporter} ${q.flow}s in ${q.period} against the ${q.baseline.from}–${q.baseline.to} mean (${r.hs})`,
        subtitle: r.currency,
        bars,
        format: "percent",
      });
      await write(out, opts.out, svg, "growth chart");
    });

  sharesCommand(chart)
    .requiredOption("--out <file.svg>", "where to write the SVG")
    .action(async (opts: SharesOptions & { out: string }, command: Command) => {
      const { out, store } = contextFor(command);
      const q = sharesQuery(opts);
      const topN = intOption(opts.top, "--top", 12);
      checkOutputPath(opts.out, "--out");
      const r = await runShares(store(), q);
      const top = r.rows.slice(0, topN);
      const svg = barChart({
        title: `Origins of ${q.destination}'s imports, ${q.period} (${r.hs})`,
        subtitle: `share of ${Math.round(r.total).toLocaleString("en-US")} ${r.currency} (${r.totalFrom}, ${q.basis})`,
        bars: top.map((x) => ({ label: x.origin, value: x.share })),
        format: "percent",
      });
      await write(out, opts.out, svg, "shares chart");
    });

  trade
    .command("report")
    .description("One HTML page: growth, a monthly chart with 24 Feb 2022 marked, shares by origin, a mirror table, red flags, sources")
    .requiredOption("--out <file.html>", "where to write the report")
    .option("--title <text>", "page title (default says which goods --hs selects, e.g. 'Trade flows: all goods (TOTAL)')")
    .option("--reporter <area>", "exporter for growth and series", "EU27")
    .option("--partner <areas>", "partners for growth", "KG,AM,KZ,UZ,GE,RU")
    .option("--period <YYYY>", "growth period", "2023")
    .option("--baseline <years>", "growth baseline", "2019-2021")
    .option("--series-partner <areas>", "partners in the monthly chart", "KG,AM,KZ")
    .option("--hs <selection>", "TOTAL (default), CHPL, tier:N or codes")
    .option("--include-partial", "count pre-2022 codes that only partly became CHPL codes")
    .option("--currency <code>", "currency for growth and series (default: the only one found)")
    .option("--shares-destination <area>", "destination whose import origins are shown", "RU")
    .option("--shares-period <period>", "period for shares", "2023")
    .option("--shares-basis <basis>", "reported or mirror", "reported")
    .option("--shares-currency <code>", "currency for shares")
    .option("--mirror <exporter:importer>", "mirror table, e.g. EU27:KG", "EU27:KG")
    .action(async (opts: Record<string, string | boolean | undefined>, command: Command) => {
      const { out, store } = contextFor(command);
      const s = (k: string) => (typeof opts[k] === "string" ? (opts[k] as string) : undefined);
      const [exporter, importer] = (s("mirror") ?? "").split(":");
      const basis = s("sharesBasis");
      if (basis !== "reported" && basis !== "mirror")
        throw new CliError(`--shares-basis must be reported or mirror (got '${basis}')`, { exitCode: 2 });
      checkOutputPath(s("out") as string, "--out");
      const hs = hsOption({ hs: s("hs"), includePartial: Boolean(opts.includePartial) });
      const imports = await store().listTradeImports();
      const spec = await buildReport(store(), imports, {
        title: s("title") ?? `Trade flows: ${describeGoods(hs)}`,
        reporter: area(s("reporter"), "--reporter"),
        partners: areas(s("partner"), "--partner"),
        period: periodOption(s("period"), "--period") as string,
        baseline: parseBaseline(s("baseline") ?? ""),
        seriesPartners: areas(s("seriesPartner"), "--series-partner"),
        hs,
        ...(s("currency") ? { currency: (s("currency") as string).toUpperCase() } : {}),
        marker: { date: INVASION, label: markerLabel(INVASION) },
        shares: {
          destination: area(s("sharesDestination"), "--shares-destination"),
          period: periodOption(s("sharesPeriod"), "--shares-period") as string,
          basis,
          ...(s("sharesCurrency") ? { currency: (s("sharesCurrency") as string).toUpperCase() } : {}),
        },
        ...(exporter && importer ? { mirror: { exporter: area(exporter, "--mirror"), importer: area(importer, "--mirror") } } : {}),
        generatedAt: new Date().toISOString(),
      });
      await write(out, s("out") as string, renderReport(spec), "report");
    });
}
