import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("../scripts/test.sh", import.meta.url));

/** Runs scripts/test.sh with `npx` replaced by a stub that stops it at its first step (exit 42). */
function run(chromium: string) {
  const bin = mkdtempSync(join(tmpdir(), "chokepoint-test-sh-"));
  writeFileSync(join(bin, "npx"), "#!/bin/sh\nexit 42\n");
  chmodSync(join(bin, "npx"), 0o755);
  return spawnSync("bash", [script], {
    encoding: "utf8",
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, CHOKEPOINT_TEST_CHROMIUM: chromium },
  });
}

describe("scripts/test.sh (npm test)", () => {
  it("says in its first line that Chromium is missing, with the install command", () => {
    const r = run("/nonexistent/chromium");
    assert.equal(r.status, 42, "the stub npx ran: the line comes before any test step");
    assert.equal(
      r.stderr.split("\n")[0],
      "npm test: /nonexistent/chromium is missing, so the browser tests (e2e/*.spec.ts) will fail: install it with 'sudo apt-get install -y chromium' (as .ci/run does)",
    );
  });

  it("says nothing about Chromium when it is there", () => {
    const r = run(process.execPath);
    assert.equal(r.status, 42);
    assert.equal(r.stderr, "");
  });
});
