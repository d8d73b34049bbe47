/**
 * `chokepoint screen "<name>"` and `chokepoint screen --input file.csv|xlsx --column name`: screening
 * against every loaded list, as a table for people or NDJSON (`--json`) for pipes.
 */

import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { CliError } from "../../errors.js";
import type { Release } from "../../model/index.js";
import { howSummary, readBatchInput, screenBatch, writeReport } from "../../screen/batch/index.js";
import { createParallelBatch, screeningRecord } from "../../screen/batch/parallel.js";
import type { ReportRelease } from "../../screen/batch/report.js";
import type { BatchOutcome } from "../../screen/batch/run.js";
import { checkSourceKeys, createScreener, QUERY_SCHEMAS } from "../../screen/screener.js";
import type { Screener, ScreenMatch, ScreenQuery } from "../../screen/types.js";
import type { Store } from "../../store/store.js";
import { type CliContext, contextFor } from "../context.js";
import { checkOutputPath } from "../output-path.js";

interface ScreenFlags {
  schema?: string;
  country?: string[];
  dob?: string[];
  id?: string[];
  threshold?: string;
  limit?: string;
  source?: string[];
  input?: string;
  column?: string;
  countryColumn?: string;
  dobColumn?: string;
  sheet?: string;
  output?: string;
}

/** Files with at least this many rows are screened on worker threads (one index per core). */
const PARALLEL_ROWS = 2000;

const collect = (value: string, previous: string[] = []) => [
  ...previous,
  ...value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean),
];

function number(value: string | undefined, flag: string, check: (n: number) => boolean, hint: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || !check(n)) throw new CliError(`${flag} must be ${hint} (got '${value}')`, { exitCode: 2 });
  return n;
}

/** The loaded sources; throws (exit 2) when none are, or when a --source names none of them. */
async function loadedSources(store: Store, requested?: string[]): Promise<string[]> {
  const loaded = [...new Set((await store.listReleases()).map((r) => r.source))].sort();
  if (!loaded.length) throw new CliError("no lists loaded; run chokepoint import or sync", { exitCode: 2 });
  checkSourceKeys(requested, loaded);
  return loaded;
}

/** The newest release of each list screened (all loaded, or those --source names), for the report's Summary. */
async function screenedReleases(store: Store, sources?: string[]): Promise<ReportRelease[]> {
  const newest = new Map<string, Release>();
  // listReleases orders by source, date, id: the last one of a source is its newest.
  for (const r of await store.listReleases()) if (!sources?.length || sources.includes(r.source)) newest.set(r.source, r);
  return [...newest.values()].map((r) => ({
    source: r.source,
    id: r.id,
    releaseDate: r.releaseDate,
    contentHash: r.contentHash,
    files: r.files.map((f) => ({ name: f.name, sha256: f.sha256 })),
  }));
}

async function openScreener(store: Store, ctx: CliContext, sources?: string[]): Promise<Screener> {
  const loaded = await loadedSources(store, sources);
  const screener = await createScreener(store, sources?.length ? { sources } : {});
  if (!ctx.out.json) ctx.out.note(`indexed ${screener.size} entities from ${sources?.length ?? loaded.length} list(s)`);
  return screener;
}

/** "us_ofac_sdn, us_ofac_cons, us_trade_csl ×3": where a target is listed. */
function listedIn(m: ScreenMatch): string {
  const counts = new Map<string, number>();
  for (const l of m.listings) counts.set(l.source, (counts.get(l.source) ?? 0) + 1);
  return [...counts].map(([source, n]) => (n > 1 ? `${source} ×${n}` : source)).join(", ");
}

function matchRows(matches: ScreenMatch[]) {
  return matches.map((m, k) => ({
    "#": k + 1,
    score: m.score.toFixed(3),
    id: m.id,
    schema: m.schema,
    name: m.name,
    matched: m.matchedName === m.name ? "" : m.matchedName,
    "listed in": listedIn(m),
    how: howSummary(m.explanation),
  }));
}

