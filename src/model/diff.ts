import type { Entity } from "./entity.js";
import type { FieldChange } from "./release.js";

/** Field-level differences between two versions of one entity; empty when they are the same. */
export function diffEntities(before: Entity, after: Entity): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of keys) {
    if (field === "id") continue;
    const a = (before as unknown as Record<string, unknown>)[field];
    const b = (after as unknown as Record<string, unknown>)[field];
    if (field === "properties") {
      const pa = (a ?? {}) as Record<string, string[]>;
      const pb = (b ?? {}) as Record<string, string[]>;
      for (const k of new Set([...Object.keys(pa), ...Object.keys(pb)])) {
        const c = diffList(`properties.${k}`, pa[k] ?? [], pb[k] ?? []);
        if (c) changes.push(c);
      }
      continue;
    }
    if (Array.isArray(a) || Array.isArray(b)) {
      const c = diffList(field, (a as unknown[]) ?? [], (b as unknown[]) ?? []);
      if (c) changes.push(c);
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      changes.push({ field, before: a, after: b });
    }
  }
  return changes.sort((x, y) => (x.field < y.field ? -1 : x.field > y.field ? 1 : 0));
}

function diffList(field: string, before: unknown[], after: unknown[]): FieldChange | undefined {
  const bs = new Map(before.map((v) => [JSON.stringify(v), v]));
  const as = new Map(after.map((v) => [JSON.stringify(v), v]));
  const added = [...as].filter(([k]) => !bs.has(k)).map(([, v]) => v);
  const removed = [...bs].filter(([k]) => !as.has(k)).map(([, v]) => v);
  if (!added.length && !removed.length) {
    // Same items, another order: only the order of remarks carries meaning.
    if (field === "remarks" && JSON.stringify(before) !== JSON.stringify(after)) return { field, before, after };
    return undefined;
  }
  const change: FieldChange = { field };
  if (added.length) change.added = added;
  if (removed.length) change.removed = removed;
  return change;
}
