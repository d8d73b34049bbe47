/**
 * Targets: one per designation. Listings (entities) of the loaded lists that share deterministic
 * evidence (target-keys.ts) are joined with a union-find; names are never evidence. Pure: the same
 * listings give the same targets, ids and joins whatever their order, so joins are recomputed from
 * each release set rather than stored.
 *
 * The target id is the id of its first listing in this order: sources in SOURCES order (us_ofac_sdn,
 * us_ofac_cons, us_trade_csl, us_bis_dpl, un_sc_sanctions, eu_fsf; others after them by key), then
 * record ids in code-unit order. Sberbank is `us_ofac_sdn:17018` with its us_ofac_cons record and
 * its three CSL rows as listings.
 */
import type { Schema } from "../model/index.js";
import { type EvidenceKind, type JoinKey, joinKeys, keyString, schemaGroup, type TargetInput, targetInput } from "./target-keys.js";

/** The SOURCES registry's order (src/sources/index.ts; a test keeps them equal: screen/ may not import sources/). */
export const SOURCE_PRIORITY = ["us_ofac_sdn", "us_ofac_cons", "us_trade_csl", "us_bis_dpl", "un_sc_sanctions", "eu_fsf"];

/** One listing of a target, as results show it. */
export interface Listing {
  id: string;
  source: string;
  recordId: string;
  /** The entity's sanctions[].list values, without repeats. */
  lists: string[];
  releaseId: number;
}

/** Why two listings are one target: the evidence they share. */
export interface TargetJoin {
  kind: EvidenceKind;
  type?: string;
  value: string;
  country?: string;
  /** The two listing ids that share it. */
  listings: [string, string];
}

/** Evidence that would have joined two targets and was refused, with the reason. */
export interface RefusedJoin extends TargetJoin {
  reason: string;
}

export interface Target {
  id: string;
  schema: Schema;
  /** In the id order above: the first is the target's id. */
  listings: Listing[];
  joins: TargetJoin[];
  refused: RefusedJoin[];
}

export interface TargetSet {
  targets: Target[];
  /** The target index of each input listing, in input order. */
  targetOf: Int32Array;
  /** Each input listing's position in the id order (lower comes first in its target). */
  rankOf: Int32Array;
  /** A listing's target (by listing id). */
  byListing(id: string): Target | undefined;
}

interface Member {
  listing: Listing;
  /** The source's place in SOURCE_PRIORITY. */
  rank: number;
  schema: Schema;
  keys: JoinKey[];
  /** A target holds at most one listing per slot: the source, or for the CSL the source and list code. */
  slot: string;
  ofac?: string;
  un?: string;
}

function sourceRank(key: string): number {
  const k = SOURCE_PRIORITY.indexOf(key);
  return k < 0 ? SOURCE_PRIORITY.length : k;
}

function compareMembers(x: Member, y: Member): number {
  const d = x.rank - y.rank;
  if (d) return d;
  const a = x.listing;
  const b = y.listing;
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;
}

export function listingOf(e: TargetInput): Listing {
  return {
    id: e.id,
    source: e.source.key,
    recordId: e.source.recordId,
    lists: [...new Set(e.sanctions.map((s) => s.list))],
    releaseId: e.releaseId,
  };
}

function memberOf(e: TargetInput): Member {
  const keys = joinKeys(e);
  // CSL rows are per list ("SDN-17018", "SSI-17018"): one designation has one row on each.
  const slot = e.source.key === "us_trade_csl" ? `${e.source.key}:${e.source.recordId.replace(/-[^-]*$/, "")}` : e.source.key;
  const member: Member = { listing: listingOf(e), rank: sourceRank(e.source.key), schema: e.schema, keys, slot };
  for (const k of keys) {
    if (k.kind === "ofac_entity_number") member.ofac = k.value;
    else if (k.kind === "un_reference") member.un ??= k.value;
  }
  return member;
}

const KIND_ORDER: Record<EvidenceKind, number> = { ofac_entity_number: 0, un_reference: 1, identifier: 2 };

/** A component of the union-find: what the guards look at. */
interface Group {
  schema: string;
  slots: Map<string, string>;
  ofac?: string;
  un?: string;
}

/** Why two groups may not be one target, or undefined when they may. */
function conflict(a: Group, b: Group): string | undefined {
  if (a.schema !== b.schema) return `different kinds (${a.schema} / ${b.schema})`;
  if (a.ofac && b.ofac && a.ofac !== b.ofac) return `different OFAC entity numbers (${a.ofac} / ${b.ofac})`;
  if (a.un && b.un && a.un !== b.un) return `different UN references (${a.un} / ${b.un})`;
  for (const [slot, id] of a.slots) {
    const other = b.slots.get(slot);
    if (other && other !== id) return `two records of one list (${id} / ${other})`;
  }
  return undefined;
}

