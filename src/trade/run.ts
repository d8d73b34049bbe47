/**
 * Each analysis fed from the store: fetch the rows it could need (aggregates widened to their
 * members, HS codes to the prefixes the selection reads), then run the pure function.
 */
import type { CustomsQuery, FlowQuery, TradeStore } from "../store/trade-store.js";
import { type BeforeAfterQuery, beforeAfter } from "./analysis/before-after.js";
import { type GrowthQuery, growth } from "./analysis/growth.js";
import { type HsSelection, hsPrefixesFor } from "./analysis/hs-selection.js";
import { type MirrorQuery, mirror } from "./analysis/mirror.js";
import { type ReexportQuery, reexport } from "./analysis/reexport.js";
import { type SeriesQuery, series } from "./analysis/series.js";
import { type SharesQuery, shares } from "./analysis/shares.js";
import { aggregateByTier } from "./analysis/tiers.js";
import { type FlagOptions, redFlags } from "./flags/index.js";
import { AGGREGATES, aggregate } from "./reference/aggregates.js";

export type TradeSource = Pick<TradeStore, "queryFlows" | "queryCustoms" | "customsRollup">;

/** Codes to fetch for areas: an aggregate brings its members (all compositions) and the other aggregates that overlap it; WORLD means no filter. */
export function widen(codes: readonly string[]): string[] | undefined {
  const out = new Set<string>();
  for (const code of codes) {
    const agg = aggregate(code);
    if (agg?.code === "WORLD") return undefined;
    out.add(code);
    if (agg) {
      for (const m of [...agg.members("2019"), ...agg.members("2024")]) out.add(m);
      for (const a of AGGREGATES) out.add(a.code);
    }
  }
  return [...out];
}

function flowQuery(reporters: string[] | undefined, partners: string[] | undefined, hs: HsSelection): FlowQuery {
  const q: FlowQuery = {};
  if (reporters) q.reporters = reporters;
  if (partners) q.partners = partners;
  const prefixes = hsPrefixesFor(hs);
  if (prefixes) q.hsPrefixes = prefixes;
  return q;
}

export async function runSeries(store: TradeSource, q: SeriesQuery) {
  return series(await store.queryFlows(flowQuery(widen(q.reporters), widen(q.partners), q.hs)), q);
}

export async function runGrowth(store: TradeSource, q: GrowthQuery) {
  return growth(await store.queryFlows(flowQuery(widen([q.reporter]), widen(q.partners), q.hs)), q);
}

export async function runShares(store: TradeSource, q: SharesQuery) {
  const fixed = widen([q.destination]);
  const rows = await store.queryFlows(q.basis === "reported" ? flowQuery(fixed, undefined, q.hs) : flowQuery(undefined, fixed, q.hs));
  return shares(rows, q);
}

export async function runMirror(store: TradeSource, q: MirrorQuery) {
  const both = widen([q.exporter, q.importer]);
  return mirror(await store.queryFlows(flowQuery(both, both, q.hs)), q);
}

export async function runReexport(store: TradeSource, q: ReexportQuery) {
  const all = widen([q.intermediary, q.destination, ...q.sources]);
  return reexport(await store.queryFlows(flowQuery(all, all, q.hs)), q);
}

export async function runBeforeAfter(store: TradeSource, q: BeforeAfterQuery) {
  return beforeAfter(await store.queryFlows(flowQuery(widen([q.reporter]), widen([q.partner]), q.hs)), q);
}

export async function runFlags(store: TradeSource, query: CustomsQuery, options: Partial<FlagOptions> = {}, rules: string[] = []) {
  const records = await store.queryCustoms(query);
  return { records: records.length, flags: redFlags(records, options, rules) };
}

export async function runTiers(store: TradeSource, query: CustomsQuery, options: { includePartial?: boolean } = {}) {
  return aggregateByTier(await store.customsRollup(query), options);
}
