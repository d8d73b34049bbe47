/** Schema migrations, applied in order once each. Adding one is one line. */
import { lists001 } from "./001-lists.js";
import { trade002 } from "./002-trade.js";
import { partial003 } from "./003-partial-releases.js";

export interface Migration {
  id: number;
  name: string;
  /** SQL for SQLite. */
  sqlite: string;
}

export const MIGRATIONS: Migration[] = [lists001, trade002, partial003];
