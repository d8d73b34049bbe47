import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { sharedData } from "../../test/data.js";

const main = fileURLToPath(new URL("./main.ts", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "chokepoint-cli-"));
const db = join(tmp, "cli.db");

function cli(...args: string[]) {
  return cliEnv({}, ...args);
}

function cliEnv(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", main, "--db", db, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line on stderr, `chokepoint: …`, and no stack trace. */
function oneLine(stderr: string, pattern: RegExp) {
  assert.equal(stderr.trim().split("\n").length, 1, stderr);
  assert.match(stderr, pattern);
  assert.doesNotMatch(stderr, /\n\s+at /);
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

  it("exits 2 for usage errors (unknown option, missing argument, missing required option), as documented", () => {
    const option = cli("lists", "--bogus");
    assert.equal(option.code, 2, option.stderr);
    assert.match(option.stderr, /unknown option '--bogus'/);
    assert.equal(cli("show").code, 2, "missing argument");
    assert.equal(cli("trade", "growth", "--partner", "KG").code, 2, "missing required option");
    assert.equal(cli("trade").code, 2, "missing subcommand");
    assert.equal(cli("--version").code, 0);
    assert.equal(cli("lists", "--help").code, 0);
  });

  it("prints errors as one JSON line on stderr under --json, for usage errors and failures alike", () => {
    for (const args of [
      ["lists", "--bogus", "--json"],
      ["--json", "show"],
      ["show", "us_ofac_sdn:999999999", "--json"],
      ["import", "nope", tmp, "--json"],
    ]) {
      const r = cli(...args);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      const lines = r.stderr.trim().split("\n");
      assert.equal(lines.length, 1, r.stderr);
      const doc = JSON.parse(lines[0] as string);
      assert.deepEqual(Object.keys(doc.error).sort(), ["exitCode", "message"]);
      assert.equal(doc.error.exitCode, 2);
      assert.doesNotMatch(doc.error.message, /^error:|Usage:/);
    }
  });

  it("serve: a short API key, a port out of range and a port in use are one line and exit 2", async () => {
    const short = cliEnv({ CHOKEPOINT_API_KEYS: "short,long-enough-key" }, "serve");
    assert.equal(short.code, 2);
    oneLine(short.stderr, /^chokepoint: configuration: CHOKEPOINT_API_KEYS key 1: too short: API keys need at least 8 characters\n$/);
    const port = cli("serve", "--open", "--port", "99999");
    assert.equal(port.code, 2);
    oneLine(port.stderr, /--port must be a whole number from 0 to 65535 \(got '99999'\)/);
    const envPort = cliEnv({ CHOKEPOINT_PORT: "70000" }, "serve", "--open");
    assert.equal(envPort.code, 2);
    oneLine(envPort.stderr, /CHOKEPOINT_PORT: must be a whole number from 0 to 65535/);
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    try {
      const busy = cli("serve", "--open", "--port", String((taken.address() as AddressInfo).port));
      assert.equal(busy.code, 2);
      oneLine(busy.stderr, /cannot listen on 127\.0\.0\.1:\d+: the port is in use; choose another with --port/);
    } finally {
      taken.close();
    }
  });
});
