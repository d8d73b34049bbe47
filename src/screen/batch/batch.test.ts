import assert from "node:assert/strict";
import { createReadStream, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { ParseError, ValidationError } from "../../errors.js";
import type { StoredEntity } from "../../model/index.js";
import { usOfacSdn } from "../../sources/us_ofac_sdn/index.js";
import { createScreener } from "../screener.js";
import type { Screener } from "../types.js";
import { parseBirthDate, readBatchInput, sniffDelimiter } from "./input.js";
import { reportCsv, writeReport } from "./report.js";
import { screenBatch } from "./run.js";

const tmp = mkdtempSync(join(tmpdir(), "chokepoint-batch-"));
const FIXTURES = fileURLToPath(new URL("../fixtures/sdn", import.meta.url));

async function fixtureScreener(): Promise<Screener> {
  const files = readdirSync(FIXTURES).map((name) => ({ name, path: join(FIXTURES, name) }));
  const entities: StoredEntity[] = [];
  for await (const e of usOfacSdn.parse(usOfacSdn.select(files), { files, open: (f) => createReadStream(f.path), meta: {} })) {
    entities.push({ ...e, releaseId: 1 });
  }
  return createScreener(entities);
}

function write(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe("batch input: CSV", () => {
  it("reads the name, country and birth-date columns with the file's row numbers; bad rows get a reason", async () => {
    const path = write(
      "counterparties.csv",
      "\uFEFFid;Counterparty;Country;DOB\n1;Yevgeniy Prigozhin;RU;1961-06-01\n2;;CN;\n\n4;Sinno Electronics;HK;not a date\n5;ООО Газпром бурение;RU;01.02.1990\n",
    );
    const input = await readBatchInput(path, { column: "counterparty", countryColumn: "Country", dobColumn: "DOB" });
    assert.equal(input.format, "csv");
    assert.deepEqual(input.rows, [
      { row: 2, name: "Yevgeniy Prigozhin", country: "RU", birthDate: "1961-06-01" },
      { row: 5, name: "Sinno Electronics", country: "HK" },
      { row: 6, name: "ООО Газпром бурение", country: "RU", birthDate: "1990-02-01" },
    ]);
    assert.deepEqual(input.bad, [{ row: 3, reason: "empty name in column 'Counterparty'" }]);
    assert.match(input.warnings[0]?.reason ?? "", /birth date 'not a date' is not a date/);
    assert.equal(input.warnings[0]?.row, 5);
  });

  it("names the file and the columns it has when the column is missing", async () => {
    const path = write("nocol.csv", "company,country\nAcme,US\n");
    await assert.rejects(
      readBatchInput(path, { column: "name" }),
      (e: unknown) =>
        e instanceof ParseError &&
        /nocol\.csv line 1, field 'name': no name column 'name' in the header row \(columns: 'company', 'country'\)/.test(e.message),
    );
  });

  it("reads Windows-1252 text and refuses binary junk and unknown extensions", async () => {
    const latin = write("latin.csv", Buffer.from([...Buffer.from("name\nJos"), 0xe9, ...Buffer.from(" Mu"), 0xf1, ...Buffer.from("oz\n")]));
    assert.equal((await readBatchInput(latin, { column: "name" })).rows[0]?.name, "José Muñoz");
    const junk = write("junk.csv", Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)));
    await assert.rejects(readBatchInput(junk, { column: "name" }), ParseError);
    await assert.rejects(readBatchInput(write("list.pdf", "x"), { column: "name" }), ValidationError);
    await assert.rejects(readBatchInput(join(tmp, "missing.csv"), { column: "name" }), /cannot read/);
  });

  // Small hand-written files, as spreadsheets in Europe save them (semicolons) and as tab-separated exports.
  it("reads comma-, semicolon- and tab-separated files, the delimiter sniffed on the header line", async () => {
    const semi = await readBatchInput(
      write("semi.csv", 'Export of 2024-05-01\n\nName;Country;DOB\n"Smith; John";US;1970\nIvan Petrov;RU;\n'),
      {
        column: "name",
        countryColumn: "Country",
        dobColumn: "DOB",
      },
    );
    assert.deepEqual(semi.rows, [
      { row: 4, name: "Smith; John", country: "US", birthDate: "1970" },
      { row: 5, name: "Ivan Petrov", country: "RU" },
    ]);
    const tab = await readBatchInput(write("tab.tsv", "Name\tCountry\nAcme, Inc.\tUS\n"), { column: "Name", countryColumn: "Country" });
    assert.deepEqual(tab.rows, [{ row: 2, name: "Acme, Inc.", country: "US" }]);
    const comma = await readBatchInput(write("comma.csv", 'Name,Note\n"Müller; Hans",a;b;c\n'), { column: "Name" });
    assert.deepEqual(comma.rows, [{ row: 2, name: "Müller; Hans" }]);
    assert.equal(sniffDelimiter("id;name;country\n", "name"), ";");
    assert.equal(sniffDelimiter("Report; 2024\nid\tname\n", "name"), "\t");
    assert.equal(sniffDelimiter("name\nIvan\n", "name"), ",");
  });

  it("parses birth dates in the usual written forms", () => {
    assert.equal(parseBirthDate("1952"), "1952");
    assert.equal(parseBirthDate("1952-10"), "1952-10");
    assert.equal(parseBirthDate("1952/10/7"), "1952-10-07");
    assert.equal(parseBirthDate("07.10.1952"), "1952-10-07");
    assert.equal(parseBirthDate("October 1952"), undefined);
  });
});

