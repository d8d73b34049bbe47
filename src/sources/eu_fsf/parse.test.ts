import assert from "node:assert/strict";
import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { sharedData } from "../../../test/data.js";
import { assertGolden } from "../../../test/golden.js";
import { ParseError, ValidationError } from "../../errors.js";
import type { Entity } from "../../model/index.js";
import type { InputFile, ParseContext } from "../types.js";
import { rootElementOf } from "./detect.js";
import { euFsf } from "./index.js";
import { legacyBirthDates, parsePassportNumber } from "./map-legacy.js";
import { legacyDate } from "./parse.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const inputFile = (path: string): InputFile => ({ name: basename(path), path });
const scratch = mkdtempSync(join(tmpdir(), "eu-fsf-test-"));
after(() => rmSync(scratch, { recursive: true, force: true }));
function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

async function parsePath(path: string): Promise<{ entities: Entity[]; ctx: ParseContext; format: string }> {
  const file = inputFile(path);
  const ctx: ParseContext = { files: [file], open: (f) => createReadStream(f.path), meta: {} };
  const selection = euFsf.select([file]);
  const entities: Entity[] = [];
  for await (const e of euFsf.parse(selection, ctx)) entities.push(e);
  return { entities, ctx, format: selection.format };
}

async function parseError(path: string, format = "xml-1.1"): Promise<ParseError> {
  const file = inputFile(path);
  const ctx: ParseContext = { files: [file], open: (f) => createReadStream(f.path), meta: {} };
  try {
    for await (const _ of euFsf.parse({ format, files: [file] }, ctx));
  } catch (e) {
    assert.ok(e instanceof ParseError, `expected a ParseError, got ${e}`);
    return e;
  }
  assert.fail("parsing succeeded");
}

describe("eu_fsf legacy v1.0 (real excerpt)", () => {
  test("maps to the golden entities", async () => {
    const { entities, ctx, format } = await parsePath(fixture("global_v1.excerpt.xml"));
    assert.equal(format, "legacy-xml");
    assert.equal(ctx.meta.publishedAt, "2016-02-11");
    assert.deepEqual(
      entities.map((e) => e.id),
      ["eu_fsf:1", "eu_fsf:13", "eu_fsf:650", "eu_fsf:3221", "eu_fsf:1103"],
    );
    assertGolden(fixture("global_v1.excerpt.expected.json"), { meta: ctx.meta, entities });
  });

  test("names, regimes, passports and dates", async () => {
    const { entities } = await parsePath(fixture("global_v1.excerpt.xml"));
    const [mugabe, saddam, mazloom] = entities as [Entity, Entity, Entity];
    assert.equal(mugabe.names[0]?.value, "Robert Gabriel Mugabe");
    assert.equal(mugabe.names.length, 1, "the same name repeated per regulation is one name");
    assert.deepEqual(
      mugabe.sanctions.map((s) => s.legalBasis),
      ["151/2012 (OJ L49)", "310/2002 (OJ L50)", "314/2004 (OJ L55)"],
    );
    assert.equal(mugabe.sanctions[0]?.listedOn, "2012-02-21");
    assert.deepEqual(mugabe.identifiers, [{ type: "passport", value: "AD001095", label: "National passport" }]);
    assert.deepEqual(
      saddam.names.find((n) => n.value === "Abou Ali"),
      { value: "Abou Ali", kind: "aka", lang: "fr", script: "Latn" },
    );
    assert.deepEqual(saddam.nationalities, ["IQ"]);
    assert.deepEqual(mazloom.birthDates, ["1963", "1968"]);
    assert.deepEqual(mazloom.programs, ["AFG", "TAQA"]);
  });
});

