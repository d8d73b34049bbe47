import type { Migration } from "./index.js";

export const lists001: Migration = {
  id: 1,
  name: "lists: releases, entity versions, release membership",
  sqlite: `
CREATE TABLE releases (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  release_date TEXT NOT NULL,
  date_basis TEXT NOT NULL,
  published_at TEXT,
  fetched_at TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  origin TEXT NOT NULL,
  format TEXT NOT NULL,
  files TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  entity_count INTEGER NOT NULL,
  counts TEXT NOT NULL,
  UNIQUE (source, content_hash)
);
CREATE INDEX releases_by_date ON releases (source, release_date, id);

-- One row per distinct content of an entity: 40 releases of an unchanged entity share one version.
CREATE TABLE entity_versions (
  vid INTEGER PRIMARY KEY,
  entity_id TEXT NOT NULL,
  hash TEXT NOT NULL,
  schema TEXT NOT NULL,
  caption TEXT NOT NULL,
  data TEXT NOT NULL,
  UNIQUE (entity_id, hash)
);

-- Which version of which entity each release holds.
CREATE TABLE release_members (
  release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  vid INTEGER NOT NULL REFERENCES entity_versions (vid),
  PRIMARY KEY (release_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX release_members_by_entity ON release_members (entity_id, release_id);
CREATE INDEX release_members_by_vid ON release_members (vid);
`,
};
