import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import { assertGolden } from "../../../test/golden.js";
import { ParseError, ValidationError } from "../../errors.js";
import { inputFiles, openInput } from "../../lists/import-release.js";
import { canonicalEntity, type Entity } from "../../model/index.js";
import { readCsv } from "../common/csv.js";
import type { ParseMeta } from "../types.js";
import { usOfacCons } from "./index.js";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const excerpt = join(fixtures, "CONS_ENHANCED_excerpt.XML");
const realZip = fileURLToPath(new URL("../../../../shared/data/ofac_consolidated_nonsdn_2025-02/CONS_ENHANCED.ZIP", import.meta.url));
const legacyPrim = fileURLToPath(new URL("../../../../shared/data/ofac_consolidated_nonsdn_2025-12/cons_prim.csv", import.meta.url));

async function parsePath(path: string): Promise<{ entities: Entity[]; meta: ParseMeta }> {
  const selection = usOfacCons.select(inputFiles(path));
  const meta: ParseMeta = {};
  const entities: Entity[] = [];
  for await (const e of usOfacCons.parse(selection, { files: selection.files, open: openInput, meta })) entities.push(canonicalEntity(e));
  return { entities, meta };
}

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "ofac-cons-")), name);
  writeFileSync(path, content);
  return path;
}

const byId = (entities: Entity[], id: string) => entities.find((e) => e.id === `us_ofac_cons:${id}`);

describe("us_ofac_cons enhanced XML: the real 2025-01 release", () => {
  it("parses all 443 entities of CONS_ENHANCED.ZIP, dated by dataAsOf", async () => {
    const { entities, meta } = await parsePath(realZip);
    assert.equal(entities.length, 443);
    assert.equal(meta.publishedAt, "2025-01-10T00:00:00");
    assert.equal(new Set(entities.map((e) => e.id)).size, 443);
    assert.equal(entities.filter((e) => e.schema === "Person").length, 80);
    assert.equal(entities.filter((e) => e.schema === "Organization").length, 363);
    assert.ok(entities.every((e) => e.names[0]?.kind === "primary" && e.sanctions.length > 0));
    // A relationship inside the file links to this list; the one to HAMAS (an SDN, not in this file) to the SDN list.
    assert.deepEqual(byId(entities, "18268")?.links, ["us_ofac_cons:17015"]);
    assert.deepEqual(byId(entities, "9647")?.links, ["us_ofac_sdn:4695"]);
    const links = entities.flatMap((e) => e.links);
    assert.equal(links.length, 283);
    assert.equal(links.filter((l) => l.startsWith("us_ofac_sdn:")).length, 1);
    const scripts = new Set(entities.flatMap((e) => e.names.map((n) => n.script)));
    assert.deepEqual([...scripts].sort(), ["Cyrl", "Hani", "Latn"]);
  });

  it("uses the OFAC entity number as record id: 442 of 443 are ent_num values of the Dec 2025 cons_prim.csv", async () => {
    const { entities } = await parsePath(realZip);
    const legacy = new Set<string>();
    for await (const { fields } of readCsv(openInput({ name: "cons_prim.csv", path: legacyPrim }), { encoding: "windows-1252" })) {
      const id = fields[0]?.trim() ?? "";
      if (/^\d+$/.test(id)) legacy.add(id);
    }
    assert.equal(legacy.size, 442);
    const ids = entities.map((e) => e.source.recordId);
    assert.equal(ids.filter((id) => legacy.has(id)).length, 442);
    // Only in January: KAYAKIRAN, Evren (FSE List), gone by December.
    assert.deepEqual(
      ids.filter((id) => !legacy.has(id)),
      ["26182"],
    );
  });
});

