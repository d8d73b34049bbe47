/** Test helpers for importers: a scratch folder for bad files and an in-memory store. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSqliteStore } from "../../store/sqlite/index.js";

const dir = mkdtempSync(join(tmpdir(), "chokepoint-trade-"));

/** Writes `text` to a new file in a scratch folder and returns its path. */
export function scratchFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export function memoryStore() {
  return createSqliteStore(":memory:");
}

export const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
