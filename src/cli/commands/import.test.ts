/**
 * `import` with several paths where a later one fails: the earlier releases stay committed and the
 * run says so (exit 3, and a JSON report under --json). The good release is the us_ofac_sdn fixture
 * folder (rows cut from the real 2024-05 set); the bad file is written here.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../main.ts", import.meta.url));
const good = fileURLToPath(new URL("../../sources/us_ofac_sdn/fixtures", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "chokepoint-import-cli-"));
const bad = join(tmp, "bad");
mkdirSync(bad);
writeFileSync(join(bad, "sdn.csv"), '12x,"NAME","","[SDGT]","-0- ","-0- ","-0- ","-0- ","-0- ","-0- ","-0- ","-0- "\r\n');

function cli(db: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", main, "--db", db, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("import of several paths where a later one fails", () => {
  it("exits 3 and reports under --json what was committed, what failed and what was not tried", () => {
    const db = join(tmp, "json.db");
    const r = cli(db, "--json", "import", "us_ofac_sdn", good, bad, good, "--date", "2024-05-03");
    assert.equal(r.code, 3, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.equal(report.ok, false);
    assert.equal(report.imported.length, 1);
    assert.equal(report.imported[0].path, good);
    assert.equal(report.imported[0].releaseId, 1);
    assert.equal(report.failed.path, bad);
    assert.equal(report.failed.exitCode, 3);
    assert.match(report.failed.error, /sdn\.csv line 1, field 'ent_num'/);
    assert.deepEqual(report.notTried, [good]);
    const lists = JSON.parse(cli(db, "--json", "lists").stdout);
    assert.equal(lists.sources.find((s: { source: string }) => s.source === "us_ofac_sdn").releases, 1);
  });

  it("says the same in words on stderr without --json", () => {
    const r = cli(join(tmp, "text.db"), "import", "us_ofac_sdn", good, bad, "--date", "2024-05-03");
    assert.equal(r.code, 3);
    assert.match(r.stdout, /release 1 of 2024-05-03/);
    assert.match(r.stderr, /import of .*bad failed: .*sdn\.csv line 1.*; 1 committed before it \(.*fixtures as release 1\)/);
    assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/);
  });
});
