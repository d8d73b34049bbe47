/**
 * Partial releases (docs/architecture.md "Partial releases"): a release made of only some of a
 * list's files (a lone sdn.csv) carries over, entity by entity, the facts that the missing files
 * feed from the newest complete release on or before its date, and marks them as carried.
 */
import type { Entity, PartialFacts } from "../model/index.js";

type Fields = Record<string, unknown>;

function union(mine: unknown[], theirs: unknown[]): unknown[] {
  const have = new Set(mine.map((v) => JSON.stringify(v)));
  return [...mine, ...theirs.filter((v) => !have.has(JSON.stringify(v)))];
}

/** Sets one field of `out` from `base`: united (`replace` false) or taken whole. */
function take(out: Entity, base: Entity, field: string, replace: boolean): void {
  if (field.startsWith("names:")) {
    const kind = field.slice(6);
    const theirs = base.names.filter((n) => n.kind === kind);
    out.names = replace ? [...out.names.filter((n) => n.kind !== kind), ...theirs] : (union(out.names, theirs) as Entity["names"]);
    return;
  }
  const o = out as unknown as Fields;
  const b = base as unknown as Fields;
  if (field === "properties") {
    const props: Record<string, string[]> = { ...out.properties };
    // Taken whole, a key's values replace this release's (a cut remark gives a cut value).
    for (const [k, v] of Object.entries(base.properties)) props[k] = replace ? [...v] : (union(props[k] ?? [], v) as string[]);
    out.properties = props;
  } else if (Array.isArray(b[field])) {
    o[field] = replace ? [...(b[field] as unknown[])] : union((o[field] as unknown[] | undefined) ?? [], b[field] as unknown[]);
  } else if (b[field] !== undefined && (replace || o[field] === undefined)) {
    o[field] = b[field];
  }
}

/**
 * `entity` as a partial release holds it, with what each missing file feeds filled from `base`
 * (the same entity in a complete release). A file's facts are united with the entity's (it may
 * hold one the base lacks). A file that goes on the main file's remarks (sdn_comments.csv) is
 * carried only when the base's remarks go on where this release's were cut; then everything the
 * remarks feed is the base's, since a cut remark parses into cut facts.
 */
export function carryOver(
  entity: Entity,
  base: Entity | undefined,
  groups: { file: string; fields: string[] }[],
  carriedFrom: PartialFacts["carriedFrom"],
): Entity {
  const marker: PartialFacts = { missing: groups.map((g) => g.file), fields: [...new Set(groups.flatMap((g) => g.fields))] };
  if (!base || !carriedFrom) return { ...entity, partial: marker };
  const out: Entity = { ...entity, partial: { ...marker, carriedFrom } };
  for (const group of groups) {
    if (group.fields.includes("remarks")) {
      const mine = entity.remarks[0] ?? "";
      const theirs = base.remarks[0] ?? "";
      if (theirs.length <= mine.length || !theirs.startsWith(mine)) continue;
      for (const field of group.fields) take(out, base, field, true);
    } else {
      for (const field of group.fields) take(out, base, field, false);
    }
  }
  return out;
}

/** The missing files with the fields each feeds, by the source's table. */
export function partialGroups(missing: string[], table: Record<string, string[]> | undefined): { file: string; fields: string[] }[] {
  return missing.map((file) => ({ file, fields: table?.[file] ?? [] }));
}
