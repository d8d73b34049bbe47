/** Results as a table (people), CSV (--csv) or one JSON document (--json); notes go to stderr. */
import type { Output } from "../../output.js";

export interface Rendered {
  /** The whole result, for --json. */
  json: unknown;
  rows: readonly object[];
  columns: string[];
  notes?: string[];
  title?: string;
  /** Said on stderr when there are no rows (with --json and --csv too); a table is then not drawn. */
  empty?: string;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = typeof v === "object" ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly object[], columns: string[]): string {
  const cells = (r: object) => columns.map((c) => csvCell((r as Record<string, unknown>)[c])).join(",");
  return `${[columns.join(","), ...rows.map(cells)].join("\n")}\n`;
}

export function render(out: Output, r: Rendered, opts: { csv?: boolean }): void {
  const empty = !r.rows.length && r.empty !== undefined;
  if (out.json || opts.csv) {
    if (out.json) out.json1(r.json);
    else out.line(toCsv(r.rows, r.columns).trimEnd());
    if (empty) out.note(`note: ${r.empty}`);
    return;
  }
  if (empty) {
    out.note(`note: ${r.empty}`);
    for (const n of r.notes ?? []) out.note(`note: ${n}`);
    return;
  }
  if (r.title) out.line(r.title);
  out.table(
    r.rows.map((row) => Object.fromEntries(r.columns.map((c) => [c, display((row as Record<string, unknown>)[c])]))),
    r.columns,
  );
  for (const n of r.notes ?? []) out.note(`note: ${n}`);
}

/** Numbers for people: whole units with separators, fractions as they are. */
function display(v: unknown): unknown {
  if (typeof v !== "number") return v;
  return Number.isInteger(v) || Math.abs(v) >= 1000 ? Math.round(v).toLocaleString("en-US") : Number(v.toPrecision(4));
}

export const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? null : `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)}%`;