describe("eu_fsf XML 1.1 (hand-written fixture)", () => {
  test("maps to the golden entities", async () => {
    const { entities, ctx, format } = await parsePath(fixture("sanctions-1_1.handwritten.xml"));
    assert.equal(format, "xml-1.1");
    assert.equal(ctx.meta.publishedAt, "2025-05-20T17:12:03.512+02:00");
    assertGolden(fixture("sanctions-1_1.handwritten.expected.json"), { meta: ctx.meta, entities });
  });

  test("scripts, weak aliases, several regulations", async () => {
    const { entities } = await parsePath(fixture("sanctions-1_1.handwritten.xml"));
    const [ivan, shenzhen, kavkaz, karim] = entities as [Entity, Entity, Entity, Entity];
    assert.equal(ivan.schema, "Person");
    assert.deepEqual(ivan.names[1], { value: "Иван Сергеевич Волконский", kind: "aka", lang: "ru", script: "Cyrl" });
    assert.equal(shenzhen.schema, "Organization");
    assert.ok(shenzhen.names.some((n) => n.value === "深圳恒泰微电子有限公司" && n.script === "Hani"));
    assert.deepEqual(shenzhen.names.at(-1), { value: "Hengtai Micro", kind: "weak", script: "Latn" });
    assert.deepEqual(shenzhen.countries, ["CN", "HK"]);
    // No designationDate: listed from the earliest entry into force; one sanction per regulation.
    assert.deepEqual(
      kavkaz.sanctions.map((s) => [s.program, s.legalBasis, s.listedOn]),
      [
        ["UKR", "2023/1215 (OJ L159I)", "2023-06-24"],
        ["UKR", "2024/753 (OJ L, 2024/753)", "2023-06-24"],
        ["BLR", "2024/2123 (OJ L, 2024/2123)", "2023-06-24"],
      ],
    );
    assert.deepEqual(karim.birthDates, ["1971", "1973", "1975"]);
    assert.deepEqual(karim.nationalities, [], "countryIso2Code 00 / UNKNOWN is no nationality");
    assert.ok(karim.identifiers.some((i) => i.type === "un_reference" && i.value === "QDi.901"));
  });
});

describe("eu_fsf select", () => {
  test("tells the formats apart by the root element, whatever the file name", () => {
    const legacy = euFsf.select([inputFile(fixture("global_v1.excerpt.xml")), inputFile(fixture("README.md"))]);
    assert.equal(legacy.format, "legacy-xml");
    const renamed = scratchFile("20240101-FULL-1_1(xsd).xml", readFileSync(fixture("sanctions-1_1.handwritten.xml")));
    assert.equal(euFsf.select([inputFile(renamed)]).format, "xml-1.1");
    const gz = scratchFile("sanctions.xml.gz", gzipSync(readFileSync(fixture("sanctions-1_1.handwritten.xml"))));
    assert.equal(euFsf.select([inputFile(gz)]).format, "xml-1.1");
  });

  test("refuses other XML and several files", () => {
    const un = scratchFile("consolidated.xml", `<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="x"/>`);
    assert.throws(() => euFsf.select([inputFile(un)]), /no EU FSF XML file .* consolidated\.xml \(root <CONSOLIDATED_LIST>\)/);
    assert.throws(
      () => euFsf.select([inputFile(fixture("global_v1.excerpt.xml")), inputFile(fixture("sanctions-1_1.handwritten.xml"))]),
      ValidationError,
    );
  });

  test("root element detection skips declarations, comments and BOMs", () => {
    assert.equal(rootElementOf('\uFEFF<?xml version="1.0"?>\n<!-- GENERATED BY FSD -->\n<WHOLE Date="11/02/2016">'), "WHOLE");
    assert.equal(rootElementOf('<fsd:export xmlns:fsd="http://eu.europa.ec/fpi/fsd/export">'), "export");
    assert.equal(rootElementOf("Id,Name\n1,x"), undefined);
  });
});

describe("eu_fsf full legacy file", () => {
  test("global_v1.xml: 595 entities, published 11 Feb 2016", async () => {
    const { entities, ctx } = await parsePath(sharedData("eu_fsf_legacy_2016", "global_v1.xml"));
    assert.equal(entities.length, 595);
    assert.equal(entities.filter((e) => e.schema === "Person").length, 319);
    assert.equal(entities.filter((e) => e.schema === "Organization").length, 276);
    assert.equal(ctx.meta.publishedAt, "2016-02-11");
    assert.ok(entities.every((e) => e.names[0]?.kind === "primary" && e.sanctions[0]?.listedOn && e.programs.length));
  });
});

