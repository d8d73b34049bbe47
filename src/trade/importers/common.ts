/** What every trade importer shares: the skip report, strictness, header checks and value parsing with file/line/field errors. */
import { ParseError } from "../../errors.js";
import type { NewFlow, SkipSummary } from "../../store/trade-store.js";
import { type Place, resolveArea } from "../reference/areas.js";
import { type DecimalMark, parseNumber } from "./numbers.js";

export interface ImportOptions {
  /** Turn skips of unknown countries into errors. Residual groups ("not specified") are still skipped. */
  strict?: boolean;
  /** The decimal mark of the file when numbers are ambiguous ("1,234"). */
  decimal?: DecimalMark;
  /** Ignore columns the format does not know instead of refusing the file. */
  allowExtraColumns?: boolean;
}

const EXAMPLES = 5;

/** Counts skipped rows by reason, keeping a few examples of each. */
export class SkipReport {
  private readonly reasons = new Map<string, { count: number; examples: { row: number; field?: string; value?: string }[] }>();
  private total = 0;

  skip(reason: string, row: number, field?: string, value?: string): void {
    this.total++;
    let r = this.reasons.get(reason);
    if (!r) {
      r = { count: 0, examples: [] };
      this.reasons.set(reason, r);
    }
    r.count++;
    if (r.examples.length < EXAMPLES) {
      const example: { row: number; field?: string; value?: string } = { row };
      if (field !== undefined) example.field = field;
      if (value !== undefined) example.value = value;
      r.examples.push(example);
    }
  }

  summary(): SkipSummary {
    return {
      total: this.total,
      reasons: [...this.reasons.entries()].sort((a, b) => b[1].count - a[1].count).map(([reason, r]) => ({ reason, ...r })),
    };
  }
}

/** Where an importer is reading, for errors: "eurostat file.csv line 12, field 'PARTNER': …". */
export interface Where {
  format: string;
  file: string;
}

export function fail(where: Where, line: number, field: string | undefined, reason: string): never {
  throw new ParseError(reason, { source: where.format, file: where.file, line, ...(field ? { field } : {}) });
}

/** A row with fewer fields than the header is cut short (a last row cut in a file, or a lost delimiter). */
export function requireWidth(fields: string[], header: readonly string[], where: Where, line: number): void {
  if (fields.length < header.length)
    fail(where, line, header[fields.length], `expected ${header.length} fields, found ${fields.length}: the row is cut short`);
}

/**
 * Maps a header to column indexes: every required column must be there, and a column nobody
 * expects is refused unless extra columns are allowed (a renamed column should not be read as empty).
 */
export function indexHeader(
  header: string[],
  known: { required: readonly string[]; optional?: readonly string[] },
  where: Where,
  options: ImportOptions,
): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    index.set(h.trim(), i);
  });
  const missing = known.required.filter((c) => !index.has(c));
  if (missing.length)
    fail(where, 1, missing[0], `missing column(s) ${missing.map((m) => `'${m}'`).join(", ")}; found ${header.join(", ")}`);
  const all = new Set([...known.required, ...(known.optional ?? [])]);
  const unknown = header.map((h) => h.trim()).filter((h) => h && !all.has(h));
  if (unknown.length && !options.allowExtraColumns) {
    fail(where, 1, unknown[0], `unknown column(s) ${unknown.map((u) => `'${u}'`).join(", ")} (use --allow-extra-columns to ignore them)`);
  }
  return index;
}

export function requireNumber(text: string, where: Where, line: number, field: string, options: ImportOptions): number {
  const r = parseNumber(text, options.decimal);
  if ("error" in r) fail(where, line, field, `${r.error} ('${text}')`);
  return r.value;
}

/**
 * A country or aggregate for a label, or undefined after recording the skip. Unknown names fail the
 * import in strict mode; residual groups ("Stores and provisions") never do.
 */
export function areaOf(
  label: string,
  where: Where,
  line: number,
  field: string,
  skips: SkipReport,
  options: ImportOptions,
  lang?: "fr",
): Place | undefined {
  const area = resolveArea(label, lang);
  if (!area) {
    if (options.strict) fail(where, line, field, `unknown country or area '${label}'`);
    skips.skip(`unknown ${field.toLowerCase()} name`, line, field, label);
    return undefined;
  }
  if (area.kind === "residual") {
    skips.skip(`${field.toLowerCase()} is a residual group, not a country`, line, field, label);
    return undefined;
  }
  return area;
}

/**
 * Drops exact repeats of a flow key (same value) with a skip, and refuses two different values
 * for one key: a file that states two numbers for the same statistic is wrong somewhere.
 */
export function createFlowDeduper(where: Where, skips: SkipReport) {
  const seen = new Map<string, { value: number; line: number }>();
  return (f: NewFlow): boolean => {
    const key = `${f.reporter}|${f.partner}|${f.flow}|${f.period}|${f.hs}`;
    const before = seen.get(key);
    if (!before) {
      seen.set(key, { value: f.value, line: f.sourceRow });
      return true;
    }
    if (before.value === f.value) {
      skips.skip("exact duplicate of an earlier row", f.sourceRow);
      return false;
    }
    return fail(
      where,
      f.sourceRow,
      undefined,
      `${f.reporter} → ${f.partner} ${f.flow} ${f.period} HS ${f.hs} is ${f.value} here but ${before.value} on line ${before.line}`,
    );
  };
}