describe("us_ofac_cons enhanced XML: excerpt of three real records", () => {
  it("maps them (golden)", async () => {
    const { entities, meta } = await parsePath(excerpt);
    assert.equal(meta.publishedAt, "2025-01-10T00:00:00");
    assert.deepEqual(
      entities.map((e) => e.id),
      ["us_ofac_cons:9647", "us_ofac_cons:18268", "us_ofac_cons:33111"],
    );
    assertGolden(join(fixtures, "expected.json"), entities);
  });

  it("keeps names' kinds and scripts, identifiers, sanctions and links", async () => {
    const { entities } = await parsePath(excerpt);
    const zahar = byId(entities, "9647");
    assert.equal(zahar?.schema, "Person");
    assert.deepEqual(
      zahar?.names.map((n) => `${n.kind}:${n.value}`),
      ["primary:ZAHHAR, Mahmoud Khaled", "aka:AL ZAHAR, Mahmoud Khaled", "weak:AL-ZAHAR, Mahmoud", "weak:ZAHAR, Mahmoud"],
    );
    assert.deepEqual(zahar?.birthDates, ["1945"]);
    assert.deepEqual(zahar?.nationalities, ["PS"]);
    assert.equal(zahar?.gender, "male");
    // The excerpt has no entity 17015, so Eximbank's owner is taken to be on the SDN list, and says so.
    const exim = byId(entities, "18268");
    assert.deepEqual(exim?.links, ["us_ofac_sdn:17015"]);
    assert.match(exim?.properties.relationships?.[0] ?? "", /Owned or Controlled By: .*VNESHECONOMBANK .*not in this file/);
    assert.ok(exim?.names.some((n) => n.script === "Cyrl" && n.value === "АО РОСЭКСИМБАНК" && n.kind === "aka"));
    assert.deepEqual(
      exim?.identifiers.map((i) => `${i.type}:${i.value}:${i.country ?? ""}:${i.label}`),
      [
        "lei:253400HA6URWT39X2982::Legal Entity Number",
        "registration:1027739109133:RU:Registration Number",
        "swift:EXIRRUMM::SWIFT/BIC",
        "tax_id:7704001959:RU:Tax ID No.",
        "website:eximbank.ru::Website",
      ],
    );
    assert.deepEqual(
      exim?.sanctions.map((s) => `${s.list}|${s.listedOn}`),
      ["SDN List|2018-08-15", "Sectoral Sanctions Identifications List|2015-07-30"],
    );
    const dji = byId(entities, "33111");
    assert.deepEqual(
      dji?.names.map((n) => `${n.kind}:${n.script}:${n.value}`),
      ["primary:Latn:SZ DJI TECHNOLOGY CO., LTD.", "primary:Hani:深圳市大疆创新科技有限公司"],
    );
    assert.deepEqual(dji?.sanctions, [
      {
        authority: "US Treasury OFAC",
        list: "Non-SDN CMIC List",
        program: "CMIC-EO13959",
        listedOn: "2021-12-16",
        legalBasis: "Executive Order 14032 (CMIC)",
      },
    ]);
    assert.equal(dji?.addresses[0]?.city, "Shenzhen");
    assert.deepEqual(dji?.properties.listingDateCmic, ["2021-12-16"]);
  });

  it("gives the same entities when the look-up tables come after the entities and the inline values are gone", async () => {
    const original = readFileSync(excerpt, "utf8");
    const lookups = /( {2}<referenceValues>[\s\S]*<\/featureTypes>\n)/.exec(original)?.[1] ?? "";
    assert.ok(lookups.length > 1000);
    const moved = original
      .replace(lookups, "")
      .replace("</entities>\n", `</entities>\n${lookups}`)
      // Only the refId is left: the value must come from the look-up table that is now at the end.
      .replace(
        /(<(entityType|script|aliasType|country|issuingCountry|sanctionsProgram|legalAuthority)\b[^>]*refId="\d+"[^>]*>)[^<]+/g,
        "$1",
      );
    assert.ok(moved.includes('<entityType refId="600"></entityType>'));
    const path = tempFile("CONS_ENHANCED.XML", moved);
    assert.deepEqual((await parsePath(path)).entities, (await parsePath(excerpt)).entities);
  });

  it("reads the same from a zip, and names the zip entry in errors", async () => {
    const xml = readFileSync(excerpt);
    const zipPath = tempFile("CONS_ENHANCED.ZIP", zipSync({ "CONS_ENHANCED.XML": xml }));
    assert.deepEqual((await parsePath(zipPath)).entities, (await parsePath(excerpt)).entities);
    const cut = tempFile("CONS_ENHANCED.ZIP", zipSync({ "CONS_ENHANCED.XML": xml.subarray(0, 20000) }));
    await assert.rejects(
      parsePath(cut),
      (e: unknown) => e instanceof ParseError && /^us_ofac_cons CONS_ENHANCED\.ZIP\/CONS_ENHANCED\.XML line \d+/.test(e.message),
    );
  });
});

