import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { sharedData } from "../../../test/data.js";

const main = fileURLToPath(new URL("../main.ts", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "chokepoint-trade-cli-"));
const db = join(tmp, "trade.db");
const customs = fileURLToPath(new URL("../../trade/flags/fixtures/customs-records.csv", import.meta.url));

function cli(...args: string[]) {
  return cliOn(db, ...args);
}

function cliOn(database: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", main, "--db", database, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("chokepoint trade", () => {
  it("imports, analyses, charts and reports", () => {
    const files = ["KG", "AM", "KZ"].map((p) => sharedData("trade", `eurostat_eu_member_exports_to_${p}_monthly.csv`));
    const imp = cli("trade", "import", "eurostat", ...files, sharedData("trade", "eurostat_eu27_exports_by_partner_annual.csv"), "--json");
    assert.equal(imp.code, 0, imp.stderr);
    assert.deepEqual(
      JSON.parse(imp.stdout).map((i: { rowCount: number; created: boolean }) => [i.rowCount, i.created]),
      [
        [1988, true],
        [2048, true],
        [2089, true],
        [3276, true],
      ],
    );
    const again = cli("trade", "import", "eurostat", files[0] as string);
    assert.match(again.stdout, /already imported as import 1 \(same sha256\); nothing changed/);

    const growth = cli(
      "trade",
      "growth",
      "--reporter",
      "EU27",
      "--partner",
      "Kyrgyzstan,AM,KAZ",
      "--period",
      "2023",
      "--baseline",
      "2019-2021",
      "--json",
    );
    assert.equal(growth.code, 0, growth.stderr);
    const g = JSON.parse(growth.stdout);
    assert.deepEqual(
      g.rows.map((r: { partner: string; growth: number }) => [r.partner, Math.round(r.growth * 1000) / 10]),
      [
        ["KG", 891.5],
        ["AM", 187],
        ["KZ", 109.8],
      ],
    );
    const table = cli("trade", "growth", "--reporter", "EU27", "--partner", "KG", "--period", "2023", "--baseline", "2019-2021");
    assert.match(table.stdout, /KG\s+2023\s+2,733,762,752\s+275,718,836\s+8\.915\s+\+891\.5%/);

    const csv = cli(
      "trade",
      "series",
      "--reporter",
      "EU27",
      "--partner",
      "KG",
      "--freq",
      "month",
      "--from",
      "2022-01",
      "--to",
      "2022-03",
      "--csv",
    );
    assert.equal(csv.stdout.split("\n")[0], "reporter,partner,flow,period,value,months");
    assert.equal(csv.stdout.trim().split("\n").length, 4);

    const svg = join(tmp, "kg.svg");
    const chart = cli("trade", "chart", "series", "--reporter", "EU27", "--partner", "KG,AM,KZ", "--freq", "month", "--out", svg);
    assert.equal(chart.code, 0, chart.stderr);
    assert.match(readFileSync(svg, "utf8"), /^<svg[\s\S]*24 Feb 2022[\s\S]*<\/svg>\n$/);

    const html = join(tmp, "report.html");
    const report = cli("trade", "report", "--out", html, "--partner", "KG,AM,KZ");
    assert.equal(report.code, 0, report.stderr);
    const page = readFileSync(html, "utf8");
    assert.match(page, /\+891\.5%/);
    // Every section shows TOTAL trade by default: the titles say so, and none promises dual-use goods.
    assert.match(page, /<h1>Trade flows: all goods \(TOTAL\)<\/h1>/);
    assert.match(page, /<h2>EU27 exports in 2023 against the 2019–2021 mean — all goods \(TOTAL\)<\/h2>/);
    assert.doesNotMatch(page, /dual-use goods<\/h1>/);
    const chpl = join(tmp, "chpl.html");
    assert.equal(cli("trade", "report", "--out", chpl, "--partner", "KG", "--hs", "CHPL").code, 0);
    assert.match(readFileSync(chpl, "utf8"), /<h1>Trade flows: high-priority dual-use goods \(CHPL\)<\/h1>/);

    const mirror = cli("trade", "mirror", "--exporter", "EU27", "--importer", "KG");
    assert.equal(mirror.code, 0, mirror.stderr);
    assert.match(mirror.stdout, /period +exports +imports +gap +ratio +exportMonths +importMonths/);
    assert.match(mirror.stdout, /\n +2024 +1,883,571,547 +8\n/);
    assert.doesNotMatch(mirror.stdout, /[{}"]/);

    const cust = cli("trade", "import", "customs", customs);
    assert.match(cust.stdout, /customs-records\.csv: import 5, 61 records, 0 row\(s\) skipped/);
    const flags = JSON.parse(cli("trade", "flags", "--json").stdout);
    assert.equal(flags.records, 61);
    assert.equal(flags.flags.length, 9);
    const tiers = JSON.parse(cli("trade", "tiers", "--from", "2023-03", "--to", "2023-03", "--json").stdout);
    assert.deepEqual(tiers, [{ month: "2023-03", flow: "export", partner: "AM", tier: "2", currency: "EUR", value: 120000, records: 1 }]);

    const list = JSON.parse(cli("trade", "imports", "--json").stdout);
    assert.equal(list.length, 5);
    assert.equal(cli("trade", "remove", "5").code, 0);
    assert.equal(JSON.parse(cli("trade", "imports", "--json").stdout).length, 4);
  });

  it("exits 3 for a bad file (naming file, line and field), 2 for usage errors", () => {
    const bad = join(tmp, "bad.csv");
    writeFileSync(
      bad,
      "REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR\nGermany,Kyrgyzstan,Total,EXPORT,Total,Jan. 2023,12x\n",
    );
    const r = cli("trade", "import", "eurostat", bad);
    assert.equal(r.code, 3, r.stderr);
    assert.match(r.stderr, /eurostat bad\.csv line 2, field 'VALUE_IN_EUR': not a number \('12x'\)/);
    const format = cli("trade", "import", "nope", bad);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /unknown trade format 'nope'; known: eurostat, imf, armstat, comtrade, customs/);
    const area = cli("trade", "growth", "--reporter", "EU27", "--partner", "Atlantis", "--period", "2023", "--baseline", "2019-2021");
    assert.equal(area.code, 2);
    assert.match(area.stderr, /--partner: unknown country or area 'Atlantis'/);
    const baseline = cli("trade", "growth", "--reporter", "EU27", "--partner", "KG", "--period", "2023", "--baseline", "2021-2019");
    assert.equal(baseline.code, 2);
  });

  it("says when no customs records are loaded instead of printing empty tables", () => {
    const empty = join(tmp, "empty.db");
    const hint = /no customs records are loaded; import declarations with: chokepoint trade import customs FILE/;
    for (const command of ["tiers", "flags"]) {
      const table = cliOn(empty, "trade", command);
      assert.equal(table.code, 0, table.stderr);
      assert.equal(table.stdout, "", `${command}: no empty table`);
      assert.match(table.stderr, hint);
      const json = cliOn(empty, "trade", command, "--json");
      assert.equal(json.code, 0);
      assert.match(json.stderr, hint);
      assert.deepEqual(JSON.parse(json.stdout), command === "tiers" ? [] : { records: 0, flags: [] });
    }
    assert.equal(cliOn(empty, "trade", "import", "customs", customs).code, 0);
    const none = cliOn(empty, "trade", "tiers", "--from", "1999-01", "--to", "1999-12");
    assert.match(none.stderr, /no customs records match --from 1999-01 --to 1999-12 \(61 loaded from 1 file\(s\)\)/);
  });

  it("refuses an --out into a folder that does not exist before any work, in one line", () => {
    const missing = join(tmp, "no-such-folder");
    for (const args of [
      ["report", "--out", join(missing, "r.html")],
      ["chart", "series", "--reporter", "EU27", "--partner", "KG", "--out", join(missing, "s.svg")],
      [
        "chart",
        "growth",
        "--reporter",
        "EU27",
        "--partner",
        "KG",
        "--period",
        "2023",
        "--baseline",
        "2019-2021",
        "--out",
        join(missing, "g.svg"),
      ],
      ["chart", "shares", "--destination", "RU", "--period", "2023", "--out", join(missing, "s.svg")],
    ]) {
      const r = cli("trade", ...args);
      assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
      assert.match(r.stderr, /^chokepoint: --out '.*': the folder .*no-such-folder does not exist\n$/);
    }
  });
});
