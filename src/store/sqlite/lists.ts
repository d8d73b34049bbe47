import { createHash } from "node:crypto";
import { ConflictError, NotFoundError } from "../../errors.js";
import {
  caption,
  diffEntities,
  type Entity,
  type EntityChange,
  type EntityHistory,
  type HistoryEvent,
  type Release,
  type ReleaseDiff,
  type StoredEntity,
} from "../../model/index.js";
import type { ImportOptions, ImportResult, ListStore, NewRelease, ReleaseQuery } from "../store.js";
import type { Db } from "./db.js";

interface ReleaseRow {
  id: number;
  source: string;
  release_date: string;
  date_basis: string;
  published_at: string | null;
  fetched_at: string;
  imported_at: string;
  origin: string;
  format: string;
  files: string;
  content_hash: string;
  entity_count: number;
  counts: string;
  missing: string | null;
  carried_from: number | null;
}

function toRelease(row: ReleaseRow): Release {
  const r: Release = {
    id: row.id,
    source: row.source,
    releaseDate: row.release_date,
    dateBasis: row.date_basis as Release["dateBasis"],
    fetchedAt: row.fetched_at,
    importedAt: row.imported_at,
    origin: row.origin,
    format: row.format,
    files: JSON.parse(row.files),
    contentHash: row.content_hash,
    entityCount: row.entity_count,
    counts: JSON.parse(row.counts),
  };
  if (row.published_at) r.publishedAt = row.published_at;
  if (row.missing) r.missing = JSON.parse(row.missing);
  if (row.carried_from !== null) r.carriedFrom = row.carried_from;
  return r;
}

function hashEntity(json: string): string {
  return createHash("sha256").update(json).digest("hex").slice(0, 32);
}