describe("eu_fsf bad input", () => {
  const good = readFileSync(fixture("sanctions-1_1.handwritten.xml"));

  test("a truncated file is a ParseError naming the file and line", async () => {
    const e = await parseError(scratchFile("cut.xml", good.subarray(0, Math.floor(good.length / 2))));
    assert.match(e.message, /^eu_fsf cut\.xml line \d+: /);
    assert.ok((e.line ?? 0) > 10);
  });

  test("a truncated legacy file too", async () => {
    const legacy = readFileSync(fixture("global_v1.excerpt.xml"));
    const e = await parseError(scratchFile("global_cut.xml", legacy.subarray(0, 5000)), "legacy-xml");
    assert.match(e.message, /^eu_fsf global_cut\.xml line \d+: /);
  });

  test("a DOCTYPE with entity declarations (billion laughs) is refused", async () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE export [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2025-05-20T17:12:03.512+02:00"><sanctionEntity logicalId="1"><subjectType code="person"/><nameAlias wholeName="&c;"/></sanctionEntity></export>`;
    const path = scratchFile("bomb.xml", bomb);
    assert.equal(euFsf.select([inputFile(path)]).format, "xml-1.1");
    const e = await parseError(path);
    assert.match(e.message, /DOCTYPE is not accepted/);
  });

  test("a file that is not XML is a ParseError", async () => {
    const e = await parseError(scratchFile("not.xml", "Entity_LogicalId;Naal_wholename\n13;Saddam Hussein Al-Tikriti\n"));
    assert.match(e.message, /^eu_fsf not\.xml line \d+: not well-formed XML/);
  });

  test("a legacy file parsed as 1.1 is refused by its root", async () => {
    const e = await parseError(fixture("global_v1.excerpt.xml"), "xml-1.1");
    assert.match(e.message, /expected the xml-1\.1 format, found a legacy-xml file/);
  });

  test("a record without a logicalId or of an unknown subject type names the line and field", async () => {
    const head = `<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="2025-05-20T17:12:03+02:00">\n`;
    const noId = await parseError(scratchFile("noid.xml", `${head}<sanctionEntity><subjectType code="person"/></sanctionEntity></export>`));
    assert.equal(noId.message, "eu_fsf noid.xml line 2, field 'logicalId': sanctionEntity without a logicalId");
    const vessel = await parseError(
      scratchFile(
        "type.xml",
        `${head}<sanctionEntity logicalId="7"><subjectType code="spaceship"/><nameAlias wholeName="X"/></sanctionEntity></export>`,
      ),
    );
    assert.equal(vessel.field, "subjectType");
  });
});

describe("eu_fsf legacy texts", () => {
  test("WHOLE/@Date is day first", () => {
    assert.equal(legacyDate("11/02/2016"), "2016-02-11");
    assert.equal(legacyDate("31/02/2016"), undefined);
  });
  test("birth dates with approximations and ranges", () => {
    assert.deepEqual(legacyBirthDates("1965 (approximative)"), ["1965"]);
    assert.deepEqual(legacyBirthDates("1958 - 1963 (approximative)"), ["1958", "1963"]);
    assert.deepEqual(legacyBirthDates("1924-02-21"), ["1924-02-21"]);
  });
  test("passport numbers carry their type and notes", () => {
    assert.deepEqual(parsePassportNumber("548-91-5411 (ssn-Social Security Number) (united states social security number:)"), {
      value: "548-91-5411",
      code: "ssn",
      label: "Social Security Number",
      rest: "(united states social security number:)",
    });
    assert.deepEqual(parsePassportNumber("UNKNOWN"), { value: "UNKNOWN" });
  });
});
