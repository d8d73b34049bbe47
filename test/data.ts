/** Paths into ../shared/data, read in place (never copied into the repository). */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED_DATA = process.env.CHOKEPOINT_SHARED_DATA ?? resolve(REPO_ROOT, "..", "shared", "data");

export function sharedData(...parts: string[]): string {
  const p = join(SHARED_DATA, ...parts);
  if (!existsSync(p)) throw new Error(`shared data file missing: ${p}`);
  return p;
}
