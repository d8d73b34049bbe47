/** `trade series | shares | growth | mirror | reexport | before-after`: the flow analyses on the command line. */
import type { Command } from "commander";
import { CliError } from "../../../errors.js";
import { parseBaseline } from "../../../trade/analysis/growth.js";
import { runBeforeAfter, runGrowth, runMirror, runReexport, runSeries, runShares } from "../../../trade/run.js";
import { contextFor } from "../../context.js";
import {
  area,
  areas,
  type CommonOptions,
  currencyOf,
  flowOption,
  freqOption,
  hsOption,
  intOption,
  periodOption,
  periodRange,
} from "./options.js";
import { pct, render } from "./render.js";

/** Options every analysis has. */
export function common(cmd: Command): Command {
  return cmd
    .option("--hs <selection>", "TOTAL (default), CHPL, tier:1 … tier:4.B, or HS codes such as 8542,854800")
    .option("--include-partial", "count pre-2022 codes that only partly became CHPL codes (HS2017 854140, 852580) in full")
    .option("--currency <code>", "use rows in this currency only (needed when sources in several currencies cover the route)")
    .option("--csv", "CSV on stdout instead of a table");
}

export function seriesCommand(parent: Command, name = "series"): Command {
  return common(
    parent
      .command(name)
      .description("Values by month or year for routes: each reporter to each partner")
      .requiredOption("--reporter <areas>", "reporting countries or aggregates, comma-separated (EU27, DE, Kyrgyzstan …)")
      .requiredOption("--partner <areas>", "partner countries or aggregates, comma-separated")
      .option("--flow <flow>", "export (default), import, or total (exports + imports)")
      .option("--freq <freq>", "month or year (default year)")
      .option("--from <period>", "first period (YYYY or YYYY-MM)")
      .option("--to <period>", "last period (YYYY or YYYY-MM)"),
  );
}

export interface SeriesOptions extends CommonOptions {
  reporter?: string;
  partner?: string;
  flow?: string;
  freq?: string;
  from?: string;
  to?: string;
}

export function seriesQuery(opts: SeriesOptions) {
  return {
    reporters: areas(opts.reporter, "--reporter"),
    partners: areas(opts.partner, "--partner"),
    flow: flowOption(opts.flow, true),
    hs: hsOption(opts),
    freq: freqOption(opts.freq, "year"),
    ...periodRange(opts),
    ...currencyOf(opts),
  };
}

export function growthCommand(parent: Command, name = "growth"): Command {
  return common(
    parent
      .command(name)
      .description("A period against the mean of baseline years, one row per partner")
      .requiredOption("--reporter <area>", "reporting country or aggregate (e.g. EU27)")
      .requiredOption("--partner <areas>", "partners, comma-separated (e.g. KG,AM,KZ)")
      .requiredOption("--period <period>", "YYYY, or YYYY-MM against the same month of the baseline years")
      .requiredOption("--baseline <years>", "YYYY-YYYY, e.g. 2019-2021")
      .option("--flow <flow>", "export (default) or import"),
  );
}

export interface GrowthOptions extends CommonOptions {
  reporter?: string;
  partner?: string;
  period?: string;
  baseline?: string;
  flow?: string;
}

export function growthQuery(opts: GrowthOptions) {
  return {
    reporter: area(opts.reporter, "--reporter"),
    partners: areas(opts.partner, "--partner"),
    flow: flowOption(opts.flow),
    period: periodOption(opts.period, "--period") as string,
    baseline: parseBaseline(opts.baseline ?? ""),
    hs: hsOption(opts),
    ...currencyOf(opts),
  };
}

export function sharesCommand(parent: Command, name = "shares"): Command {
  return common(
    parent
      .command(name)
      .description("Shares by origin of a destination's imports in a period")
      .requiredOption("--destination <area>", "importing country (e.g. RU)")
      .requiredOption("--period <period>", "YYYY or YYYY-MM")
      .option("--basis <basis>", "reported (the destination's own import statistics, default) or mirror (partners' exports)")
      .option("--top <n>", "show the n largest origins (default all)"),
  );
}

export interface SharesOptions extends CommonOptions {
  destination?: string;
  period?: string;
  basis?: string;
  top?: string;
}

export function sharesQuery(opts: SharesOptions) {
  const basis = opts.basis ?? "reported";
  if (basis !== "reported" && basis !== "mirror")
    throw new CliError(`--basis must be reported or mirror (got '${basis}')`, { exitCode: 2 });
  return {
    destination: area(opts.destination, "--destination"),
    period: periodOption(opts.period, "--period") as string,
    hs: hsOption(opts),
    basis: basis as "reported" | "mirror",
    ...currencyOf(opts),
  };
}

