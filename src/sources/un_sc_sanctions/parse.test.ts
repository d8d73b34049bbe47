import assert from "node:assert/strict";
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { sharedData } from "../../../test/data.js";
import { assertGolden } from "../../../test/golden.js";
import { ParseError, ValidationError } from "../../errors.js";
import type { Entity } from "../../model/index.js";
import type { InputFile, ParseContext } from "../types.js";
import { splitAlias } from "./aliases.js";
import { unCountryCodes } from "./countries.js";
import { unScSanctions } from "./index.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const inputFile = (path: string): InputFile => ({ name: basename(path), path });

async function parsePath(path: string): Promise<{ entities: Entity[]; ctx: ParseContext }> {
  const file = inputFile(path);
  const ctx: ParseContext = { files: [file], open: (f) => createReadStream(f.path), meta: {} };
  const selection = unScSanctions.select([file]);
  const entities: Entity[] = [];
  for await (const e of unScSanctions.parse(selection, ctx)) entities.push(e);
  return { entities, ctx };
}

const scratch = mkdtempSync(join(tmpdir(), "un-sc-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));
function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

async function parseError(path: string): Promise<ParseError> {
  try {
    await parsePath(path);
  } catch (e) {
    assert.ok(e instanceof ParseError, `expected a ParseError, got ${e}`);
    return e;
  }
  assert.fail("parsing succeeded");
}

describe("un_sc_sanctions fixtures", () => {
  test("2026 excerpt maps to the golden entities", async () => {
    const { entities, ctx } = await parsePath(fixture("consolidated_2026-02-27.excerpt.xml"));
    assert.equal(ctx.meta.publishedAt, "2026-02-27T00:00:09.554Z");
    assert.deepEqual(
      entities.map((e) => [e.schema, e.source.recordId]),
      [
        ["Person", "6907995"],
        ["Person", "6908538"],
        ["Person", "111782"],
        ["Person", "2960872"],
        ["Person", "3012888"],
        ["Organization", "6908402"],
        ["Organization", "690767"],
      ],
    );
    assertGolden(fixture("consolidated_2026-02-27.excerpt.expected.json"), { meta: ctx.meta, entities });
  });

  test("2018 excerpt (one record a line, dates with a time zone) maps to the golden entities", async () => {
    const { entities, ctx } = await parsePath(fixture("consolidated_2018-06-07.excerpt.xml"));
    assert.equal(ctx.meta.publishedAt, "2018-06-07T19:03:43.97-04:00");
    assertGolden(fixture("consolidated_2018-06-07.excerpt.expected.json"), { meta: ctx.meta, entities });
  });

  test("the facts the brief names land in the right fields", async () => {
    const { entities } = await parsePath(fixture("consolidated_2026-02-27.excerpt.xml"));
    const byRef = (ref: string) => entities.find((e) => e.properties.referenceNumber?.includes(ref)) as Entity;
    const gaston = byRef("CDi.003");
    assert.equal(gaston.id, "un_sc_sanctions:6907995");
    assert.equal(gaston.names[0]?.value, "GASTON IYAMUREMYE");
    assert.deepEqual(
      gaston.names.filter((n) => n.kind === "weak").map((n) => n.value),
      ["Rumuli"],
    );
    assert.deepEqual(gaston.sanctions, [
      {
        authority: "United Nations Security Council",
        list: "UN Security Council Consolidated List",
        program: "DRC",
        listedOn: "2010-12-01",
      },
    ]);
    assert.deepEqual(gaston.birthDates, ["1948"]);
    assert.equal(gaston.gender, "male");
    assert.ok(gaston.identifiers.some((i) => i.type === "un_reference" && i.value === "CDi.003"));
    // BETWEEN 1977 and 1982: both ends; NAME_ORIGINAL_SCRIPT is a primary name in Arabic script.
    const amar = byRef("QDi.314");
    assert.deepEqual(amar.birthDates, ["1977", "1982"]);
    assert.deepEqual(amar.names[1], { value: "عبد الرحمن ولد العامر", kind: "primary", script: "Arab" });
    // Entity aliases use "a.k.a." / "f.k.a.".
    const adf = byRef("CDe.001");
    assert.equal(adf.schema, "Organization");
    assert.ok(adf.names.some((n) => n.kind === "fka"));
    assert.ok(adf.names.some((n) => n.kind === "aka"));
    const ryonha = byRef("KPe.016");
    assert.ok(ryonha.names.some((n) => n.script === "Hani"));
  });
});

describe("un_sc_sanctions select", () => {
  const f = (name: string): InputFile => ({ name, path: `/x/${name}` });
  test("picks the one XML file of a folder", () => {
    assert.deepEqual(unScSanctions.select([f("README.txt"), f("consolidated.xml")]), { format: "xml", files: [f("consolidated.xml")] });
  });
  test("refuses a folder without XML, and several dated copies", () => {
    assert.throws(() => unScSanctions.select([f("sdn.csv")]), ValidationError);
    assert.throws(() => unScSanctions.select([f("a.xml"), f("b.xml")]), /import one file at a time/);
  });
});

describe("un_sc_sanctions full files", () => {
  // Counts measured independently (MANIFEST.md), dates as each file's dateGenerated states them.
  const FILES: [string, number, number, string][] = [
    ["consolidated_2018-06-07.xml", 693, 405, "2018-06-07T19:03:43.97-04:00"],
    ["consolidated_2018-06-21.xml", 695, 405, "2018-06-21T19:02:22.266-04:00"],
    ["consolidated_2018-08-24.xml", 701, 397, "2018-08-24T19:40:35.913-04:00"],
    ["consolidated_2018-10-29.xml", 703, 390, "2018-10-29T19:09:49.856-04:00"],
    ["consolidated_2025-11-20.xml", 727, 273, "2025-11-20T23:00:09.067Z"],
    ["consolidated_2026-02-27.xml", 730, 273, "2026-02-27T00:00:09.554Z"],
  ];
  for (const [name, people, organizations, published] of FILES) {
    test(name, async () => {
      const { entities, ctx } = await parsePath(sharedData("un_consolidated", name));
      assert.equal(entities.filter((e) => e.schema === "Person").length, people);
      assert.equal(entities.filter((e) => e.schema === "Organization").length, organizations);
      assert.equal(ctx.meta.publishedAt, published);
      assert.ok(entities.every((e) => e.names[0]?.kind === "primary" && e.sanctions[0]?.listedOn));
      assert.ok(entities.every((e) => /^[A-Z]{2}[ie]\.\d{3}$/.test(e.properties.referenceNumber?.[0] ?? "")));
    });
  }
});

describe("un_sc_sanctions bad input", () => {
  const good = readFileSync(fixture("consolidated_2026-02-27.excerpt.xml"));

  test("a truncated file is a ParseError naming the file and line", async () => {
    const path = scratchFile("consolidated_cut.xml", good.subarray(0, Math.floor(good.length * 0.6)));
    const e = await parseError(path);
    assert.match(e.message, /^un_sc_sanctions consolidated_cut\.xml line \d+: /);
    assert.equal(e.file, "consolidated_cut.xml");
    assert.ok((e.line ?? 0) > 100);
  });

  test("a DOCTYPE with entity declarations (billion laughs) is refused", async () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&c;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
    const e = await parseError(scratchFile("bomb.xml", bomb));
    assert.match(e.message, /DOCTYPE is not accepted/);
  });

  test("a file that is not XML is a ParseError", async () => {
    const e = await parseError(scratchFile("not.xml", "DATAID,FIRST_NAME\n6907993,ERIC\n"));
    assert.match(e.message, /^un_sc_sanctions not\.xml line \d+: not well-formed XML: text data outside of root node/);
  });

  test("another list's XML is refused by its root element", async () => {
    const e = await parseError(scratchFile("eu.xml", `<?xml version="1.0"?><WHOLE Date="11/02/2016"><ENTITY Id="1"/></WHOLE>`));
    assert.match(e.message, /root element is <WHOLE>/);
  });

  test("a record without DATAID names the line and field", async () => {
    const xml = `<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09Z"><INDIVIDUALS>
<INDIVIDUAL><FIRST_NAME>ERIC</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`;
    const e = await parseError(scratchFile("nodataid.xml", xml));
    assert.equal(e.message, "un_sc_sanctions nodataid.xml line 2, field 'DATAID': record without a DATAID");
  });

  test("a LISTED_ON that is not a date names the field", async () => {
    const xml = `<CONSOLIDATED_LIST><ENTITIES><ENTITY><DATAID>5</DATAID><FIRST_NAME>X</FIRST_NAME><LISTED_ON>soon</LISTED_ON></ENTITY></ENTITIES></CONSOLIDATED_LIST>`;
    const e = await parseError(scratchFile("badlisted.xml", xml));
    assert.equal(e.field, "LISTED_ON");
  });
});

describe("un_sc_sanctions alias and country texts", () => {
  test("splits aliases that hold several names (real strings from the list)", () => {
    assert.deepEqual(splitAlias("Abas Rashidi; Abbas Rashedi; Abas Rashedi").names, ["Abas Rashidi", "Abbas Rashedi", "Abas Rashedi"]);
    assert.deepEqual(splitAlias("Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet").names, [
      "Mohammed Sabet",
      "Mohammad Sabet",
      "M. Javad Kareemi Sabet",
    ]);
    assert.deepEqual(splitAlias("Abu Muhammad (original script: Абу Мухаммад)").names, ["Abu Muhammad", "Абу Мухаммад"]);
    assert.deepEqual(splitAlias("حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)").names, [
      "حسن غول",
      "Hassan Ghul",
      "Hassan Gul",
      "Hasan Gul",
    ]);
    assert.deepEqual(splitAlias("Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239)"), {
      names: ["Safia Farkash Mohammed Al-Hadad"],
      note: "born 1 Jan. 1953; Oman passport no.03825239",
    });
    // Abbreviations and same-script qualifiers are part of the name.
    assert.deepEqual(splitAlias("Al-Qaida in Yemen (AQY)").names, ["Al-Qaida in Yemen (AQY)"]);
    assert.deepEqual(splitAlias("華信船務(香港)有限公司").names, ["華信船務(香港)有限公司"]);
  });

  test("maps UN country wording to ISO codes", () => {
    assert.deepEqual(unCountryCodes("United Kingdom of Great Britain and Northern\n   Ireland"), ["GB"]);
    assert.deepEqual(unCountryCodes("Democratic People's Republic of Korea "), ["KP"]);
    assert.deepEqual(unCountryCodes("Sudan/or South Sudan"), ["SD", "SS"]);
    assert.deepEqual(unCountryCodes("Indonesia (as at Dec. 2003)"), ["ID"]);
    assert.deepEqual(unCountryCodes("Tunisian passport"), ["TN"]);
    assert.deepEqual(unCountryCodes("United States. Also believed to hold Syrian nationality"), ["US", "SY"]);
    assert.deepEqual(unCountryCodes("USSR (until 1991)"), []);
  });
});
