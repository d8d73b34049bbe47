import type { Command } from "commander";
import { CliError, exitCodeFor } from "../../errors.js";
import { importRelease } from "../../lists/import-release.js";
import { SOURCES } from "../../sources/index.js";
import { contextFor } from "../context.js";
import { releaseSummary } from "./lists.js";

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("Import a list release from local files (a file, or a folder holding the release's files)")
    .argument("<source>", `source key: ${SOURCES.map((s) => s.key).join(", ")}`)
    .argument("<paths...>", "file(s) or folder(s); several are imported one after another, in the order given")
    .option(
      "--date <YYYY-MM-DD>",
      "release date when the file carries none (else a date in the file name, else today); after tomorrow or before 1990 needs --force",
    )
    .option("--force", "accept a release whose entity count falls by more than 25% against the previous one, or an unlikely --date")
    .addHelpText(
      "after",
      "\nExamples:\n  chokepoint import us_ofac_sdn ./sdn-2024-05/\n  chokepoint import us_ofac_sdn sdn_2022-02-23_1846Z.csv.gz sdn_2022-02-25_0150Z.csv.gz\n\nWith several paths, each is its own release, committed as it is imported; the first failure stops\nthe run, and the report says which were committed, which failed and which were not tried.",
    )
    .action(async (source: string, paths: string[], opts: { date?: string; force?: boolean }, command: Command) => {
      const { out, store } = contextFor(command);
      const results = [];
      for (const [i, path] of paths.entries()) {
        const bar = out.progress(`${source} ${path}`);
        let result: Awaited<ReturnType<typeof importRelease>>;
        try {
          result = await importRelease(
            { source, path, ...(opts.date ? { date: opts.date } : {}), force: Boolean(opts.force) },
            { store: store(), onProgress: (n) => bar.set(n) },
          );
        } catch (error) {
          bar.done();
          if (paths.length === 1) throw error;
          throw partialRunError(error, path, results, paths.slice(i + 1), out);
        }
        bar.done();
        const row = {
          path,
          ...releaseSummary(result.release),
          created: result.created,
          ...result.summary,
          ...(result.dateGuess ? { dateGuess: result.dateGuess } : {}),
        };
        results.push(row);
        if (!out.json) {
          const r = result.release;
          out.line(
            result.created
              ? `${r.source}: release ${r.id} of ${r.releaseDate} (${r.dateBasis}) with ${r.entityCount} entities: ${result.summary.added} added, ${result.summary.changed} changed, ${result.summary.removed} removed`
              : `${r.source}: already imported as release ${r.id} of ${r.releaseDate}; nothing changed`,
          );
          if (result.dateGuess) out.note(`note: release date ${result.dateGuess}`);
          if (result.created && r.missing?.length)
            out.note(
              `note: a partial release (no ${r.missing.join(", ")}): ${
                r.carriedFrom
                  ? `what those files carry was taken over from release ${r.carriedFrom}, marked as carried`
                  : "no earlier complete release to carry their facts from, so it holds none"
              }`,
            );
        }
      }
      if (out.json) out.json1(results.length === 1 ? results[0] : results);
    });
}

/**
 * A later path failed after earlier ones were committed: say what is in the store and what is not
 * (a JSON report on stdout under --json), and exit with the failure's own code.
 */
function partialRunError(
  error: unknown,
  path: string,
  committed: { path: string; releaseId: number }[],
  notTried: string[],
  out: { json: boolean; json1(v: unknown): void },
): CliError {
  const exitCode = exitCodeFor(error);
  const message = error instanceof Error ? error.message : String(error);
  if (out.json) out.json1({ ok: false, imported: committed, failed: { path, error: message, exitCode }, notTried });
  const done = committed.length
    ? `${committed.length} committed before it (${committed.map((r) => `${r.path} as release ${r.releaseId}`).join(", ")})`
    : "nothing committed before it";
  const rest = notTried.length ? `; not tried: ${notTried.join(", ")}` : "";
  return new CliError(`import of ${path} failed: ${message}; ${done}${rest}`, { exitCode, cause: error });
}
