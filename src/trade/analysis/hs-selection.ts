/**
 * Which goods an analysis looks at: TOTAL, the whole CHPL, one tier, or HS codes, and how a flow
 * row reported at any HS level and in any HS edition counts toward it.
 * Rules that keep sums honest:
 * - TOTAL reads only TOTAL rows (chapters summed would repeat what TOTAL says, or miss goods).
 * - For a code target, one HS level is used per statistic: the target's own level when such a row
 *   exists, else the next deeper level present, summed (8542 rows, else 8542xx rows, else 8542xxxx).
 * - Pre-2022 six-digit codes are read through the HS 2017 → HS 2022 correspondence; codes that
 *   only partly became a CHPL code (854140 → 854149) are left out unless `includePartial`, and the
 *   value left out is reported.
 */
import { ValidationError } from "../../errors.js";
import { HS_TOTAL, type HsVersion, hsVersionForDate, normalizeHs, parseHsVersion } from "../../model/hs.js";
import type { FlowRow } from "../../store/trade-store.js";
import { CHPL, codesOfTier, parseTier } from "../reference/chpl.js";
import { hs2017For, toHs2022 } from "../reference/hs-correspondence.js";

export interface HsSelection {
  /** As the user wrote it: "TOTAL", "CHPL", "tier:1", "8542,854800". */
  label: string;
  total: boolean;
  /** HS 2022 targets (2 to 10 digits) when not total. */
  targets: string[];
  includePartial: boolean;
}

/** "TOTAL" (default), "CHPL", "tier:1" / "tier3" / "T3.A", or comma-separated codes (any level, dots allowed). */
export function parseHsSelection(input: string | undefined, options: { includePartial?: boolean } = {}): HsSelection {
  const label = (input ?? HS_TOTAL).trim() || HS_TOTAL;
  const includePartial = options.includePartial ?? false;
  if (/^total$/i.test(label)) return { label: HS_TOTAL, total: true, targets: [], includePartial };
  if (/^chpl$/i.test(label)) return { label: "CHPL", total: false, targets: CHPL.map((e) => e.hs6), includePartial };
  const tier = /^(?:tier[:\s]?|t)(\d(?:\.?[ab])?)$/i.exec(label);
  if (tier?.[1]) {
    const t = tier[1].length === 1 ? tier[1] : parseTier(tier[1]);
    const codes = t ? codesOfTier(t) : [];
    if (!codes.length) throw new ValidationError(`unknown CHPL tier '${tier[1]}' (tiers: 1, 2, 3, 3.A, 3.B, 4, 4.A, 4.B)`);
    return { label: `tier:${t}`, total: false, targets: codes, includePartial };
  }
  const targets = label.split(/[,;\s]+/).filter(Boolean);
  const codes = targets.map((t) => {
    const code = normalizeHs(t);
    if (!code || code === HS_TOTAL)
      throw new ValidationError(`not an HS code: '${t}' (give TOTAL, CHPL, tier:N or codes such as 8542,854800)`);
    return code;
  });
  return { label, total: false, targets: [...new Set(codes)], includePartial };
}

/**
 * The goods a selection covers, in words, for titles: "all goods (TOTAL)", "high-priority dual-use goods
 * (CHPL)", "CHPL tier 1 goods", "HS 8542, 854800". A title must not promise dual-use goods over TOTAL trade.
 */
export function describeGoods(hs: HsSelection): string {
  if (hs.total) return "all goods (TOTAL)";
  if (hs.label === "CHPL") return "high-priority dual-use goods (CHPL)";
  if (hs.label.startsWith("tier:")) return `CHPL ${hs.label.replace(":", " ")} goods`;
  return `HS ${hs.targets.join(", ")}`;
}

/** The SQL-side prefilter: which stored codes could matter (HS2017 predecessors included). */
export function hsPrefixesFor(selection: HsSelection): string[] | undefined {
  if (selection.total) return [HS_TOTAL];
  const prefixes = new Set<string>();
  for (const t of selection.targets) {
    prefixes.add(t);
    // Older data reports some targets under another code (880730 was 880330).
    if (t.length >= 6) prefixes.add(hs2017For(t.slice(0, 6)).code);
  }
  return [...prefixes];
}

export interface SelectedValue {
  /** The row's statistic without its code: reporter|partner|flow|period. */
  key: string;
  row: FlowRow;
  value: number;
}

export interface SelectionResult {
  values: SelectedValue[];
  notes: string[];
}

function versionOf(row: FlowRow): HsVersion {
  return parseHsVersion(row.hsVersion) ?? hsVersionForDate(row.period);
}

/** HS 2022 codes a row stands for, and whether fully. TOTAL and codes above six digits map to themselves. */
function readingOf(row: FlowRow): { codes: string[]; share: "full" | "partial" } {
  if (row.hs === HS_TOTAL || row.hs.length < 6) return { codes: [row.hs], share: "full" };
  const mapped = toHs2022(row.hs.slice(0, 6), versionOf(row));
  const rest = row.hs.slice(6);
  return { codes: mapped.codes.map((c) => c + rest), share: mapped.share };
}

/** The rows (with the value each contributes) that make up a selection, one HS level per statistic and target. */
export function selectHs(rows: readonly FlowRow[], selection: HsSelection): SelectionResult {
  const notes: string[] = [];
  if (selection.total) {
    return { values: rows.filter((r) => r.hs === HS_TOTAL).map((row) => ({ key: statKey(row), row, value: row.value })), notes };
  }
  // statistic|target → rows by level
  const byTarget = new Map<string, Map<number, FlowRow[]>>();
  let partialLeftOut = 0;
  let partialRows = 0;
  for (const row of rows) {
    if (row.hs === HS_TOTAL) continue;
    const reading = readingOf(row);
    for (const target of selection.targets) {
      // A row above the target's level (8542 for target 854231) cannot be split, so it does not count.
      if (!reading.codes.some((c) => c.startsWith(target))) continue;
      if (reading.share === "partial" && !selection.includePartial) {
        partialLeftOut += row.value;
        partialRows++;
        continue;
      }
      const k = `${statKey(row)}|${target}`;
      let levels = byTarget.get(k);
      if (!levels) {
        levels = new Map();
        byTarget.set(k, levels);
      }
      const list = levels.get(row.hs.length) ?? [];
      list.push(row);
      levels.set(row.hs.length, list);
      break; // a row counts toward one target only (targets may nest: 8542 and 854231)
    }
  }
  const values: SelectedValue[] = [];
  for (const [k, levels] of byTarget) {
    const level = Math.min(...levels.keys());
    for (const row of levels.get(level) ?? []) values.push({ key: k.slice(0, k.lastIndexOf("|")), row, value: row.value });
  }
  if (partialRows) {
    notes.push(
      `${partialRows} row(s) in pre-2022 codes that only partly became CHPL codes (e.g. HS2017 854140) left out, worth ${Math.round(partialLeftOut)}; use --include-partial to count them whole`,
    );
  } else if (selection.includePartial)
    notes.push("pre-2022 codes that only partly became CHPL codes are counted whole (overstates CHPL trade)");
  return { values, notes };
}

export function statKey(row: Pick<FlowRow, "reporter" | "partner" | "flow" | "period">): string {
  return `${row.reporter}|${row.partner}|${row.flow}|${row.period}`;
}