describe("us_ofac_cons enhanced XML: bad input", () => {
  const xml = readFileSync(excerpt, "utf8");

  it("refuses a file that is not a zip", async () => {
    const path = tempFile("CONS_ENHANCED.ZIP", "<html>Service Unavailable</html>");
    await assert.rejects(
      parsePath(path),
      (e: unknown) => e instanceof ParseError && /CONS_ENHANCED\.ZIP: not a readable zip archive/.test(e.message),
    );
  });

  it("refuses a zip bomb by its compression ratio, before unpacking", async () => {
    const path = tempFile("CONS_ENHANCED.ZIP", zipSync({ "CONS_ENHANCED.XML": new Uint8Array(8 * 1024 * 1024) }, { level: 9 }));
    await assert.rejects(
      parsePath(path),
      (e: unknown) => e instanceof ParseError && /zip refused: .*compression ratio of \d+:1/.test(e.message),
    );
  });

  it("refuses a zip whose entry declares a huge size", async () => {
    const zip = Buffer.from(zipSync({ "CONS_ENHANCED.XML": Buffer.from(xml) }, { level: 0 }));
    // Patch the uncompressed size in the local header (offset 22) and the central directory (offset 24).
    zip.writeUInt32LE(0xfffffff0, 22);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    assert.ok(central > 0);
    zip.writeUInt32LE(0xfffffff0, central + 24);
    const path = tempFile("CONS_ENHANCED.ZIP", zip);
    await assert.rejects(parsePath(path), (e: unknown) => e instanceof ParseError && /unpacks to 4294967280 bytes/.test(e.message));
  });

  it("refuses truncated XML, naming the file and line", async () => {
    const cut = xml.slice(0, xml.indexOf('<entity id="18268">') + 500);
    const path = tempFile("CONS_ENHANCED.XML", cut);
    await assert.rejects(parsePath(path), (e: unknown) => {
      assert.ok(e instanceof ParseError);
      assert.match(
        e.message,
        /^us_ofac_cons CONS_ENHANCED\.XML line \d+: (the file ends inside an element|not well-formed XML: unclosed tag)/,
      );
      assert.equal(e.line, cut.split("\n").length);
      return true;
    });
  });

  it("names the line and field of a bad value", async () => {
    const badType = xml.replace('<entityType refId="600">Individual</entityType>', '<entityType refId="600">Spaceship</entityType>');
    await assert.rejects(
      parsePath(tempFile("CONS_ENHANCED.XML", badType)),
      /CONS_ENHANCED\.XML line \d+, field 'generalInfo\/entityType': unknown entity type 'Spaceship'/,
    );
    const badBool = xml.replace("<isLowQuality>false</isLowQuality>", "<isLowQuality>maybe</isLowQuality>");
    await assert.rejects(
      parsePath(tempFile("CONS_ENHANCED.XML", badBool)),
      /line \d+, field 'isLowQuality': expected true or false, found 'maybe'/,
    );
    const badRef = xml.replace('<aliasType refId="1400">A.K.A.</aliasType>', '<aliasType refId="424242"></aliasType>');
    await assert.rejects(
      parsePath(tempFile("CONS_ENHANCED.XML", badRef)),
      /field 'name\/aliasType': refId 424242 is not among the referenceValues/,
    );
    const twice = xml.replace('<entity id="18268">', '<entity id="9647">');
    await assert.rejects(parsePath(tempFile("CONS_ENHANCED.XML", twice)), /line \d+, field 'entity\/@id': entity 9647 appears twice/);
    const badDate = xml.replace("<dataAsOf>2025-01-10T00:00:00</dataAsOf>", "<dataAsOf>soon</dataAsOf>");
    await assert.rejects(parsePath(tempFile("CONS_ENHANCED.XML", badDate)), /dataAsOf is not a date/);
  });

  it("refuses other XML and DOCTYPEs", async () => {
    const other = tempFile("CONS_ENHANCED.XML", '<?xml version="1.0"?><sdnList><publshInformation/></sdnList>');
    await assert.rejects(parsePath(other), /the root element is <sdnList>, not <sanctionsData>/);
    const doctype = tempFile("CONS_ENHANCED.XML", xml.replace("<sanctionsData", '<!DOCTYPE x [<!ENTITY a "aaaa">]><sanctionsData'));
    await assert.rejects(parsePath(doctype), /DOCTYPE is not accepted/);
  });
});

describe("us_ofac_cons select", () => {
  const f = (name: string) => ({ name, path: `/x/${name}` });

  it("picks the enhanced file, a zip or an XML, over the legacy CSV set", () => {
    assert.deepEqual(usOfacCons.select([f("CONS_ENHANCED.ZIP")]), { format: "enhanced-xml", files: [f("CONS_ENHANCED.ZIP")] });
    assert.equal(usOfacCons.select([f("cons_prim.csv"), f("CONS_ENHANCED.XML")]).format, "enhanced-xml");
    assert.deepEqual(usOfacCons.select([f("CONS_ENHANCED.ZIP"), f("CONS_ENHANCED.XML")]).files, [f("CONS_ENHANCED.XML")]);
    assert.equal(usOfacCons.select([f("cons_enhanced_2025-01-10.xml.gz")]).format, "enhanced-xml");
    assert.throws(() => usOfacCons.select([f("CONS_ENHANCED_a.XML"), f("CONS_ENHANCED_b.XML")]), /several OFAC enhanced XML files/);
  });

  it("selects and reads the legacy CSV set and the classic XML", async () => {
    const files = inputFiles(fileURLToPath(new URL("../../../../shared/data/ofac_consolidated_nonsdn_2025-12/", import.meta.url)));
    const selection = usOfacCons.select(files);
    assert.equal(selection.format, "legacy-csv");
    assert.deepEqual(
      selection.files.map((x) => x.name),
      ["cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"],
    );
    let count = 0;
    for await (const e of usOfacCons.parse(selection, { files: selection.files, open: openInput, meta: {} })) {
      assert.match(e.id, /^us_ofac_cons:\d+$/);
      count++;
    }
    assert.equal(count, 442);
    const classic = usOfacCons.select([f("consolidated.xml")]);
    assert.equal(classic.format, "classic-xml");
  });

  it("says what is missing", () => {
    assert.throws(
      () => usOfacCons.select([f("sdn.csv"), f("README.md")]),
      (e: unknown) => e instanceof ValidationError && /no CONS_ENHANCED\.ZIP/.test(e.message),
    );
  });
});
