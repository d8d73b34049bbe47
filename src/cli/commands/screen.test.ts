import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../main.ts", import.meta.url));
const fixtures = fileURLToPath(new URL("../../screen/fixtures/sdn", import.meta.url));
const cslFixture = fileURLToPath(new URL("../../sources/us_trade_csl/fixtures/consolidated-2022-04-excerpt.csv", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "chokepoint-screen-cli-"));
const db = join(tmp, "screen.db");

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", main, "--db", db, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("chokepoint screen", () => {
  before(() => {
    const empty = cli("screen", "Vladimir Putin");
    assert.equal(empty.code, 2, "no lists: exit 2");
    assert.match(empty.stderr, /no lists loaded; run chokepoint import or sync/);
    const imported = cli("import", "us_ofac_sdn", fixtures, "--date", "2024-05-03");
    assert.equal(imported.code, 0, imported.stderr);
  });

  it("prints one JSON object per query with --json, best match first", () => {
    const r = cli("screen", "Пригожин Евгений", "--json");
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split("\n");
    assert.equal(lines.length, 1);
    const doc = JSON.parse(lines[0] as string);
    assert.equal(doc.query, "Пригожин Евгений");
    const [m] = doc.matches;
    assert.deepEqual(Object.keys(m).sort(), [
      "algorithm",
      "explanation",
      "id",
      "listings",
      "matchedListing",
      "matchedName",
      "name",
      "recordId",
      "releaseId",
      "schema",
      "score",
      "source",
    ]);
    assert.equal(m.id, "us_ofac_sdn:21171");
    assert.equal(m.recordId, "21171");
    assert.deepEqual(m.listings, [
      { id: "us_ofac_sdn:21171", source: "us_ofac_sdn", recordId: "21171", lists: ["SDN List"], releaseId: 1 },
    ]);
    assert.equal(m.algorithm, "name-v4");
    assert.ok(Array.isArray(m.explanation.pairs));
  });

  it("prints a table for people, and honours --schema, --threshold and --limit", () => {
    const table = cli("screen", "Vladimir Putin");
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /us_ofac_sdn:35096/);
    assert.match(cli("screen", "Vladimir Putin", "--schema", "Company").stdout, /no matches at or above 0\.65/);
    const loose = JSON.parse(cli("screen", "Rotenberg", "--threshold", "0.3", "--limit", "1", "--json").stdout);
    assert.equal(loose.matches.length, 1);
  });

  it("refuses bad arguments and names with exit 2", () => {
    assert.equal(cli("screen", "Putin", "--threshold", "5").code, 2);
    assert.equal(cli("screen", "Putin", "--limit", "0").code, 2);
    assert.equal(cli("screen").code, 2);
    const short = cli("screen", "ab");
    assert.equal(short.code, 2);
    assert.match(short.stderr, /too short/);
  });

  it("screens a CSV file: NDJSON per row, bad rows reported, a report written", () => {
    const input = join(tmp, "in.csv");
    writeFileSync(input, "Name,Country\nYevgeniy Prigozhin,RU\nab,\n长沙天仪空间科技研究院有限公司,CN\n,\nAngela Merkel,DE\n");
    const report = join(tmp, "report.csv");
    const r = cli("screen", "--input", input, "--column", "Name", "--country-column", "Country", "--output", report, "--json");
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((l) => [l.row, l.matches[0]?.id ?? null]),
      [
        [2, "us_ofac_sdn:21171"],
        [4, "us_ofac_sdn:40477"],
        [6, null],
      ],
    );
    assert.match(r.stderr, /in\.csv row 3: name is too short/);
    assert.ok(existsSync(report));
    assert.match(readFileSync(report, "utf8"), /^row,query,country,birth_date,status,rank,score,id/);
  });

  it("refuses a --source that names no loaded list (single and batch), naming the loaded ones", () => {
    const single = cli("screen", "Vladimir Putin", "--source", "us_ofac_sdm");
    assert.equal(single.code, 2);
    assert.match(single.stderr, /source 'us_ofac_sdm' is not loaded \(loaded: us_ofac_sdn\)/);
    assert.equal(single.stdout, "");
    const notLoaded = cli("screen", "Vladimir Putin", "--source", "eu_fsf", "--json");
    assert.equal(notLoaded.code, 2);
    assert.match(notLoaded.stderr, /source 'eu_fsf' is not loaded/);
    const input = join(tmp, "src.csv");
    writeFileSync(input, "Name\nVladimir Putin\n");
    const batch = cli("screen", "--input", input, "--column", "Name", "--source", "us_ofac_sdnx", "--json");
    assert.equal(batch.code, 2);
    assert.match(batch.stderr, /source 'us_ofac_sdnx' is not loaded \(loaded: us_ofac_sdn\)/);
    assert.equal(batch.stdout, "");
    const lists = cli("lists", "--source", "nope");
    assert.equal(lists.code, 2);
    assert.match(lists.stderr, /unknown source 'nope'; known: us_ofac_sdn, us_ofac_cons, us_trade_csl/);
  });

  it("exits 3 for an input without the named column, 2 for an unsupported file", () => {
    const input = join(tmp, "cols.csv");
    writeFileSync(input, "company\nAcme\n");
    const r = cli("screen", "--input", input, "--column", "Name");
    assert.equal(r.code, 3);
    assert.match(r.stderr, /cols\.csv line 1, field 'Name': no name column 'Name'/);
    assert.equal(cli("screen", "--input", join(tmp, "x.doc"), "--column", "Name").code, 2);
    assert.equal(cli("screen", "Putin", "--input", input, "--column", "Name").code, 2);
  });
});

describe("chokepoint screen and show: targets across lists", () => {
  before(() => {
    const imported = cli("import", "us_trade_csl", cslFixture, "--date", "2022-04-01");
    assert.equal(imported.code, 0, imported.stderr);
  });

  it("gives one result for the three CSL rows of one OFAC designation, with every listing", () => {
    const r = cli("screen", "Banco VTB Africa", "--json");
    assert.equal(r.code, 0, r.stderr);
    const { matches } = JSON.parse(r.stdout);
    const ids = matches.map((m: { id: string }) => m.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(matches[0].id, "us_trade_csl:CAP-18725");
    assert.deepEqual(
      matches[0].listings.map((l: { id: string }) => l.id),
      ["us_trade_csl:CAP-18725", "us_trade_csl:SDN-18725", "us_trade_csl:SSI-18725"],
    );
    const table = cli("screen", "Banco VTB Africa");
    assert.match(table.stdout, /us_trade_csl ×3/);
  });

  it("shows a target's listings and the evidence for each join", () => {
    const r = cli("show", "us_trade_csl:SSI-18725", "--json");
    assert.equal(r.code, 0, r.stderr);
    const { target } = JSON.parse(r.stdout);
    assert.equal(target.id, "us_trade_csl:CAP-18725");
    assert.deepEqual(target.joins[0], {
      kind: "ofac_entity_number",
      value: "18725",
      listings: ["us_trade_csl:CAP-18725", "us_trade_csl:SDN-18725"],
    });
    const table = cli("show", "us_trade_csl:CAP-18725");
    assert.match(table.stdout, /target us_trade_csl:CAP-18725: 3 listing\(s\)/);
    assert.match(table.stdout, /joined {3}us_trade_csl:CAP-18725 = us_trade_csl:SSI-18725: ofac entity number 18725/);
  });
});