describe("batch input: XLSX", () => {
  it("reads rich text and dates, and reports name cells inside merged ranges", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Counterparties");
    // A title merged over the columns above the header, as exports often have.
    sheet.addRow(["Customer list, May 2024"]);
    sheet.mergeCells("A1:C1");
    sheet.addRow(["Name", "Country", "Born"]);
    sheet.addRow([{ richText: [{ text: "Vladimir " }, { text: "Putin" }] }, "RU", new Date("1952-10-07T00:00:00Z")]);
    sheet.addRow(["Sinno Electronics Co., Limited", "HK", null]);
    sheet.addRow([null, "HK", null]);
    sheet.mergeCells("A4:A5");
    sheet.addRow(["", "", ""]);
    sheet.addRow(["Zhang", "CN", "1970"]);
    const path = join(tmp, "counterparties.xlsx");
    await workbook.xlsx.writeFile(path);
    const input = await readBatchInput(path, { column: "Name", countryColumn: "Country", dobColumn: "Born" });
    assert.equal(input.format, "xlsx");
    assert.deepEqual(input.rows, [
      { row: 3, name: "Vladimir Putin", country: "RU", birthDate: "1952-10-07" },
      { row: 4, name: "Sinno Electronics Co., Limited", country: "HK" },
      { row: 7, name: "Zhang", country: "CN", birthDate: "1970" },
    ]);
    assert.deepEqual(input.bad, [{ row: 5, reason: "name cell is part of a merged range (its value is in A4)" }]);
  });

  it("names the sheets when the one asked for is missing, and refuses a file that is not XLSX", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Only");
    const path = join(tmp, "sheets.xlsx");
    await workbook.xlsx.writeFile(path);
    await assert.rejects(readBatchInput(path, { column: "Name", sheet: "Other" }), /no worksheet named 'Other' \(sheets: Only\)/);
    await assert.rejects(readBatchInput(path, { column: "Name" }), /worksheet 'Only' is empty/);
    await assert.rejects(
      readBatchInput(write("fake.xlsx", "this is not a zip"), { column: "Name" }),
      /fake\.xlsx: not a readable XLSX workbook/,
    );
  });
});

