import type { Store } from "../store.js";
import { openDb } from "./db.js";
import { createSqliteListStore } from "./lists.js";
import { createSqliteTradeStore } from "./trade.js";

/** The embedded store: one SQLite file (or ":memory:"). */
export function createSqliteStore(path: string): Store {
  const db = openDb(path);
  return {
    kind: "sqlite",
    ...createSqliteListStore(db),
    ...createSqliteTradeStore(db),
    async close() {
      db.close();
    },
  };
}
