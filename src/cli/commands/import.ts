import type { Command } from "commander";
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
    .option("--date <YYYY-MM-DD>", "release date when the file carries none (else a date in the file name, else today)")
    .option("--force", "accept a release whose entity count falls by more than 25% against the previous one")
    .addHelpText(
      "after",
      "\nExamples:\n  chokepoint import us_ofac_sdn ./sdn-2024-05/\n  chokepoint import us_ofac_sdn sdn_2022-02-23_1846Z.csv.gz sdn_2022-02-25_0150Z.csv.gz",
    )
    .action(async (source: string, paths: string[], opts: { date?: string; force?: boolean }, command: Command) => {
      const { out, store } = contextFor(command);
      const results = [];
      for (const path of paths) {
        const bar = out.progress(`${source} ${path}`);
        const result = await importRelease(
          { source, path, ...(opts.date ? { date: opts.date } : {}), force: Boolean(opts.force) },
          { store: store(), onProgress: (n) => bar.set(n) },
        );
        bar.done();
        const row = { ...releaseSummary(result.release), created: result.created, ...result.summary };
        results.push(row);
        if (!out.json) {
          const r = result.release;
          out.line(
            result.created
              ? `${r.source}: release ${r.id} of ${r.releaseDate} (${r.dateBasis}) with ${r.entityCount} entities: ${result.summary.added} added, ${result.summary.changed} changed, ${result.summary.removed} removed`
              : `${r.source}: already imported as release ${r.id} of ${r.releaseDate}; nothing changed`,
          );
        }
      }
      if (out.json) out.json1(results.length === 1 ? results[0] : results);
    });
}
