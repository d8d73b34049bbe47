import type { Command } from "commander";
import type { Release } from "../../model/index.js";
import { getSource, SOURCES } from "../../sources/index.js";
import { contextFor } from "../context.js";

/** The stable JSON shape of a release in CLI output (docs/cli.md). */
export function releaseSummary(r: Release) {
  return {
    source: r.source,
    releaseId: r.id,
    releaseDate: r.releaseDate,
    dateBasis: r.dateBasis,
    publishedAt: r.publishedAt ?? null,
    importedAt: r.importedAt,
    format: r.format,
    entityCount: r.entityCount,
    counts: r.counts,
    files: r.files,
    origin: r.origin,
    missing: r.missing ?? null,
    carriedFrom: r.carriedFrom ?? null,
  };
}

export function registerLists(program: Command): void {
  program
    .command("lists")
    .description("Sources with their latest release and counts; --all lists every release")
    .option("--all", "every release, oldest first")
    .option("--source <key>", "one source only")
    .action(async (opts: { all?: boolean; source?: string }, command: Command) => {
      const { out, store } = contextFor(command);
      // An unknown key is an error naming the known ones (exit 2), not an empty listing.
      if (opts.source) getSource(opts.source);
      const releases = await store().listReleases(opts.source ? { source: opts.source } : {});
      const bySource = new Map<string, Release[]>();
      for (const r of releases) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
      const rows = SOURCES.filter((s) => !opts.source || s.key === opts.source).map((s) => {
        const list = bySource.get(s.key) ?? [];
        const latest = list[list.length - 1];
        return { source: s.key, title: s.title, releases: list.length, latest: latest ? releaseSummary(latest) : null, all: list };
      });
      if (out.json) {
        out.json1({
          sources: rows.map(({ all, ...r }) => (opts.all ? { ...r, history: all.map(releaseSummary) } : r)),
        });
        return;
      }
      if (opts.all) {
        out.table(
          releases.map((r) => ({
            source: r.source,
            id: r.id,
            date: r.releaseDate,
            basis: r.dateBasis,
            entities: r.entityCount,
            format: r.format,
          })),
        );
        return;
      }
      out.table(
        rows.map((r) => ({
          source: r.source,
          releases: r.releases,
          latest: r.latest?.releaseDate ?? "—",
          entities: r.latest?.entityCount ?? "",
          ...Object.fromEntries(["Person", "Organization", "Vessel", "Aircraft"].map((k) => [k, r.latest?.counts[`schema:${k}`] ?? ""])),
        })),
      );
      const lists = rows.flatMap((r) =>
        Object.entries(r.latest?.counts ?? {})
          .filter(([k]) => k.startsWith("list:"))
          .map(([k, n]) => ({ source: r.source, list: k.slice(5), entities: n })),
      );
      if (lists.length) {
        out.line();
        out.table(lists);
      }
    });
}
