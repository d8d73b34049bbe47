import type { Command } from "commander";
import { CliError } from "../../errors.js";
import type { FieldChange } from "../../model/index.js";
import { collectTargets, type Target, type TargetJoin } from "../../screen/targets.js";
import { contextFor } from "../context.js";
import type { Output } from "../output.js";

function describe(change: FieldChange): string {
  const short = (v: unknown) => {
    const s = typeof v === "string" ? v : JSON.stringify(v);
    return s.length > 80 ? `${s.slice(0, 79)}…` : s;
  };
  const parts: string[] = [];
  if (change.added) parts.push(...change.added.map((v) => `+ ${short(v)}`));
  if (change.removed) parts.push(...change.removed.map((v) => `- ${short(v)}`));
  if ("before" in change || "after" in change) parts.push(`${short(change.before)} → ${short(change.after)}`);
  return `${change.field}: ${parts.join("; ")}`;
}

function evidence(j: TargetJoin): string {
  const what =
    j.kind === "identifier" ? `${j.type} ${j.value}${j.country ? ` (${j.country})` : ""}` : `${j.kind.replace(/_/g, " ")} ${j.value}`;
  return `${j.listings[0]} = ${j.listings[1]}: ${what}`;
}

/** The target's listings, the evidence that joined them, and joins refused (with why). */
function printTarget(out: Output, target: Target): void {
  out.line();
  out.line(`target ${target.id}: ${target.listings.length} listing(s) of one designation`);
  out.table(target.listings.map((l) => ({ listing: l.id, release: l.releaseId, lists: l.lists.join("; ") })));
  for (const j of target.joins) out.line(`  joined   ${evidence(j)}`);
  for (const j of target.refused) out.line(`  refused  ${evidence(j)}: ${j.reason}`);
}

export function registerShow(program: Command): void {
  program
    .command("show")
    .description(
      "An entity as listed, its history across releases, and its target: the listings of the same designation and why they are joined",
    )
    .argument("<id>", "entity or target id: <source>:<record id>, e.g. us_ofac_sdn:35096")
    .option("--as-of <YYYY-MM-DD>", "the entity as the release in force on that date gives it")
    .action(async (id: string, opts: { asOf?: string }, command: Command) => {
      const { out, store } = contextFor(command);
      const s = store();
      const entity = await s.getEntity(id, opts.asOf ? { asOf: opts.asOf } : {});
      if (!entity) throw new CliError(`no entity ${id}${opts.asOf ? ` in force on ${opts.asOf}` : ""}`, { exitCode: 2 });
      const history = await s.entityHistory(id);
      const release = await s.getRelease(entity.releaseId);
      // Joins are recomputed from the current releases (never stored): an entity shown as of a date has none.
      const target = opts.asOf ? undefined : (await collectTargets(s.currentEntities())).byListing(id);
      if (out.json) {
        out.json1({
          entity,
          release: release ? { id: release.id, releaseDate: release.releaseDate, source: release.source } : null,
          history,
          target: target ?? null,
        });
        return;
      }
      out.line(`${entity.id}  ${entity.schema}  (release ${entity.releaseId} of ${release?.releaseDate ?? "?"})`);
      if (entity.source.url) out.line(entity.source.url);
      out.line();
      out.table(entity.names.map((n) => ({ kind: n.kind, script: n.script ?? "", name: n.value })));
      const facts: [string, string[]][] = [
        ["programs", entity.programs],
        ["countries", entity.countries],
        ["nationalities", entity.nationalities],
        ["birth dates", entity.birthDates],
        ["birth places", entity.birthPlaces],
        ["addresses", entity.addresses.map((a) => a.full)],
        ["identifiers", entity.identifiers.map((i) => `${i.label ?? i.type}: ${i.value}${i.country ? ` (${i.country})` : ""}`)],
        ["sanctions", entity.sanctions.map((x) => [x.authority, x.list, x.program, x.listedOn].filter(Boolean).join(" · "))],
        ["links", entity.links],
        ...Object.entries(entity.properties),
        ["remarks", entity.remarks],
      ];
      out.line();
      for (const [label, values] of facts) for (const v of values) out.line(`${label.padEnd(16)} ${v}`);
      if (entity.gender) out.line(`${"gender".padEnd(16)} ${entity.gender}`);
      if (target) printTarget(out, target);
      if (history) {
        out.line();
        out.line(
          `history: first seen ${history.firstSeen}, last seen ${history.lastSeen}${history.current ? " (current)" : " (no longer listed)"}`,
        );
        for (const e of history.events) {
          out.line(`  ${e.releaseDate}  ${e.change}  (release ${e.releaseId})`);
          for (const f of e.fields ?? []) out.line(`      ${describe(f)}`);
        }
      }
    });
}