export function registerAnalyses(trade: Command): void {
  seriesCommand(trade).action(async (opts: SeriesOptions, command: Command) => {
    const { out, store } = contextFor(command);
    const r = await runSeries(store(), seriesQuery(opts));
    const rows = r.series.flatMap((s) =>
      s.points.map((p) => ({
        reporter: s.reporter,
        partner: s.partner,
        flow: s.flow,
        period: p.period,
        value: p.value,
        months: p.months ?? null,
      })),
    );
    render(
      out,
      {
        json: r,
        rows,
        columns: ["reporter", "partner", "flow", "period", "value", "months"],
        notes: r.notes,
        title: `${r.hs}, ${r.currency}`,
      },
      opts,
    );
  });

  growthCommand(trade).action(async (opts: GrowthOptions, command: Command) => {
    const { out, store } = contextFor(command);
    const r = await runGrowth(store(), growthQuery(opts));
    const rows = r.rows.map((x) => ({ ...x, growthPct: pct(x.growth), notes: x.notes.join("; ") }));
    render(
      out,
      {
        json: r,
        rows,
        columns: ["reporter", "partner", "period", "value", "baselineMean", "growth", "growthPct", "notes"],
        notes: r.notes,
        title: `${r.flow}, ${r.hs}, ${r.currency}`,
      },
      opts,
    );
  });

  sharesCommand(trade).action(async (opts: SharesOptions, command: Command) => {
    const { out, store } = contextFor(command);
    const q = sharesQuery(opts);
    const topN = opts.top === undefined ? undefined : intOption(opts.top, "--top", 1);
    const r = await runShares(store(), q);
    const top = topN ?? r.rows.length;
    const rows = r.rows.slice(0, top).map((x) => ({ ...x, sharePct: pct(x.share)?.replace("+", "") ?? null, months: x.months ?? null }));
    render(
      out,
      {
        json: { ...r, rows: r.rows.slice(0, top) },
        rows,
        columns: ["origin", "value", "share", "sharePct", "months"],
        notes: r.notes,
        title: `${r.destination} ${r.period}, ${r.hs}, total ${Math.round(r.total).toLocaleString("en-US")} ${r.currency} (${r.totalFrom})`,
      },
      opts,
    );
  });

  common(
    trade
      .command("mirror")
      .description("Exporter-reported exports against importer-reported imports of the same trade")
      .requiredOption("--exporter <area>", "e.g. EU27")
      .requiredOption("--importer <area>", "e.g. KG")
      .option("--freq <freq>", "month or year (default year)")
      .option("--from <period>", "first period")
      .option("--to <period>", "last period"),
  ).action(
    async (opts: CommonOptions & { exporter?: string; importer?: string; freq?: string; from?: string; to?: string }, command: Command) => {
      const { out, store } = contextFor(command);
      const r = await runMirror(store(), {
        exporter: area(opts.exporter, "--exporter"),
        importer: area(opts.importer, "--importer"),
        hs: hsOption(opts),
        freq: freqOption(opts.freq, "year"),
        ...periodRange(opts),
        ...currencyOf(opts),
      });
      render(
        out,
        {
          json: r,
          // Months with data on each side, as two columns: a cell shows a number, never {"exports":8}.
          rows: r.rows.map(({ months, ...x }) => ({ ...x, exportMonths: months?.exports ?? null, importMonths: months?.imports ?? null })),
          columns: ["period", "exports", "imports", "gap", "ratio", "exportMonths", "importMonths"],
          notes: r.notes,
          title: `${r.exporter} → ${r.importer}, ${r.hs}, ${r.currency}`,
        },
        opts,
      );
    },
  );

  common(
    trade
      .command("reexport")
      .description("Re-export ratio of an intermediary: its exports to a destination over its imports from sources")
      .requiredOption("--via <area>", "the intermediary (e.g. KG)")
      .requiredOption("--sources <areas>", "where goods come from (e.g. EU27)")
      .requiredOption("--destination <area>", "where they go on to (e.g. RU)")
      .option("--freq <freq>", "month or year (default year)")
      .option("--from <period>", "first period")
      .option("--to <period>", "last period"),
  ).action(
    async (
      opts: CommonOptions & { via?: string; sources?: string; destination?: string; freq?: string; from?: string; to?: string },
      command: Command,
    ) => {
      const { out, store } = contextFor(command);
      const r = await runReexport(store(), {
        intermediary: area(opts.via, "--via"),
        sources: areas(opts.sources, "--sources"),
        destination: area(opts.destination, "--destination"),
        hs: hsOption(opts),
        freq: freqOption(opts.freq, "year"),
        ...periodRange(opts),
        ...currencyOf(opts),
      });
      render(
        out,
        {
          json: r,
          rows: r.rows.map(({ months, ...x }) => ({ ...x, inflowMonths: months?.inflow ?? null, outflowMonths: months?.outflow ?? null })),
          columns: ["period", "inflow", "inflowBasis", "outflow", "outflowBasis", "ratio", "inflowMonths", "outflowMonths"],
          notes: r.notes,
          title: `${r.sources.join("+")} → ${r.intermediary} → ${r.destination}, ${r.hs}, ${r.currency}`,
        },
        opts,
      );
    },
  );

  common(
    trade
      .command("before-after")
      .description("Mean monthly value of a route in a window before and after a date")
      .requiredOption("--reporter <area>", "reporting country or aggregate")
      .requiredOption("--partner <area>", "partner")
      .requiredOption("--date <YYYY-MM-DD>", "e.g. a designation date")
      .option("--window <months>", "months on each side (default 12)")
      .option("--flow <flow>", "export (default) or import"),
  ).action(
    async (
      opts: CommonOptions & { reporter?: string; partner?: string; date?: string; window?: string; flow?: string },
      command: Command,
    ) => {
      const { out, store } = contextFor(command);
      const r = await runBeforeAfter(store(), {
        reporter: area(opts.reporter, "--reporter"),
        partner: area(opts.partner, "--partner"),
        flow: flowOption(opts.flow),
        hs: hsOption(opts),
        date: opts.date ?? "",
        window: intOption(opts.window, "--window", 12),
        ...currencyOf(opts),
      });
      const rows = [
        { window: "before", ...r.before },
        { window: "after", ...r.after },
      ];
      render(
        out,
        {
          json: r,
          rows,
          columns: ["window", "from", "to", "periods", "withData", "total", "mean"],
          notes: r.notes,
          title: `${r.reporter} → ${r.partner} ${r.flow} around ${r.date}, mean per ${r.unit}, ${r.hs}, ${r.currency}: change ${pct(r.change) ?? "undefined"}`,
        },
        opts,
      );
    },
  );
}
