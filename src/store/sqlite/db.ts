import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS } from "../migrations/index.js";

export type Db = Database.Database;

/**
 * How long a connection waits for another process's write to finish before it gives up with
 * "database is locked": an import of a large release holds the write lock for several seconds.
 */
export const BUSY_TIMEOUT_MS = 120_000;

/**
 * Opens (creating if needed) a SQLite database and brings its schema up to date. ":memory:" works too.
 * Several processes may open one file at once (two imports, an import and the API): the busy
 * timeout is set first, before anything else takes a lock, and every write transaction begins
 * IMMEDIATE, so writers queue on the lock instead of failing on a stale read snapshot.
 */
export function openDb(path: string): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set(db.prepare(`SELECT id FROM schema_migrations`).pluck().all() as number[]);
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue;
    // Checked again inside the write lock: another process opening the same new file may have applied it.
    db.transaction(() => {
      if (db.prepare(`SELECT 1 FROM schema_migrations WHERE id = ?`).get(m.id)) return;
      db.exec(m.sqlite);
      db.prepare(`INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)`).run(m.id, m.name, new Date().toISOString());
    }).immediate();
  }
}