/** Joins the listings into targets (see the module comment for the id rule). */
export function computeTargets(entities: Iterable<TargetInput>): TargetSet {
  const input = [...entities].map(memberOf);
  // Work in id order, so that the result does not depend on the input's order.
  const order = input.map((_, k) => k).sort((a, b) => compareMembers(input[a] as Member, input[b] as Member));
  const members = order.map((k) => input[k] as Member);
  const parent = members.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) {
      parent[k] = parent[parent[k] as number] as number;
      k = parent[k] as number;
    }
    return k;
  };
  // Made when a listing first meets another: most listings are a target of their own.
  const groups: (Group | undefined)[] = [];
  const groupOf = (k: number): Group => {
    let g = groups[k];
    if (g) return g;
    const m = members[k] as Member;
    g = { schema: schemaGroup(m.schema), slots: new Map([[m.slot, m.listing.id]]) };
    if (m.ofac) g.ofac = m.ofac;
    if (m.un) g.un = m.un;
    groups[k] = g;
    return g;
  };

  const byKey = new Map<string, { key: JoinKey; members: number[] }>();
  members.forEach((m, k) => {
    for (const key of m.keys) {
      const s = keyString(key);
      const entry = byKey.get(s) ?? { key, members: [] };
      entry.members.push(k);
      byKey.set(s, entry);
    }
  });
  const keys = [...byKey.entries()]
    .filter(([, e]) => e.members.length > 1)
    .sort(([sa, a], [sb, b]) => KIND_ORDER[a.key.kind] - KIND_ORDER[b.key.kind] || (sa < sb ? -1 : sa > sb ? 1 : 0));

  const joins: { at: number; join: TargetJoin }[] = [];
  const refused: { at: number[]; join: RefusedJoin }[] = [];
  for (const [, { key, members: shared }] of keys) {
    const first = shared[0] as number;
    for (const other of shared.slice(1)) {
      const ra = find(first);
      const rb = find(other);
      if (ra === rb) continue;
      const evidence: TargetJoin = {
        kind: key.kind,
        ...(key.type ? { type: key.type } : {}),
        value: key.value,
        ...(key.country ? { country: key.country } : {}),
        listings: [(members[first] as Member).listing.id, (members[other] as Member).listing.id],
      };
      const ga = groupOf(ra);
      const gb = groupOf(rb);
      const reason = conflict(ga, gb);
      if (reason) {
        refused.push({ at: [first, other], join: { ...evidence, reason } });
        continue;
      }
      // The root is the lower index: the group's first listing in id order.
      const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
      parent[child] = root;
      const g = groupOf(root);
      const c = groupOf(child);
      for (const [slot, id] of c.slots) g.slots.set(slot, id);
      if (!g.ofac && c.ofac) g.ofac = c.ofac;
      if (!g.un && c.un) g.un = c.un;
      joins.push({ at: first, join: evidence });
    }
  }

  const targets: Target[] = [];
  const targetAt = new Int32Array(members.length);
  members.forEach((m, k) => {
    const root = find(k);
    if (root === k) {
      targetAt[k] = targets.length;
      targets.push({ id: m.listing.id, schema: m.schema, listings: [m.listing], joins: [], refused: [] });
    } else {
      targetAt[k] = targetAt[root] as number;
      (targets[targetAt[k] as number] as Target).listings.push(m.listing);
    }
  });
  for (const { at, join } of joins) (targets[targetAt[at] as number] as Target).joins.push(join);
  for (const { at, join } of refused) {
    const [a, b] = [targetAt[at[0] as number] as number, targetAt[at[1] as number] as number];
    (targets[a] as Target).refused.push(join);
    if (b !== a) (targets[b] as Target).refused.push(join);
  }
  const targetOf = new Int32Array(input.length);
  const rankOf = new Int32Array(input.length);
  order.forEach((k, sorted) => {
    targetOf[k] = targetAt[sorted] as number;
    rankOf[k] = sorted;
  });
  const byId = new Map<string, number>();
  members.forEach((m, k) => {
    byId.set(m.listing.id, targetAt[k] as number);
  });
  return { targets, targetOf, rankOf, byListing: (id) => targets[byId.get(id) ?? -1] };
}

/** The targets of entities read one by one (a store's current entities): only what targets need is kept. */
export async function collectTargets(entities: AsyncIterable<TargetInput> | Iterable<TargetInput>): Promise<TargetSet> {
  const inputs: TargetInput[] = [];
  for await (const e of entities) inputs.push(targetInput(e));
  return computeTargets(inputs);
}

/** What the screener needs to fold entity scores into target results. */
export interface EntityScore {
  score: number;
  /** The entity's matched name (an index the caller understands). */
  name: number;
}

/**
 * Entity-level best scores → the best entity of each target: highest score, ties to the listing
 * first in id order (`rank`, lower first). `targetOf[e]` is entity e's target.
 */
export function foldTargets(
  best: ReadonlyMap<number, EntityScore>,
  targetOf: ArrayLike<number>,
  rank: ArrayLike<number>,
): Map<number, EntityScore & { entity: number }> {
  const out = new Map<number, EntityScore & { entity: number }>();
  for (const [entity, s] of best) {
    const t = targetOf[entity] as number;
    const prev = out.get(t);
    if (!prev || s.score > prev.score || (s.score === prev.score && (rank[entity] as number) < (rank[prev.entity] as number)))
      out.set(t, { entity, score: s.score, name: s.name });
  }
  return out;
}
