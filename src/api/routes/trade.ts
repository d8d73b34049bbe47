/** Trade flows for the dashboard's charts: the analyses of src/trade over the store's flows and customs records. */
import { ValidationError } from "../../errors.js";
import type { CustomsQuery } from "../../store/trade-store.js";
import { parseBaseline } from "../../trade/analysis/growth.js";
import { hsPrefixesFor, parseHsSelection } from "../../trade/analysis/hs-selection.js";
import { FLAG_RULES } from "../../trade/flags/index.js";
import { resolveArea } from "../../trade/reference/areas.js";
import { runFlags, runGrowth, runMirror, runReexport, runSeries, runShares } from "../../trade/run.js";
import type { ApiContext, App } from "../context.js";
import { ErrorResponse } from "../schemas.js";
import {
  FlagsQuery,
  FlagsResponse,
  GrowthQuery,
  GrowthResponse,
  MirrorQuery,
  MirrorResponse,
  ReexportQuery,
  ReexportResponse,
  SeriesQuery,
  SeriesResponse,
  SharesQuery,
  SharesResponse,
  TradeImportsResponse,
} from "../schemas-trade.js";

/** "EU27,KG,Kyrgyz Republic" → ["EU27", "KG"]: codes or names, as the CLI takes them. */
/** The goods and currency options every analysis takes. */
function goods(q: { hs?: string; includePartial?: boolean; currency?: string }) {
  return {
    hs: parseHsSelection(q.hs, { includePartial: q.includePartial }),
    ...(q.currency ? { currency: q.currency.toUpperCase() } : {}),
  };
}

/** The goods, currency and period (--from/--to) options of the analyses over a span of periods. */
function goodsAndPeriod(q: { hs?: string; includePartial?: boolean; currency?: string; from?: string; to?: string }) {
  return { ...goods(q), ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
}

export function parseAreas(text: string, param: string, one = false): string[] {
  const out: string[] = [];
  for (const part of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const area = resolveArea(part);
    if (!area || area.kind === "residual") {
      throw new ValidationError(`${param}: unknown country or area '${part}' (ISO codes, names, EU27, EU, EA20, EAEU, WORLD)`);
    }
    if (!out.includes(area.code)) out.push(area.code);
  }
  if (!out.length) throw new ValidationError(`${param} is empty`);
  if (one && out.length !== 1) throw new ValidationError(`${param} takes one country or area`);
  if (out.length > 30) throw new ValidationError(`${param}: at most 30 areas`);
  return out;
}

const errors = { 400: ErrorResponse, 401: ErrorResponse, 429: ErrorResponse } as const;

export function registerTradeRoutes(app: App, ctx: ApiContext): void {
  app.get(
    "/trade/imports",
    {
      schema: {
        tags: ["Trade"],
        summary: "Imported trade files (statistics and customs records)",
        response: { 200: TradeImportsResponse, ...errors },
      },
    },
    async () => {
      const imports = await ctx.store.listTradeImports();
      return {
        imports: imports.map((i) => ({
          id: i.id,
          kind: i.kind,
          format: i.format,
          fileName: i.fileName,
          sha256: i.sha256,
          importedAt: i.importedAt,
          rowCount: i.rowCount,
          skipped: i.skipped.total,
        })),
      };
    },
  );

  app.get(
    "/trade/series",
    {
      schema: {
        tags: ["Trade"],
        summary: "Values by month or year for each reporter → partner route",
        querystring: SeriesQuery,
        response: { 200: SeriesResponse, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      return runSeries(ctx.store, {
        reporters: parseAreas(q.reporter, "reporter"),
        partners: parseAreas(q.partner, "partner"),
        flow: q.flow,
        freq: q.freq,
        ...goodsAndPeriod(q),
      });
    },
  );

  app.get(
    "/trade/growth",
    {
      schema: {
        tags: ["Trade"],
        summary: "A period against the mean of baseline years, one row per partner (third-country growth)",
        querystring: GrowthQuery,
        response: { 200: GrowthResponse, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      return runGrowth(ctx.store, {
        reporter: parseAreas(q.reporter, "reporter", true)[0] as string,
        partners: parseAreas(q.partner, "partner"),
        flow: q.flow,
        period: q.period,
        baseline: parseBaseline(q.baseline),
        ...goods(q),
      });
    },
  );

  app.get(
    "/trade/shares",
    {
      schema: {
        tags: ["Trade"],
        summary: "Shares by origin of a destination's imports in a period",
        querystring: SharesQuery,
        response: { 200: SharesResponse, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      return runShares(ctx.store, {
        destination: parseAreas(q.destination, "destination", true)[0] as string,
        period: q.period,
        basis: q.basis,
        ...goods(q),
      });
    },
  );

  app.get(
    "/trade/mirror",
    {
      schema: {
        tags: ["Trade"],
        summary: "Mirror gap: exporter-reported exports against importer-reported imports of the same trade",
        querystring: MirrorQuery,
        response: { 200: MirrorResponse, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      return runMirror(ctx.store, {
        exporter: parseAreas(q.exporter, "exporter", true)[0] as string,
        importer: parseAreas(q.importer, "importer", true)[0] as string,
        freq: q.freq,
        ...goodsAndPeriod(q),
      });
    },
  );

  app.get(
    "/trade/reexport",
    {
      schema: {
        tags: ["Trade"],
        summary: "Re-export ratio of an intermediary: its exports to a destination over its imports from sources",
        querystring: ReexportQuery,
        response: { 200: ReexportResponse, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      return runReexport(ctx.store, {
        intermediary: parseAreas(q.via, "via", true)[0] as string,
        sources: parseAreas(q.sources, "sources"),
        destination: parseAreas(q.destination, "destination", true)[0] as string,
        freq: q.freq,
        ...goodsAndPeriod(q),
      });
    },
  );

  app.get(
    "/trade/flags",
    {
      schema: {
        tags: ["Trade"],
        summary: "Firm-level red flags on the customs records, as `chokepoint trade flags` gives them",
        querystring: FlagsQuery,
        response: { 200: FlagsResponse, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      const query: CustomsQuery = {};
      if (q.from) query.dateFrom = q.from;
      if (q.to) query.dateTo = q.to;
      if (q.hs) {
        const prefixes = hsPrefixesFor(parseHsSelection(q.hs));
        if (prefixes && !prefixes.includes("TOTAL")) query.hsPrefixes = prefixes;
      }
      const rules = (q.rules ?? "")
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean);
      const r = await runFlags(ctx.store, query, { party: q.party }, rules);
      return {
        records: r.records,
        rules: FLAG_RULES.map((rule) => ({ id: rule.id, description: rule.description })),
        total: r.flags.length,
        flags: r.flags.slice(0, q.limit).map((f) => ({
          rule: f.rule,
          firm: f.firm ?? null,
          summary: f.summary,
          records: f.records.length,
          evidence: f.evidence,
        })),
      };
    },
  );
}
