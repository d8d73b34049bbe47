import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { sharedData } from "../../test/data.js";

const main = fileURLToPath(new URL("./main.ts", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "chokepoint-cli-"));
const db = join(tmp, "cli.db");

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", main, "--db", db, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("chokepoint CLI", () => {
  it("imports, lists, diffs and shows with --json and meaningful exit codes", () => {
    const a = cli("import", "us_ofac_sdn", sharedData("ofac_sdn_history", "sdn_2022-02-23_1846Z.csv.gz"), "--json");
    assert.equal(a.code, 0, a.stderr);
    assert.equal(JSON.parse(a.stdout).entityCount, 9121);
    const b = cli("import", "us_ofac_sdn", sharedData("ofac_sdn_history", "sdn_2022-02-25_0150Z.csv.gz"));
    assert.equal(b.code, 0, b.stderr);
    assert.match(b.stdout, /release 2 of 2022-02-25 \(filename\) with 9214 entities: 93 added/);

    const lists = JSON.parse(cli("lists", "--json").stdout);
    const sdn = lists.sources.find((s: { source: string }) => s.source === "us_ofac_sdn");
    assert.equal(sdn.latest.entityCount, 9214);
    assert.equal(sdn.releases, 2);

    const diff = JSON.parse(cli("diff", "us_ofac_sdn", "--from", "2022-02-23", "--to", "2022-02-25", "--json").stdout);
    assert.equal(diff.added.length, 93);
    assert.ok(diff.added.some((c: { id: string }) => c.id === "us_ofac_sdn:17013"));

    const show = cli("show", "us_ofac_sdn:17013", "--json");
    assert.equal(show.code, 0);
    assert.equal(JSON.parse(show.stdout).history.firstSeen, "2022-02-25");
    const text = cli("show", "us_ofac_sdn:17013");
    assert.match(text.stdout, /history: first seen 2022-02-25/);
  });

  it("exits 2 for unknown things, 3 for a bad file, 4 for a refused release", () => {
    assert.equal(cli("show", "us_ofac_sdn:999999999").code, 2);
    const unknown = cli("import", "nope", tmp);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown source 'nope'/);
    const bad = join(tmp, "bad");
    writeFileSync(`${bad}.csv`, "not,an,ofac,file\n");
    const r = cli("import", "us_ofac_sdn", `${bad}.csv`);
    assert.equal(r.code, 2, "a file that is not sdn.csv is a usage error");
    writeFileSync(join(tmp, "sdn.csv"), '36,"X",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n37,"Y\r\n');
    const garbled = cli("import", "us_ofac_sdn", join(tmp, "sdn.csv"));
    assert.equal(garbled.code, 3, garbled.stderr);
    assert.match(garbled.stderr, /sdn\.csv line 2/);
    const small = cli("import", "us_ofac_sdn", join(import.meta.dirname, "../sources/us_ofac_sdn/fixtures"), "--date", "2022-03-01");
    assert.equal(small.code, 4, small.stderr);
    assert.match(small.stderr, /refused \(use --force/);
  });
});
