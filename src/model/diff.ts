import type { Entity } from "./entity.js";
import type { FieldChange } from "./release.js";

/**
 * Fields a side does not carry: those its partial release's missing files feed, unless their values
 * were carried over from a complete release. "names:aka" stands for the names of kind aka.
 */
function unknownFields(e: Entity): string[] {
  return e.partial && !e.partial.carriedFrom ? e.partial.fields : [];
}

/** Fields one side carries and the other does not: like is compared with like (two bare sdn.csv files are). */
function oneSided(a: Entity, b: Entity): string[] {
  const x = unknownFields(a);
  const y = unknownFields(b);
  return [...x.filter((f) => !y.includes(f)), ...y.filter((f) => !x.includes(f))];
}

/** Drops what one side does not carry from both sides, so that no diff calls it a change. */
function comparable(e: Entity, unknown: string[]): Entity {
  if (!unknown.length) return e;
  const out = { ...e } as unknown as Record<string, unknown>;
  const kinds = unknown.filter((f) => f.startsWith("names:")).map((f) => f.slice(6));
  if (kinds.length) out.names = e.names.filter((n) => !kinds.includes(n.kind));
  // "properties" is compared key by key below; an unknown one is dropped whole.
  for (const f of unknown) if (!f.includes(":")) delete out[f];
  return out as unknown as Entity;
}

/**
 * Field-level differences between two versions of one entity; empty when they are the same. The
 * `partial` marker is not a change, and a field that either side's partial release does not carry
 * is not compared.
 */
export function diffEntities(beforeEntity: Entity, afterEntity: Entity): FieldChange[] {
  const unknown = oneSided(beforeEntity, afterEntity);
  const before = comparable(beforeEntity, unknown);
  const after = comparable(afterEntity, unknown);
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const field of keys) {
    if (field === "id" || field === "partial") continue;
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
