/** Screening the rows of a batch: every row gets its matches or a reason it could not be screened. */
import { AppError } from "../../errors.js";
import type { Screener, ScreenMatch, ScreenOptions } from "../types.js";
import type { BadRow, BatchRow } from "./input.js";

export interface BatchResult {
  row: number;
  query: string;
  country?: string;
  birthDate?: string;
  matches: ScreenMatch[];
}

export interface BatchOutcome {
  results: BatchResult[];
  /** Rows that could not be screened (input problems and query errors), by row number. */
  bad: BadRow[];
}

export interface BatchRunOptions extends ScreenOptions {
  /** Called after each row (for a progress bar). */
  onRow?: (done: number, total: number) => void;
  /** Called with each result as it is made (for streaming output). */
  onResult?: (result: BatchResult) => void;
}

export function screenBatch(screener: Screener, rows: readonly BatchRow[], options: BatchRunOptions = {}): BatchOutcome {
  const results: BatchResult[] = [];
  const bad: BadRow[] = [];
  const screenOptions: ScreenOptions = {};
  if (options.threshold !== undefined) screenOptions.threshold = options.threshold;
  if (options.limit !== undefined) screenOptions.limit = options.limit;
  if (options.sources) screenOptions.sources = options.sources;
  // An unknown source or an empty index fails the batch, not each row.
  screener.checkSources(options.sources);
  rows.forEach((r, k) => {
    try {
      const matches = screener.screen(
        { name: r.name, ...(r.country ? { countries: [r.country] } : {}), ...(r.birthDate ? { birthDates: [r.birthDate] } : {}) },
        screenOptions,
      );
      const result: BatchResult = { row: r.row, query: r.name, matches };
      if (r.country) result.country = r.country;
      if (r.birthDate) result.birthDate = r.birthDate;
      results.push(result);
      options.onResult?.(result);
    } catch (e) {
      // A bad name is the row's problem; anything else is ours and stops the batch.
      if (!(e instanceof AppError) || e.status >= 500) throw e;
      bad.push({ row: r.row, reason: e.message });
    }
    options.onRow?.(k + 1, rows.length);
  });
  return { results, bad };
}
