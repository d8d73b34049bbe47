/**
 * Golden files that write themselves: a missing expected file is written (never in CI, where it
 * fails instead); a mismatch writes `x.changed.json` beside it for diffing and fails.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export function assertGolden(path: string | URL, actual: unknown): void {
  const file = typeof path === "string" ? path : path.pathname;
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (!existsSync(file)) {
    if (process.env.CI) assert.fail(`golden file ${file} is missing (generate it locally and commit it)`);
    writeFileSync(file, text);
    return;
  }
  const expected = readFileSync(file, "utf8");
  const changed = file.replace(/\.json$/, ".changed.json");
  if (expected !== text) {
    writeFileSync(changed, text);
    assert.fail(`output differs from ${file}; see ${changed}`);
  }
}
