import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
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

describe("chokepoint screen: options checked before the work, pipes, delimiters", () => {
  it("refuses an unknown --schema before the index is built", () => {
    const r = cli("screen", "Vladimir Putin", "--schema", "Ship");
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "chokepoint: --schema: unknown schema 'Ship' (use Person, Company, Organization, Vessel, Aircraft)\n");
  });

  it("refuses a report extension or a missing output folder before screening a row", () => {
    const input = join(tmp, "out.csv");
    writeFileSync(input, "Name\nVladimir Putin\n");
    const pdf = cli("screen", "--input", input, "--column", "Name", "--output", join(tmp, "r.pdf"));
    assert.equal(pdf.code, 2);
    assert.match(pdf.stderr, /^chokepoint: --output '.*r\.pdf': use a \.csv, \.xlsx or \.json file\n$/);
    const missing = cli("screen", "--input", input, "--column", "Name", "--output", join(tmp, "no-such-folder", "r.csv"));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^chokepoint: --output '.*r\.csv': the folder .*no-such-folder does not exist\n$/);
    assert.equal(cli("screen", "Vladimir Putin", "--output", join(tmp, "r.csv")).code, 2, "--output without --input");
  });

  it("stops quietly with exit 0 when the reader of a pipe goes away (| head -1)", async () => {
    const input = join(tmp, "many.csv");
    writeFileSync(input, `Name\n${Array.from({ length: 1500 }, (_, i) => `Vladimir Putin ${i}`).join("\n")}\n`);
    const child = spawn(process.execPath, ["--import", "tsx", main, "--db", db, "screen", "--input", input, "--column", "Name", "--json"], {
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    // Like `head -1`: read the first chunk, then close the pipe.
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on("close", resolve));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|\n\s+at /);
    assert.doesNotMatch(stderr, /screened 1500 row/, "the batch stops at the first write after the pipe closed");
  });

  // Small hand-written files: a semicolon export with a title line above the header, and a tab-separated one.
  it("reads semicolon- and tab-separated batch files (the delimiter sniffed on the header line)", () => {
    const semi = join(tmp, "semi.csv");
    writeFileSync(semi, 'Customers 2024\n\nName;Country\n"Prigozhin; Yevgeniy";RU\nAngela Merkel;DE\n');
    const s = cli("screen", "--input", semi, "--column", "Name", "--country-column", "Country", "--json");
    assert.equal(s.code, 0, s.stderr);
    const rows = s.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      rows.map((r) => [r.row, r.query]),
      [
        [4, "Prigozhin; Yevgeniy"],
        [5, "Angela Merkel"],
      ],
    );
    const tab = join(tmp, "tab.tsv");
    writeFileSync(tab, "Name\tCountry\nYevgeniy Prigozhin\tRU\n");
    const t = cli("screen", "--input", tab, "--column", "Name", "--country-column", "Country", "--json");
    assert.equal(t.code, 0, t.stderr);
    assert.equal(JSON.parse(t.stdout).matches[0].id, "us_ofac_sdn:21171");
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
