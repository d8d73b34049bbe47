import type { Command } from "commander";
import { type Config, type ConfigOverrides, loadConfig } from "../config.js";
import { createSqliteStore } from "../store/sqlite/index.js";
import type { Store } from "../store/store.js";
import { createOutput, type Output } from "./output.js";

/** What a command gets: its config, output and a store opened on first use and closed by main. */
export interface CliContext {
  config: Config;
  out: Output;
  store(): Store;
}

/** Options every command accepts (declared once on the program). */
export interface GlobalOptions {
  db?: string;
  json?: boolean;
}

const opened: Store[] = [];

export function contextFor(command: Command, extra: ConfigOverrides = {}): CliContext {
  const opts = command.optsWithGlobals() as GlobalOptions & Record<string, unknown>;
  const config = loadConfig({ db: opts.db, ...extra });
  const out = createOutput({ json: Boolean(opts.json), color: config.color });
  let store: Store | undefined;
  return {
    config,
    out,
    store() {
      if (!store) {
        store = createSqliteStore(config.db);
        opened.push(store);
      }
      return store;
    },
  };
}

export async function closeStores(): Promise<void> {
  for (const s of opened.splice(0)) await s.close();
}
