/**
 * The default trade report: growth of a reporter's exports to partners against a baseline (table and
 * bars), a monthly series chart with the invasion date marked, shares by origin of a destination's
 * imports, a mirror comparison and, when customs records are loaded, red flags — then the sources.
 * A section that cannot be computed says why instead of failing the report.
 */
import type { TradeImport } from "../../store/trade-store.js";
import { describeGoods, type HsSelection } from "../analysis/hs-selection.js";
import { barChart } from "../charts/bar-chart.js";
import { lineChart } from "../charts/line-chart.js";
import { compact } from "../charts/svg.js";
import { runFlags, runGrowth, runMirror, runSeries, runShares, type TradeSource } from "../run.js";
import type { ReportSection, ReportSpec } from "./html.js";

export interface ReportOptions {
  title: string;
  /** Exporter whose growth and series are shown (e.g. EU27). */
  reporter: string;
  partners: string[];
  period: string;
  baseline: { from: string; to: string };
  /** Partners drawn in the monthly chart. */
  seriesPartners: string[];
  hs: HsSelection;
  currency?: string;
  marker: { date: string; label: string };
  shares?: { destination: string; period: string; basis: "reported" | "mirror"; currency?: string };
  mirror?: { exporter: string; importer: string; currency?: string };
  /** Time of generation (passed in so that building stays deterministic). */
  generatedAt: string;
}

const pct = (x: number | null) => (x === null ? "" : `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`);
const money = (x: number | null, currency: string) => (x === null ? "" : `${compact(x)} ${currency}`);

async function guarded(title: string, build: () => Promise<ReportSection>): Promise<ReportSection> {
  try {
    return await build();
  } catch (error) {
    return { title, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function buildReport(store: TradeSource, imports: TradeImport[], o: ReportOptions): Promise<ReportSpec> {
  const sections: ReportSection[] = [];
  const goods = describeGoods(o.hs);
  const growthTitle = `${o.reporter} exports in ${o.period} against the ${o.baseline.from}–${o.baseline.to} mean — ${goods}`;
  sections.push(
    await guarded(growthTitle, async () => {
      const g = await runGrowth(store, {
        reporter: o.reporter,
        partners: o.partners,
        flow: "export",
        period: o.period,
        baseline: o.baseline,
        hs: o.hs,
        ...(o.currency ? { currency: o.currency } : {}),
      });
      const bars = g.rows
        .filter((r) => r.growth !== null)
        .map((r) => ({ label: r.partner, value: r.growth as number, text: pct(r.growth) }));
      return {
        title: growthTitle,
        svg: bars.length ? barChart({ title: growthTitle, subtitle: `Growth, ${g.currency}`, bars, format: "percent" }) : undefined,
        table: {
          columns: [
            { key: "partner", label: "partner" },
            { key: "value", label: o.period, numeric: true },
            { key: "baseline", label: `mean ${o.baseline.from}–${o.baseline.to}`, numeric: true },
            { key: "growth", label: "growth", numeric: true },
            { key: "notes", label: "notes" },
          ],
          rows: g.rows.map((r) => ({
            partner: r.partner,
            value: money(r.value, g.currency),
            baseline: money(r.baselineMean, g.currency),
            growth: pct(r.growth),
            notes: r.notes.join("; "),
          })),
        },
        notes: g.notes,
      };
    }),
  );
  const seriesTitle = `${o.reporter} exports by month to ${o.seriesPartners.join(", ")} — ${goods}`;
  sections.push(
    await guarded(seriesTitle, async () => {
      const s = await runSeries(store, {
        reporters: [o.reporter],
        partners: o.seriesPartners,
        flow: "export",
        hs: o.hs,
        freq: "month",
        ...(o.currency ? { currency: o.currency } : {}),
      });
      if (!s.series.some((x) => x.points.length)) return { title: seriesTitle, error: "no monthly data for these routes" };
      const svg = lineChart({
        title: seriesTitle,
        subtitle: `${s.currency}; gaps are months without data`,
        unit: s.currency,
        series: s.series.map((x) => ({ label: `${x.reporter} → ${x.partner}`, points: x.points })),
        markers: [o.marker],
      });
      return { title: seriesTitle, svg, notes: s.notes };
    }),
  );
  if (o.shares) {
    const sh = o.shares;
    const title = `Origins of ${sh.destination}'s imports in ${sh.period} — ${goods}, ${sh.basis === "reported" ? `as ${sh.destination} reports them` : "mirror: partners' exports"}`;
    sections.push(
      await guarded(title, async () => {
        const r = await runShares(store, {
          destination: sh.destination,
          period: sh.period,
          hs: o.hs,
          basis: sh.basis,
          ...(sh.currency ? { currency: sh.currency } : {}),
        });
        const top = r.rows.slice(0, 12);
        return {
          title,
          svg: top.length
            ? barChart({
                title,
                subtitle: `Share of ${money(r.total, r.currency)} (${r.totalFrom})`,
                bars: top.map((x) => ({ label: x.origin, value: x.share })),
                format: "percent",
              })
            : undefined,
          table: {
            columns: [
              { key: "origin", label: "origin" },
              { key: "value", label: "value", numeric: true },
              { key: "share", label: "share", numeric: true },
            ],
            rows: top.map((x) => ({ origin: x.origin, value: money(x.value, r.currency), share: `${(x.share * 100).toFixed(1)}%` })),
          },
          notes: r.notes,
        };
      }),
    );
  }
  if (o.mirror) {
    const m = o.mirror;
    const title = `Mirror: ${m.exporter} exports to ${m.importer} against ${m.importer}'s imports from ${m.exporter} — ${goods}`;
    sections.push(
      await guarded(title, async () => {
        const r = await runMirror(store, {
          exporter: m.exporter,
          importer: m.importer,
          hs: o.hs,
          freq: "year",
          ...(m.currency ? { currency: m.currency } : {}),
        });
        const rows = r.rows.filter((x) => x.exports !== null && x.imports !== null);
        return {
          title,
          table: {
            columns: [
              { key: "period", label: "year" },
              { key: "exports", label: `${m.exporter} reports`, numeric: true },
              { key: "imports", label: `${m.importer} reports`, numeric: true },
              { key: "ratio", label: "imports / exports", numeric: true },
            ],
            rows: rows.map((x) => ({
              period: x.period,
              exports: money(x.exports, r.currency),
              imports: money(x.imports, r.currency),
              ratio: x.ratio === null ? "" : x.ratio.toFixed(2),
            })),
          },
          notes: rows.length ? r.notes : [...r.notes, "no year in which both sides report"],
        };
      }),
    );
  }
  if (imports.some((i) => i.kind === "customs")) {
    sections.push(
      await guarded("Red flags in customs records (all goods)", async () => {
        const f = await runFlags(store, {});
        const counts = new Map<string, number>();
        for (const flag of f.flags) counts.set(flag.rule, (counts.get(flag.rule) ?? 0) + 1);
        return {
          title: "Red flags in customs records (all goods)",
          text: `${f.flags.length} flag(s) over ${f.records} record(s).`,
          table: {
            columns: [
              { key: "rule", label: "rule" },
              { key: "firm", label: "firm" },
              { key: "summary", label: "finding" },
            ],
            rows: f.flags.slice(0, 50).map((x) => ({ rule: x.rule, firm: x.firm ?? "", summary: x.summary })),
          },
          notes: [...counts.entries()].map(([rule, n]) => `${rule}: ${n}`),
        };
      }),
    );
  }
  return { title: o.title, goods, generatedAt: o.generatedAt, sections, imports };
}
