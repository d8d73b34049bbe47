/** Option parsing shared by the trade subcommands: areas by code or name, HS selections, periods. */
import { CliError } from "../../../errors.js";
import type { FlowDirection } from "../../../store/trade-store.js";
import { type HsSelection, parseHsSelection } from "../../../trade/analysis/hs-selection.js";
import type { Frequency } from "../../../trade/analysis/route.js";
import { resolveArea } from "../../../trade/reference/areas.js";

/** "EU27,KG,Kyrgyz Republic,KAZ" → ["EU27", "KG", "KG", "KZ"] (deduplicated). */
export function areas(text: string | undefined, option: string): string[] {
  if (!text) throw new CliError(`${option} is required`, { exitCode: 2 });
  const out: string[] = [];
  for (const part of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const area = resolveArea(part);
    if (!area || area.kind === "residual")
      throw new CliError(`${option}: unknown country or area '${part}' (ISO codes, names, EU27, EU, EA20, EAEU, WORLD)`, { exitCode: 2 });
    if (!out.includes(area.code)) out.push(area.code);
  }
  return out;
}

export function area(text: string | undefined, option: string): string {
  const list = areas(text, option);
  if (list.length !== 1) throw new CliError(`${option} takes one country or area`, { exitCode: 2 });
  return list[0] as string;
}

export function hsOption(opts: { hs?: string; includePartial?: boolean }): HsSelection {
  return parseHsSelection(opts.hs, { includePartial: Boolean(opts.includePartial) });
}

export function flowOption(text: string | undefined, allowTotal: true): FlowDirection | "total";
export function flowOption(text: string | undefined, allowTotal?: false): FlowDirection;
export function flowOption(text: string | undefined, allowTotal = false): FlowDirection | "total" {
  const f = (text ?? "export").toLowerCase();
  if (f === "export" || f === "import" || (allowTotal && f === "total")) return f;
  throw new CliError(`--flow must be export, import${allowTotal ? " or total" : ""} (got '${text}')`, { exitCode: 2 });
}

export function freqOption(text: string | undefined, fallback: Frequency): Frequency {
  const f = (text ?? fallback).toLowerCase();
  if (f === "month" || f === "year") return f;
  throw new CliError(`--freq must be month or year (got '${text}')`, { exitCode: 2 });
}

export function periodOption(text: string | undefined, option: string): string | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(text)) throw new CliError(`${option} must be YYYY or YYYY-MM (got '${text}')`, { exitCode: 2 });
  return text;
}

/** --from and --to, checked, as the optional fields of a query. */
export function periodRange(opts: { from?: string; to?: string }): { from?: string; to?: string } {
  const from = periodOption(opts.from, "--from");
  const to = periodOption(opts.to, "--to");
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export function intOption(text: string | undefined, option: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${option} must be a whole number ≥ 1 (got '${text}')`, { exitCode: 2 });
  return n;
}

export function numberOption(text: string | undefined, option: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new CliError(`${option} must be a positive number (got '${text}')`, { exitCode: 2 });
  return n;
}

/** Options every analysis takes. */
export interface CommonOptions {
  hs?: string;
  includePartial?: boolean;
  currency?: string;
  csv?: boolean;
}

export const currencyOf = (opts: CommonOptions) => (opts.currency ? { currency: opts.currency.toUpperCase() } : {});
