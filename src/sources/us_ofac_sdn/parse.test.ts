import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { assertGolden } from "../../../test/golden.js";
import { ParseError } from "../../errors.js";
import { inputFiles, openInput } from "../../lists/import-release.js";
import { canonicalEntity, createEntity, type Entity } from "../../model/index.js";
import { usOfacSdn } from "./index.js";
import { joinRemarks } from "./parse.js";
import { applyRemarks, splitRemarks } from "./remarks.js";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));

async function parseDir(path: string): Promise<Entity[]> {
  const selection = usOfacSdn.select(inputFiles(path));
  const out: Entity[] = [];
  for await (const e of usOfacSdn.parse(selection, { files: selection.files, open: openInput, meta: {} })) out.push(canonicalEntity(e));
  return out;
}

describe("us_ofac_sdn legacy CSV", () => {
  it("maps the real excerpt (golden)", async () => {
    const entities = await parseDir(fixtures);
    assert.equal(entities.length, 7);
    assertGolden(join(fixtures, "expected.json"), entities);
  });

  it("reads names, aliases, addresses and remarks facts", async () => {
    const entities = await parseDir(fixtures);
    const putin = entities.find((e) => e.id === "us_ofac_sdn:35096");
    assert.ok(putin);
    assert.equal(putin.schema, "Person");
    assert.deepEqual(
      putin.names.map((n) => [n.kind, n.value]),
      [
        ["primary", "PUTIN, Vladimir Vladimirovich"],
        ["aka", "PUTIN, Vladimir"],
      ],
    );
    assert.deepEqual(putin.birthDates, ["1952-10-07"]);
    assert.deepEqual(putin.nationalities, ["RU"]);
    assert.equal(putin.gender, "male");
    assert.equal(putin.addresses.length, 4);
    const vessel = entities.find((e) => e.id === "us_ofac_sdn:15036");
    assert.equal(vessel?.schema, "Vessel");
    assert.deepEqual(vessel?.properties.callSign, ["T2EU4"]);
    assert.ok(vessel?.identifiers.some((i) => i.type === "imo"));
    const bank = entities.find((e) => e.id === "us_ofac_sdn:306");
    assert.ok(bank?.names.some((n) => n.kind === "weak" && n.value === "BNC"));
  });

  it("joins sdn_comments.csv onto the cut remarks", async () => {
    const entities = await parseDir(fixtures);
    const sber = entities.find((e) => e.id === "us_ofac_sdn:17018");
    assert.ok(sber?.remarks[0]?.includes("Tax ID No. 7707083893"));
    assert.ok(sber?.identifiers.some((i) => i.type === "tax_id" && i.value === "7707083893" && i.country === "RU"));
    assert.equal(joinRemarks("abc; Listing Date (EO 3)", ["Date (EO 3): 24 Feb"]), "abc; Listing Date (EO 3): 24 Feb");
    assert.equal(joinRemarks("cut mid-wo", ["rd and more"]), "cut mid-word and more");
  });

  it("decodes Windows-1252 (hand-written fixture)", async () => {
    const [e] = await parseDir(join(fixtures, "windows-1252"));
    assert.equal(e?.names[0]?.value, "MUÑOZ, José");
    assert.equal(e?.names[1]?.value, "MÜLLER, José");
    assert.deepEqual(e?.birthDates, ["1960", "1962"]);
    const passport = e?.identifiers.find((i) => i.type === "passport");
    assert.deepEqual({ value: passport?.value, country: passport?.country }, { value: "AB12345", country: "CO" });
  });

  it("splits remarks at semicolons outside quotes and brackets", () => {
    assert.deepEqual(splitRemarks("DOB 1960; a.k.a. 'A; B'; Passport 1 (Iran; Iraq)."), [
      "DOB 1960",
      "a.k.a. 'A; B'",
      "Passport 1 (Iran; Iraq)",
    ]);
    const e = createEntity("us_ofac_sdn", "1", "Organization");
    applyRemarks(
      e,
      "Website www.x.ru; alt. Email Address a@b.ru; SWIFT/BIC SABRRUMM; Linked To: BANK ROSSIYA; Organization Established Date 01 Jan 2001.",
    );
    assert.deepEqual(
      e.identifiers.map((i) => [i.type, i.value]),
      [
        ["website", "www.x.ru"],
        ["email", "a@b.ru"],
        ["swift", "SABRRUMM"],
      ],
    );
    assert.deepEqual(e.links, ["BANK ROSSIYA"]);
    assert.deepEqual(e.properties.incorporationDate, ["2001-01-01"]);
  });

  it("accepts a lone sdn.csv but not a folder without one", () => {
    assert.equal(usOfacSdn.select([{ name: "sdn_2022-02-23_1846Z.csv.gz", path: "x" }]).files.length, 1);
    assert.throws(
      () =>
        usOfacSdn.select([
          { name: "add.csv", path: "x" },
          { name: "sdn_comments.csv", path: "y" },
        ]),
      /no sdn\.csv/,
    );
  });

  it("refuses a garbled file, naming file, line and field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sdn-bad-"));
    writeFileSync(
      join(dir, "sdn.csv"),
      '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\nxx,"B",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n',
    );
    await assert.rejects(parseDir(dir), (e: unknown) => e instanceof ParseError && /sdn\.csv line 2, field 'ent_num'/.test(e.message));
    writeFileSync(join(dir, "sdn.csv"), '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\r\n');
    await assert.rejects(parseDir(dir), /sdn\.csv line 1: expected 12 fields, found 4/);
    writeFileSync(join(dir, "sdn.csv"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe, 0x0a]));
    await assert.rejects(parseDir(dir), ParseError);
  });
});
