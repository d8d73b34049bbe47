import type { Command } from "commander";
import { CliError } from "../../errors.js";
import { syncSource } from "../../lists/sync.js";
import { SOURCES } from "../../sources/index.js";
import { contextFor } from "../context.js";
import { releaseSummary } from "./lists.js";

export function registerSync(program: Command): void {
  program
    .command("sync")
    .description("Download the latest releases from the publishers' URLs (or a mirror) and import what changed")
    .argument("[sources...]", `source keys (default: all): ${SOURCES.map((s) => s.key).join(", ")}`)
    .option(
      "--mirror <dir|url>",
      "read files from a local folder or base URL instead (env CHOKEPOINT_MIRROR); a SHA256SUMS file there is checked",
    )
    .option("--force", "import even when nothing changed, and accept large drops in entity count")
    .action(async (keys: string[], opts: { mirror?: string; force?: boolean }, command: Command) => {
      const { out, store, config } = contextFor(command, opts.mirror ? { mirror: opts.mirror } : {});
      const targets = keys.length ? keys : SOURCES.map((s) => s.key);
      const results = [];
      const failed: string[] = [];
      for (const key of targets) {
        const bar = out.progress(`${key}`);
        let outcome: Awaited<ReturnType<typeof syncSource>>;
        try {
          outcome = await syncSource(
            key,
            { ...(config.mirror ? { mirror: config.mirror } : {}), force: Boolean(opts.force) },
            { store: store(), fetch, cacheDir: config.cacheDir, timeoutMs: config.httpTimeoutMs, log: (m) => out.note(m) },
          );
        } catch (error) {
          // One source failing does not stop the others; the exit code tells.
          bar.done();
          if (targets.length === 1) throw error;
          failed.push(key);
          results.push({ source: key, status: "failed", error: (error as Error).message });
          if (!out.json) out.line(`${key}: failed: ${(error as Error).message}`);
          continue;
        }
        bar.done();
        const { release, ...rest } = outcome;
        results.push({
          ...rest,
          release: release ? { ...releaseSummary(release.release), created: release.created, ...release.summary } : null,
        });
        if (!out.json) {
          const r = release?.release;
          out.line(
            outcome.status === "imported" && r
              ? `${key}: imported release ${r.id} of ${r.releaseDate} with ${r.entityCount} entities (${release.summary.added} added, ${release.summary.changed} changed, ${release.summary.removed} removed)`
              : `${key}: unchanged`,
          );
        }
      }
      if (out.json) out.json1({ results });
      if (failed.length) throw new CliError(`sync failed for ${failed.join(", ")}`, { exitCode: 5 });
    });
}