describe("batch screening and reports", () => {
  let screener: Screener;
  before(async () => {
    screener = await fixtureScreener();
  });

  it("screens the good rows, reports the bad ones, and writes CSV, XLSX and JSON reports", async () => {
    const rows = [
      { row: 2, name: "Yevgeniy Prigozhin", country: "RU" },
      { row: 3, name: "ab" },
      { row: 4, name: "Angela Merkel" },
      { row: 5, name: '=HYPERLINK("x")' },
    ];
    const seen: number[] = [];
    const outcome = screenBatch(screener, rows, { onRow: (done, total) => seen.push(done / total) });
    assert.deepEqual(seen, [0.25, 0.5, 0.75, 1]);
    assert.deepEqual(
      outcome.results.map((r) => [r.row, r.matches[0]?.id]),
      [
        [2, "us_ofac_sdn:21171"],
        [4, undefined],
        [5, undefined],
      ],
    );
    assert.equal(outcome.bad.length, 1);
    assert.match(outcome.bad[0]?.reason ?? "", /too short/);

    const release = {
      source: "us_ofac_sdn",
      id: 1,
      releaseDate: "2024-05-01",
      contentHash: "c".repeat(64),
      files: [
        { name: "sdn.csv", sha256: "a".repeat(64) },
        { name: "alt.csv", sha256: "b".repeat(64) },
      ],
    };
    const data = {
      file: "x.csv",
      algorithm: screener.algorithm,
      threshold: screener.defaultThreshold,
      results: outcome.results,
      bad: outcome.bad,
      warnings: [],
      releases: [release],
      ranAt: "2024-06-01T12:00:00.000Z",
    };
    const csv = Papa.parse<Record<string, string>>(reportCsv(data), { header: true, skipEmptyLines: true }).data;
    assert.deepEqual(
      csv.map((l) => [l.row, l.status, l.id]),
      [
        ["2", "match", "us_ofac_sdn:21171"],
        ["3", "not screened", ""],
        ["4", "no match", ""],
        ["5", "no match", ""],
      ],
    );
    assert.equal(csv[3]?.query, '\'=HYPERLINK("x")', "formulas are neutralised");
    assert.match(csv[0]?.how ?? "", /prigozhin/);
    assert.equal(JSON.parse(csv[0]?.explanation ?? "{}").algorithm, "name-v4");
    assert.equal(csv[0]?.listings, "us_ofac_sdn:21171");
    assert.equal(csv[0]?.lists, "SDN List");

    await writeReport(join(tmp, "report.json"), data);
    const json = JSON.parse(readFileSync(join(tmp, "report.json"), "utf8"));
    assert.equal(json.screened, 3);
    assert.equal(json.withMatches, 1);
    assert.equal(json.notScreened[0].row, 3);
    assert.deepEqual(json.results[0].matches[0].listings, [
      { id: "us_ofac_sdn:21171", source: "us_ofac_sdn", recordId: "21171", lists: ["SDN List"], releaseId: 1 },
    ]);

    await writeReport(join(tmp, "report.xlsx"), data);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(tmp, "report.xlsx"));
    const sheet = book.getWorksheet("Results");
    assert.equal(sheet?.getRow(2).getCell(8).text, "us_ofac_sdn:21171");
    const summary = book.getWorksheet("Summary");
    assert.ok(summary);
    assert.equal(summary.getRow(6).getCell(2).value, 1);
    // The run's time and every release screened against, with its hashes (issue 13).
    assert.deepEqual((summary.getRow(7).values as unknown[]).slice(1), ["run at (UTC)", "2024-06-01T12:00:00.000Z"]);
    assert.deepEqual((summary.getRow(10).values as unknown[]).slice(1), [
      "us_ofac_sdn",
      1,
      "2024-05-01",
      "c".repeat(64),
      "sdn.csv",
      "a".repeat(64),
    ]);
    assert.deepEqual((summary.getRow(11).values as unknown[]).slice(1), [
      "us_ofac_sdn",
      1,
      "2024-05-01",
      "c".repeat(64),
      "alt.csv",
      "b".repeat(64),
    ]);
    assert.equal(json.ranAt, "2024-06-01T12:00:00.000Z");
    assert.deepEqual(json.releases, [release]);

    await assert.rejects(writeReport(join(tmp, "report.txt"), data), /use \.csv, \.xlsx or \.json/);
  });
});
