/**
 * Preparing flow rows for analysis: one row per statistic across imports, one currency, and
 * aggregates (EU27 …) read either from their own rows or from their members', never both.
 */
import { ValidationError } from "../../errors.js";
import type { FlowRow } from "../../store/trade-store.js";
import { aggregate, isAggregate } from "../reference/aggregates.js";

export type Side = "reporter" | "partner";

const other = (side: Side): Side => (side === "reporter" ? "partner" : "reporter");
const codeKey = (r: FlowRow) => `${r.reporter}|${r.partner}|${r.flow}|${r.period}|${r.hs}|${r.currency}`;

/**
 * One row per reporter|partner|flow|period|code: when two imports state the same statistic (a file
 * re-published with revisions), the newer import wins.
 */
export function consolidate(rows: readonly FlowRow[]): { rows: FlowRow[]; notes: string[] } {
  const best = new Map<string, FlowRow>();
  let replaced = 0;
  for (const r of rows) {
    const k = codeKey(r);
    const b = best.get(k);
    if (!b) best.set(k, r);
    else {
      replaced++;
      if (r.importId > b.importId) best.set(k, r);
    }
  }
  const notes = replaced ? [`${replaced} statistic(s) found in more than one import: the newest import's value is used`] : [];
  return { rows: [...best.values()], notes };
}

/** Rows in one currency: the one asked for, or the only one present; mixing is refused. */
export function oneCurrency(rows: readonly FlowRow[], currency?: string): { rows: FlowRow[]; currency: string } {
  if (currency) return { rows: rows.filter((r) => r.currency === currency.toUpperCase()), currency: currency.toUpperCase() };
  const found = [...new Set(rows.map((r) => r.currency))].sort();
  if (found.length > 1) {
    throw new ValidationError(`the rows mix currencies (${found.join(", ")}); choose one with --currency (no exchange rates are applied)`);
  }
  return { rows: [...rows], currency: found[0] ?? "" };
}

/**
 * The rows of one area on one side (reporter or partner). For an aggregate, its own rows are used
 * where they exist; a statistic it has no row for is the sum of its members' rows (noted). For a
 * country, its rows.
 */
export function rowsOfArea(rows: readonly FlowRow[], side: Side, code: string): { rows: FlowRow[]; notes: string[] } {
  const own = rows.filter((r) => r[side] === code);
  const agg = aggregate(code);
  if (!agg) return { rows: own, notes: [] };
  const keyOf = (r: FlowRow) => `${r[other(side)]}|${r.flow}|${r.period}|${r.hs}|${r.currency}`;
  const have = new Set(own.map(keyOf));
  const sums = new Map<string, FlowRow>();
  let memberRows = 0;
  for (const r of rows) {
    if (isAggregate(r[side])) continue;
    const members = agg.members(r.period);
    if (agg.code !== "WORLD" && !members.includes(r[side])) continue;
    const k = keyOf(r);
    if (have.has(k)) continue;
    memberRows++;
    const s = sums.get(k);
    if (s) {
      s.value += r.value;
      s.importId = Math.max(s.importId, r.importId);
    } else sums.set(k, { ...r, [side]: code, id: -1, quantity: null, unit: null });
  }
  const notes = sums.size
    ? [
        `${code}: ${sums.size} statistic(s) without an ${code} row were summed from ${memberRows} member row(s)${agg.code === "WORLD" ? " (all countries reported)" : ""}`,
      ]
    : [];
  return { rows: [...own, ...sums.values()], notes };
}

/**
 * Rows broken down by country on one side, without double counting: an aggregate row is dropped
 * when any of its members has a row for the same statistic in the same year, kept (as one block)
 * otherwise. WORLD rows are never part of a breakdown.
 */
export function countriesOnSide(rows: readonly FlowRow[], side: Side): { rows: FlowRow[]; notes: string[] } {
  // By year, not by period: an annual EU27 row and its members' monthly rows describe the same trade.
  const keyOf = (r: FlowRow) => `${r[other(side)]}|${r.flow}|${r.period.slice(0, 4)}|${r.hs}`;
  const present = new Map<string, Set<string>>();
  for (const r of rows) {
    if (isAggregate(r[side])) continue;
    const k = keyOf(r);
    let s = present.get(k);
    if (!s) {
      s = new Set();
      present.set(k, s);
    }
    s.add(r[side]);
  }
  let dropped = 0;
  const kept: FlowRow[] = [];
  const blocks = new Set<string>();
  for (const r of rows) {
    const agg = aggregate(r[side]);
    if (!agg) {
      kept.push(r);
      continue;
    }
    if (agg.code === "WORLD") continue;
    const countries = present.get(keyOf(r));
    if (countries && agg.members(r.period).some((m) => countries.has(m))) dropped++;
    else {
      kept.push(r);
      blocks.add(agg.code);
    }
  }
  const notes: string[] = [];
  if (dropped) notes.push(`${dropped} aggregate row(s) (EU27 and the like) left out because their members' rows are used`);
  if (blocks.size) notes.push(`kept as single blocks where no member rows exist: ${[...blocks].join(", ")}`);
  return { rows: kept, notes };
}

/** The common first step of every analysis: one row per statistic, one currency. */
export function prepare(rows: readonly FlowRow[], currency?: string): { rows: FlowRow[]; currency: string; notes: string[] } {
  // Currency first: the same statistic in two currencies (Armstat's USD, a EUR re-cast of it) is not a duplicate.
  const one = oneCurrency(rows, currency);
  const c = consolidate(one.rows);
  return { rows: c.rows, currency: one.currency, notes: c.notes };
}

/** Rows whose `side` is the area or, for an aggregate, one of its members (every row for WORLD). */
export function touching(rows: readonly FlowRow[], side: Side, code: string): FlowRow[] {
  const agg = aggregate(code);
  if (agg?.code === "WORLD") return [...rows];
  return rows.filter((r) => r[side] === code || (agg !== undefined && !isAggregate(r[side]) && agg.members(r.period).includes(r[side])));
}