async function screenOne(name: string, flags: ScreenFlags, ctx: CliContext, threshold?: number, limit?: number): Promise<void> {
  const screener = await openScreener(ctx.store(), ctx, flags.source);
  const query: ScreenQuery = { name };
  if (flags.schema) query.schema = flags.schema as ScreenQuery["schema"];
  if (flags.country?.length) query.countries = flags.country;
  if (flags.dob?.length) query.birthDates = flags.dob;
  if (flags.id?.length) query.identifiers = flags.id;
  const matches = screener.screen(query, { ...(threshold !== undefined ? { threshold } : {}), ...(limit !== undefined ? { limit } : {}) });
  if (ctx.out.json) {
    ctx.out.ndjson({ query: name, matches });
    return;
  }
  const t = threshold ?? screener.defaultThreshold;
  if (!matches.length) {
    ctx.out.line(`no matches at or above ${t.toFixed(2)} (${screener.algorithm})`);
    return;
  }
  ctx.out.table(matchRows(matches));
  ctx.out.note(`${matches.length} match(es) at or above ${t.toFixed(2)} (${screener.algorithm}); --json gives the full explanations`);
}

async function screenFile(input: string, flags: ScreenFlags, ctx: CliContext, threshold?: number, limit?: number): Promise<void> {
  if (!flags.column) throw new CliError("--input needs --column <header of the name column>", { exitCode: 2 });
  const ranAt = new Date().toISOString();
  const batch = await readBatchInput(input, {
    column: flags.column,
    ...(flags.countryColumn ? { countryColumn: flags.countryColumn } : {}),
    ...(flags.dobColumn ? { dobColumn: flags.dobColumn } : {}),
    ...(flags.sheet ? { sheet: flags.sheet } : {}),
  });
  const options = { ...(threshold !== undefined ? { threshold } : {}), ...(limit !== undefined ? { limit } : {}) };
  let outcome: BatchOutcome;
  let algorithm: string;
  let defaultThreshold: number;
  if (batch.rows.length >= PARALLEL_ROWS && availableParallelism() >= 2) {
    // Large files: one index per core on worker threads.
    const store = ctx.store();
    await loadedSources(store, flags.source);
    // Every loaded list's entities, so that target ids are the same whatever --source says; workers index the asked ones.
    const records = [];
    for await (const e of store.currentEntities()) records.push(screeningRecord(e));
    const parallel = await createParallelBatch(records, flags.source?.length ? { sources: flags.source } : {});
    // Each worker holds its own copy: this thread's is garbage while the batch runs.
    records.length = 0;
    if (!ctx.out.json) ctx.out.note(`indexed ${parallel.size} entities on ${availableParallelism()} worker threads`);
    const progress = ctx.out.progress("screening", batch.rows.length);
    try {
      outcome = await parallel.screen(batch.rows, { ...options, onRow: (done, total) => progress.set(done, total) });
    } finally {
      await parallel.close();
    }
    progress.done();
    if (ctx.out.json) for (const r of outcome.results) ctx.out.ndjson({ row: r.row, query: r.query, matches: r.matches });
    algorithm = parallel.algorithm;
    defaultThreshold = parallel.defaultThreshold;
  } else {
    const screener = await openScreener(ctx.store(), ctx, flags.source);
    const progress = ctx.out.progress("screening", batch.rows.length);
    outcome = screenBatch(screener, batch.rows, {
      ...options,
      onRow: () => progress.tick(),
      ...(ctx.out.json ? { onResult: (r) => ctx.out.ndjson({ row: r.row, query: r.query, matches: r.matches }) } : {}),
    });
    progress.done();
    algorithm = screener.algorithm;
    defaultThreshold = screener.defaultThreshold;
  }
  const bad = [...batch.bad, ...outcome.bad].sort((a, b) => a.row - b.row);
  const hits = outcome.results.filter((r) => r.matches.length);
  ctx.out.note(`screened ${outcome.results.length} row(s) of ${batch.file}: ${hits.length} with matches, ${bad.length} not screened`);
  for (const b of bad) ctx.out.note(`${batch.file} row ${b.row}: ${b.reason}`);
  for (const w of batch.warnings) ctx.out.note(`${batch.file} row ${w.row}: ${w.reason}`);
  const t = threshold ?? defaultThreshold;
  if (flags.output) {
    await writeReport(flags.output, {
      file: batch.file,
      algorithm,
      threshold: t,
      results: outcome.results,
      bad,
      warnings: batch.warnings,
      releases: await screenedReleases(ctx.store(), flags.source),
      ranAt,
    });
    ctx.out.note(`report written to ${flags.output}`);
  }
  if (!ctx.out.json && !flags.output) {
    ctx.out.table(
      hits.flatMap((r) =>
        r.matches
          .slice(0, 3)
          .map((m) => ({ row: r.row, query: r.query, score: m.score.toFixed(3), id: m.id, name: m.name, how: howSummary(m.explanation) })),
      ),
    );
  }
}

