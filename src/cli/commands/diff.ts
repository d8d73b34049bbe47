import type { Command } from "commander";
import { CliError } from "../../errors.js";
import type { EntityChange } from "../../model/index.js";
import { getSource } from "../../sources/index.js";
import { contextFor } from "../context.js";

export function registerDiff(program: Command): void {
  program
    .command("diff")
    .description("Entities added, removed and changed between two releases of a source (with the changed fields)")
    .argument("<source>", "source key, e.g. us_ofac_sdn")
    .option("--from <YYYY-MM-DD>", "the release in force on this date (default: the one before --to)")
    .option("--to <YYYY-MM-DD>", "the release in force on this date (default: the latest)")
    .action(async (key: string, opts: { from?: string; to?: string }, command: Command) => {
      const { out, store } = contextFor(command);
      const source = getSource(key);
      const s = store();
      const to = await s.releaseAsOf(source.key, opts.to);
      if (!to)
        throw new CliError(`no release of ${source.key}${opts.to ? ` on or before ${opts.to}` : ""}; run chokepoint import or sync`, {
          exitCode: 2,
        });
      let fromId: number | null;
      if (opts.from) {
        const from = await s.releaseAsOf(source.key, opts.from);
        if (!from) throw new CliError(`no release of ${source.key} on or before ${opts.from}`, { exitCode: 2 });
        fromId = from.id;
      } else {
        const all = await s.listReleases({ source: source.key });
        const i = all.findIndex((r) => r.id === to.id);
        fromId = i > 0 ? (all[i - 1]?.id ?? null) : null;
      }
      const diff = await s.diffReleases(fromId, to.id);
      if (out.json) {
        out.json1(diff);
        return;
      }
      out.line(
        `${source.key}: ${diff.from ? `release ${diff.from.id} of ${diff.from.releaseDate} (${diff.from.entityCount})` : "nothing"} → release ${diff.to.id} of ${diff.to.releaseDate} (${diff.to.entityCount})`,
      );
      out.line(`${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`);
      const rows = (list: EntityChange[]) =>
        list.map((c) => ({
          change: c.change,
          id: c.id,
          schema: c.schema,
          name: c.caption,
          fields: c.fields?.map((f) => f.field).join(", ") ?? "",
        }));
      const all = [...rows(diff.added), ...rows(diff.removed), ...rows(diff.changed)];
      if (all.length) {
        out.line();
        out.table(all);
      }
    });
}