export function createSqliteListStore(db: Db): ListStore {
  const q = {
    releaseById: db.prepare(`SELECT * FROM releases WHERE id = ?`),
    releaseByHash: db.prepare(`SELECT * FROM releases WHERE source = ? AND content_hash = ?`),
    releases: db.prepare(`SELECT * FROM releases ORDER BY source, release_date, id`),
    releasesOf: db.prepare(`SELECT * FROM releases WHERE source = ? ORDER BY release_date, id`),
    asOf: db.prepare(`SELECT * FROM releases WHERE source = ? AND release_date <= ? ORDER BY release_date DESC, id DESC LIMIT 1`),
    latest: db.prepare(`SELECT * FROM releases WHERE source = ? ORDER BY release_date DESC, id DESC LIMIT 1`),
    completeAsOf: db.prepare(
      `SELECT * FROM releases WHERE source = ? AND release_date <= ? AND missing IS NULL ORDER BY release_date DESC, id DESC LIMIT 1`,
    ),
    previous: db.prepare(
      `SELECT * FROM releases WHERE source = ? AND (release_date < ? OR (release_date = ? AND id < ?)) ORDER BY release_date DESC, id DESC LIMIT 1`,
    ),
    insertRelease: db.prepare(
      `INSERT INTO releases (source, release_date, date_basis, published_at, fetched_at, imported_at, origin, format, files, content_hash, entity_count, counts, missing, carried_from)
       VALUES (@source, @releaseDate, @dateBasis, @publishedAt, @fetchedAt, @importedAt, @origin, @format, @files, @contentHash, @entityCount, @counts, @missing, @carriedFrom)`,
    ),
    findVersion: db.prepare(`SELECT vid FROM entity_versions WHERE entity_id = ? AND hash = ?`).pluck(),
    insertVersion: db.prepare(`INSERT INTO entity_versions (entity_id, hash, schema, caption, data) VALUES (?, ?, ?, ?, ?)`),
    insertMember: db.prepare(`INSERT INTO release_members (release_id, entity_id, vid) VALUES (?, ?, ?)`),
    memberVids: db.prepare(`SELECT entity_id, vid FROM release_members WHERE release_id = ?`).raw(),
    versionData: db.prepare(`SELECT data FROM entity_versions WHERE vid = ?`).pluck(),
    memberOf: db.prepare(
      `SELECT v.data, m.release_id FROM release_members m JOIN entity_versions v ON v.vid = m.vid WHERE m.release_id = ? AND m.entity_id = ?`,
    ),
    newestHolding: db.prepare(
      `SELECT v.data, m.release_id FROM release_members m JOIN entity_versions v ON v.vid = m.vid JOIN releases r ON r.id = m.release_id
       WHERE m.entity_id = ? ORDER BY r.release_date DESC, r.id DESC LIMIT 1`,
    ),
    historyRows: db.prepare(
      `SELECT r.id, r.release_date, m.vid FROM releases r LEFT JOIN release_members m ON m.release_id = r.id AND m.entity_id = ?
       WHERE r.source = ? ORDER BY r.release_date, r.id`,
    ),
    membersData: db
      .prepare(`SELECT v.data FROM release_members m JOIN entity_versions v ON v.vid = m.vid WHERE m.release_id = ? ORDER BY m.entity_id`)
      .pluck(),
    sources: db.prepare(`SELECT DISTINCT source FROM releases ORDER BY source`).pluck(),
    deleteRelease: db.prepare(`DELETE FROM releases WHERE id = ?`),
    deleteOrphans: db.prepare(`DELETE FROM entity_versions WHERE vid NOT IN (SELECT vid FROM release_members)`),
  };

  const releaseRow = (id: number) => q.releaseById.get(id) as ReleaseRow | undefined;

  function previousOf(source: string, date: string, id: number): ReleaseRow | undefined {
    return q.previous.get(source, date, date, id) as ReleaseRow | undefined;
  }

  function members(releaseId: number): Map<string, number> {
    const map = new Map<string, number>();
    for (const [id, vid] of q.memberVids.all(releaseId) as [string, number][]) map.set(id, vid);
    return map;
  }

  function parseEntity(json: string, releaseId: number): StoredEntity {
    return { ...(JSON.parse(json) as Entity), releaseId };
  }

  const importTx = db.transaction((release: NewRelease, entities: Entity[], options: ImportOptions): ImportResult => {
    const existing = q.releaseByHash.get(release.source, release.contentHash) as ReleaseRow | undefined;
    if (existing) {
      return {
        release: toRelease(existing),
        created: false,
        summary: { added: 0, removed: 0, changed: 0, unchanged: 0, previous: existing.entity_count },
      };
    }
    const info = q.insertRelease.run({
      ...release,
      publishedAt: release.publishedAt ?? null,
      importedAt: new Date().toISOString(),
      files: JSON.stringify(release.files),
      entityCount: entities.length,
      counts: JSON.stringify(release.counts),
      missing: release.missing?.length ? JSON.stringify(release.missing) : null,
      carriedFrom: release.carriedFrom ?? null,
    });
    const releaseId = Number(info.lastInsertRowid);
    const prevRow = previousOf(release.source, release.releaseDate, releaseId);
    const maxDrop = options.maxDrop ?? 0.25;
    if (prevRow && !options.force && entities.length < prevRow.entity_count * (1 - maxDrop)) {
      const fall = Math.round((1 - entities.length / prevRow.entity_count) * 100);
      throw new ConflictError(
        `${release.source} release of ${release.releaseDate} has ${entities.length} entities, ${fall}% fewer than the ${prevRow.entity_count} of the release of ${prevRow.release_date}; refused (use --force to import it anyway)`,
      );
    }
    const prev = prevRow ? members(prevRow.id) : new Map<string, number>();
    const summary = { added: 0, removed: 0, changed: 0, unchanged: 0, previous: prevRow ? prevRow.entity_count : null };
    const seen = new Set<string>();
    for (const entity of entities) {
      if (seen.has(entity.id)) throw new ConflictError(`${release.source}: two records share the id ${entity.id}`);
      seen.add(entity.id);
      const json = JSON.stringify(entity);
      const hash = hashEntity(json);
      let vid = q.findVersion.get(entity.id, hash) as number | undefined;
      if (vid === undefined) vid = Number(q.insertVersion.run(entity.id, hash, entity.schema, caption(entity), json).lastInsertRowid);
      q.insertMember.run(releaseId, entity.id, vid);
      const before = prev.get(entity.id);
      if (before === undefined) summary.added++;
      else if (before === vid || sameFacts(before, vid)) summary.unchanged++;
      else summary.changed++;
    }
    for (const id of prev.keys()) if (!seen.has(id)) summary.removed++;
    return { release: toRelease(releaseRow(releaseId) as ReleaseRow), created: true, summary };
  });

  /** Two versions that differ only in what a partial release does not carry (or its marker) are the same facts. */
  function sameFacts(a: number, b: number): boolean {
    const x = JSON.parse(q.versionData.get(a) as string) as Entity;
    const y = JSON.parse(q.versionData.get(b) as string) as Entity;
    if (!x.partial && !y.partial) return false;
    return diffEntities(x, y).length === 0;
  }

  function change(kind: EntityChange["change"], e: Entity): EntityChange {
    return { id: e.id, caption: caption(e), schema: e.schema, change: kind };
  }

  return {
    async importRelease(release, entities, options = {}) {
      // IMMEDIATE: take the write lock before reading, so that a concurrent import queues (busy timeout) behind this one.
      return importTx.immediate(release, entities, options);
    },

    async listReleases(query: ReleaseQuery = {}) {
      const rows = (query.source ? q.releasesOf.all(query.source) : q.releases.all()) as ReleaseRow[];
      return rows.map(toRelease);
    },

    async getRelease(id) {
      const row = releaseRow(id);
      return row ? toRelease(row) : undefined;
    },

    async releaseAsOf(source, date) {
      const row = (date ? q.asOf.get(source, date) : q.latest.get(source)) as ReleaseRow | undefined;
      return row ? toRelease(row) : undefined;
    },

    async completeReleaseAsOf(source, date) {
      const row = q.completeAsOf.get(source, date) as ReleaseRow | undefined;
      return row ? toRelease(row) : undefined;
    },

    async *releaseEntities(releaseId) {
      for (const json of q.membersData.all(releaseId) as string[]) yield parseEntity(json, releaseId);
    },

    async getEntity(id, options = {}) {
      if (options.asOf) {
        const source = id.slice(0, id.indexOf(":"));
        const rel = q.asOf.get(source, options.asOf) as ReleaseRow | undefined;
        if (!rel) return undefined;
        const row = q.memberOf.get(rel.id, id) as { data: string; release_id: number } | undefined;
        return row ? parseEntity(row.data, row.release_id) : undefined;
      }
      const row = q.newestHolding.get(id) as { data: string; release_id: number } | undefined;
      return row ? parseEntity(row.data, row.release_id) : undefined;
    },

    async entityHistory(id) {
      const source = id.slice(0, id.indexOf(":"));
      const rows = q.historyRows.all(id, source) as { id: number; release_date: string; vid: number | null }[];
      if (!rows.some((r) => r.vid !== null)) return undefined;
      const events: HistoryEvent[] = [];
      let prevVid: number | null = null;
      let firstSeen: string | null = null;
      let lastSeen: string | null = null;
      for (const r of rows) {
        if (r.vid !== null) {
          firstSeen ??= r.release_date;
          lastSeen = r.release_date;
        }
        if (r.vid === prevVid) continue;
        if (r.vid !== null && prevVid !== null && sameFacts(prevVid, r.vid)) {
          prevVid = r.vid;
          continue;
        }
        if (r.vid === null) events.push({ releaseId: r.id, releaseDate: r.release_date, change: "removed" });
        else if (prevVid === null) events.push({ releaseId: r.id, releaseDate: r.release_date, change: "added" });
        else {
          const before = JSON.parse(q.versionData.get(prevVid) as string) as Entity;
          const after = JSON.parse(q.versionData.get(r.vid) as string) as Entity;
          events.push({ releaseId: r.id, releaseDate: r.release_date, change: "changed", fields: diffEntities(before, after) });
        }
        prevVid = r.vid;
      }
      const history: EntityHistory = { id, firstSeen, lastSeen, current: rows[rows.length - 1]?.vid != null, events };
      return history;
    },

    async diffReleases(fromId, toId) {
      const to = releaseRow(toId);
      if (!to) throw new NotFoundError(`no release ${toId}`);
      const from = fromId === null ? undefined : releaseRow(fromId);
      if (fromId !== null && !from) throw new NotFoundError(`no release ${fromId}`);
      if (from && from.source !== to.source) throw new ConflictError(`releases ${fromId} and ${toId} are of different sources`);
      const a = from ? members(from.id) : new Map<string, number>();
      const b = members(to.id);
      const load = (vid: number) => JSON.parse(q.versionData.get(vid) as string) as Entity;
      const diff: ReleaseDiff = {
        source: to.source,
        from: from ? { id: from.id, releaseDate: from.release_date, entityCount: from.entity_count } : null,
        to: { id: to.id, releaseDate: to.release_date, entityCount: to.entity_count },
        added: [],
        removed: [],
        changed: [],
      };
      for (const [id, vid] of b) {
        const old = a.get(id);
        if (old === undefined) diff.added.push(change("added", load(vid)));
        else if (old !== vid) {
          const before = load(old);
          const after = load(vid);
          const fields = diffEntities(before, after);
          // Versions that differ only in what a partial release does not carry are not a change.
          if (fields.length) diff.changed.push({ ...change("changed", after), fields });
        }
      }
      for (const [id, vid] of a) if (!b.has(id)) diff.removed.push(change("removed", load(vid)));
      const byId = (x: EntityChange, y: EntityChange) => x.id.localeCompare(y.id, "en", { numeric: true });
      diff.added.sort(byId);
      diff.removed.sort(byId);
      diff.changed.sort(byId);
      return diff;
    },

    async *currentEntities(sources) {
      const keys = sources ?? (q.sources.all() as string[]);
      for (const source of keys) {
        const rel = q.latest.get(source) as ReleaseRow | undefined;
        if (!rel) continue;
        // all(), not iterate(): a caller may use the store between two yields, and an open iterator would block it.
        for (const json of q.membersData.all(rel.id) as string[]) yield parseEntity(json, rel.id);
      }
    },

    async deleteRelease(id) {
      db.transaction(() => {
        if (q.deleteRelease.run(id).changes === 0) throw new NotFoundError(`no release ${id}`);
        q.deleteOrphans.run();
      }).immediate();
    },
  };
}