export function registerScreen(program: Command): void {
  program
    .command("screen")
    .description("Screen a name (or a CSV/XLSX file of names) against every loaded list")
    .argument("[name]", "the name to screen, in any script")
    .option("--schema <schema>", "Person, Company, Organization, Vessel or Aircraft")
    .option("--country <XX>", "country of the counterparty (ISO code or name; repeatable)", collect)
    .option("--dob <YYYY-MM-DD>", "birth date (repeatable)", collect)
    .option("--id <value>", "identifier: passport, registration, IMO … (repeatable)", collect)
    .option("--threshold <T>", "report matches scoring at least T, 0..1 (default chosen on the name benchmark: 0.65)")
    .option("--limit <K>", "most matches per name (default 10)")
    .option("--source <key>", "only this list, e.g. us_ofac_sdn (repeatable)", collect)
    .option("--input <file>", "batch: a .csv or .xlsx file of names")
    .option("--column <header>", "batch: the column holding names")
    .option("--country-column <header>", "batch: the column holding countries")
    .option("--dob-column <header>", "batch: the column holding birth dates")
    .option("--sheet <name>", "batch: the worksheet of an .xlsx file (default the first)")
    .option("--output <file>", "batch: write a report (.csv, .xlsx or .json)")
    .addHelpText(
      "after",
      "\nWith --json: one JSON object per name per line: {query, matches: [{id, source, recordId, schema, name, matchedName, matchedListing, listings: [{id, source, recordId, lists, releaseId}], score, algorithm, releaseId, explanation}]}.\nEach match is a target: one designation joined across lists (id: the target id; source and recordId: the listing whose name matched).",
    )
    .action(async (name: string | undefined, flags: ScreenFlags, command: Command) => {
      const ctx = contextFor(command);
      const threshold = number(flags.threshold, "--threshold", (n) => n >= 0 && n <= 1, "a number from 0 to 1");
      const limit = number(flags.limit, "--limit", (n) => Number.isInteger(n) && n >= 1, "a whole number of at least 1");
      // Every option is checked here, before the index is built or a row is screened.
      if (flags.schema !== undefined && !QUERY_SCHEMAS.includes(flags.schema))
        throw new CliError(`--schema: unknown schema '${flags.schema}' (use ${QUERY_SCHEMAS.join(", ")})`, { exitCode: 2 });
      if (name !== undefined && flags.input) throw new CliError("give a name or --input, not both", { exitCode: 2 });
      if (flags.output !== undefined) {
        if (!flags.input) throw new CliError("--output writes a batch report: use it with --input <file>", { exitCode: 2 });
        checkOutputPath(flags.output, "--output", [".csv", ".xlsx", ".json"]);
      }
      if (flags.input) return screenFile(flags.input, flags, ctx, threshold, limit);
      if (name === undefined)
        throw new CliError('give a name to screen (chokepoint screen "<name>") or --input <file> --column <header>', { exitCode: 2 });
      return screenOne(name, flags, ctx, threshold, limit);
    });
}
