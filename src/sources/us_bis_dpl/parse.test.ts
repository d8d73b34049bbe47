import assert from "node:assert/strict";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
import { sharedData } from "../../../test/data.js";
import { assertGolden } from "../../../test/golden.js";
import { ParseError, ValidationError } from "../../errors.js";
import { canonicalEntity, type Entity } from "../../model/index.js";
import { nameVariants } from "../common/names.js";
import { looksLikeOrganization } from "../common/schema-guess.js";
import type { InputFile, ParseContext } from "../types.js";
import { usBisDpl } from "./index.js";
import { dplRecordId, earliestCitation, nameKey } from "./map.js";
import { parseDplRows } from "./parse.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function contextFor(files: InputFile[]): ParseContext {
  return {
    files,
    open: (f) => (f.name.endsWith(".gz") ? createReadStream(f.path).pipe(createGunzip()) : createReadStream(f.path)),
    meta: {},
  };
}

async function parseFile(path: string, name = path.split("/").pop() as string): Promise<{ entities: Entity[]; ctx: ParseContext }> {
  const file = { name, path };
  const ctx = contextFor([file]);
  const entities: Entity[] = [];
  for await (const e of usBisDpl.parse(usBisDpl.select([file]), ctx)) entities.push(e);
  return { entities, ctx };
}

async function parseText(text: string | Buffer, file = "dpl.txt"): Promise<number> {
  let n = 0;
  for await (const _ of parseDplRows(Readable.from([Buffer.from(text)]), file)) n++;
  return n;
}

const HEADER =
  '"Name"\t"Street_Address"\t"City"\t"State"\t"Country"\t"Postal_Code"\t"Effective_Date"\t"Expiration_Date"\t"Standard_Order"\t"Last_Update"\t"Action"\t"FR_Citation"\n';
const ROW =
  '"JOHN DOE"\t"1 MAIN ST"\t"EL PASO"\t"TX"\t"US"\t"79905"\t"08/24/2022"\t"01/14/2026"\t"Y"\t"2022-08-29"\t"F.R. NOTICE ADDED"\t"87 F.R. 52741 8/29/2022"\n';

async function rejects(text: string | Buffer, expect: { line?: number; field?: string; message: RegExp }) {
  await assert.rejects(parseText(text), (e: unknown) => {
    assert.ok(e instanceof ParseError, `expected ParseError, got ${e}`);
    assert.equal(e.file, "dpl.txt");
    if (expect.line !== undefined) assert.equal(e.line, expect.line);
    if (expect.field !== undefined) assert.equal(e.field, expect.field);
    assert.match(e.message, expect.message);
    return true;
  });
}

describe("us_bis_dpl fixture", () => {
  it("maps the excerpt to the golden entities", async () => {
    const { entities, ctx } = await parseFile(fixture("dpl-excerpt.txt"));
    assertGolden(fixture("expected.json"), entities.map(canonicalEntity));
    assert.equal(ctx.meta.publishedAt, undefined, "dpl.txt states no publication date");
  });

  it("groups a party's rows and spellings into one entity", async () => {
    const { entities } = await parseFile(fixture("dpl-excerpt.txt"));
    const byId = new Map(entities.map((e) => [e.id, e]));
    const get = (recordId: string): Entity => {
      const e = byId.get(`us_bis_dpl:${recordId}`);
      assert.ok(e, `no entity ${recordId}`);
      return e;
    };
    // 21 rows: AL NASER ×2 + AL-NASER, ALI M HIJAZI ×3, DAQING ZHOU ×2 (identical), JESUS ADRIAN RAMIREZ ×2.
    assert.equal(entities.length, 15);
    const alNaser = get("AL-NASER-AIRLINES-80FR30435");
    assert.deepEqual(
      alNaser.names.map((n) => [n.value, n.kind]),
      [
        ["AL NASER AIRLINES", "primary"],
        ["AL-NASER AIRLINES", "aka"],
      ],
    );
    assert.equal(alNaser.schema, "Organization");
    assert.equal(alNaser.sanctions.length, 1, "re-typed citations do not multiply the sanction");
    const hijazi = get("ALI-M-HIJAZI-46FR44803");
    assert.deepEqual(hijazi.countries, ["CH", "FR", "LY"]);
    assert.deepEqual(hijazi.sanctions, [
      { authority: "US Commerce BIS", list: "Denied Persons List", listedOn: "1981-09-01", legalBasis: "46 F.R. 44803 9/8/81" },
    ]);
    assert.equal(get("DAQING-ZHOU-71FR65775").addresses.length, 1, "identical rows give one address");
    assert.deepEqual(
      get("JESUS-ADRIAN-RAMIREZ-88FR17793").sanctions.map((s) => s.endDate),
      ["2023-12-16", "2030-12-16"],
    );
    assert.deepEqual(get("JOHNSON-HU-81FR7304").countries, ["CN"], "PRC → CN");
    assert.equal(get("ABDIEL-PADRON-MADRID-87FR9030").addresses[0]?.countryName, undefined, "no country given");
    const nm = get("STEPHEN-EDWARD-SMITH-83FR16286").addresses[0];
    assert.equal(nm?.country, undefined, "NM is New Mexico, not a country code");
    assert.equal(nm?.countryName, "NM");
    assert.deepEqual(get("MARJAN-CABY-85FR4276").properties.standardOrder, ["Y"]);
    const sun = get("FUYI-SUN-A-K-A-FRANK-SUN-83FR29542");
    assert.deepEqual(
      sun.names.map((n) => n.value),
      ["FUYI SUN A/K/A FRANK SUN", "FUYI SUN", "FRANK SUN"],
    );
    assert.equal(sun.schema, "Person");
    assert.equal(get("CHEAPSHOP4YOU-LLC-81FR22575").schema, "Organization", "'81.F.R. 22575' is read");
  });
});

describe("us_bis_dpl full files", () => {
  const files = { "2019-06": 546, "2022-09": 581, "2023-11": 665 } as const;
  const parties = { "2019-06": 416, "2022-09": 460, "2023-11": 546 } as const;

  for (const [release, rows] of Object.entries(files)) {
    it(`parses all ${rows} rows of dpl_${release}.txt`, async () => {
      const path = sharedData("us_bis_dpl", `dpl_${release}.txt`);
      let n = 0;
      for await (const _ of parseDplRows(createReadStream(path), `dpl_${release}.txt`)) n++;
      assert.equal(n, rows);
      const { entities } = await parseFile(path);
      assert.equal(entities.length, parties[release as keyof typeof parties]);
      assert.equal(new Set(entities.map((e) => e.id)).size, entities.length, "ids are unique");
    });
  }

  it("gives a party the same id in 2019 and 2023, renewals included", async () => {
    const old = await parseFile(sharedData("us_bis_dpl", "dpl_2019-06.txt"));
    const now = await parseFile(sharedData("us_bis_dpl", "dpl_2023-11.txt"));
    const nowIds = new Set(now.entities.map((e) => e.id));
    // Unchanged person.
    assert.ok(old.entities.some((e) => e.id === "us_bis_dpl:I-ASH-68FR38290"));
    assert.ok(nowIds.has("us_bis_dpl:I-ASH-68FR38290"));
    // A temporary denial order renewed since: other effective date, four more citations, same id.
    const mahan2019 = old.entities.find((e) => e.id === "us_bis_dpl:MAHAN-AIR-GENERAL-TRADING-LLC-77FR22756");
    const mahan2023 = now.entities.find((e) => e.id === "us_bis_dpl:MAHAN-AIR-GENERAL-TRADING-LLC-77FR22756");
    assert.equal(mahan2019?.sanctions[0]?.listedOn, "2019-06-05");
    assert.equal(mahan2023?.sanctions[0]?.listedOn, "2023-10-31");
    // Every 2019 party whose name is still on the 2023 list keeps its id.
    const nowNames = new Set(now.entities.flatMap((e) => e.names.map((n) => nameKey(n.value))));
    const kept = old.entities.filter((e) => nowNames.has(nameKey(e.names[0]?.value ?? "")));
    assert.equal(kept.length, 258);
    assert.deepEqual(
      kept.filter((e) => !nowIds.has(e.id)).map((e) => e.id),
      [],
    );
  });
});

describe("us_bis_dpl record ids", () => {
  it("reads the earliest citation whatever its spelling", () => {
    assert.equal(earliestCitation("67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02 71 F.R. 38843 7/10/06"), "67FR10890");
    assert.equal(earliestCitation("81.F.R. 22576 4/18/2016"), "81FR22576");
    assert.equal(earliestCitation("82 F.R. 61745 12/29/2017,  83F.R. 28801 6/21/2018"), "82FR61745");
    assert.equal(earliestCitation("86 FR. 66277 11/22/2021"), "86FR66277");
    assert.equal(earliestCitation("NEW F.R. NOTICE TO BE PUBLISHED SOON"), undefined);
  });

  it("folds the name and falls back to the effective date", () => {
    assert.equal(nameKey(" AL-NASER  AIRLINES"), "AL-NASER-AIRLINES");
    assert.equal(dplRecordId({ name: "I. ASH", frCitation: "", effectiveDate: "2003-06-19" }), "I-ASH-2003-06-19");
  });
});

describe("us_bis_dpl names", () => {
  it("tells people from organizations", () => {
    for (const org of [
      "AW-TRONICS LLC",
      "SUNTRONIC F.Z.E.",
      "AZUR AIR",
      "SYNAPTIX.NET",
      "TECHONWEB",
      "AVIASTAR - TU",
      "YARRA ANSTALT A.G.",
      "GHARE SABZ CO.",
    ])
      assert.ok(looksLikeOrganization(org), org);
    for (const person of [
      "AARON ABRAHAM VILLA",
      "ABEL HERNANDEZ, JR.",
      "(SEAN) NAGHIBI",
      "MA LI",
      "COLONEL ELYAZGI",
      "GE SONG TAO (GE)",
      "KIM SONG II",
    ])
      assert.ok(!looksLikeOrganization(person), person);
    // The known miss: a one-word alias of a person.
    assert.ok(looksLikeOrganization("SHAHI"));
  });

  it("splits aliases written inside a name", () => {
    assert.deepEqual(nameVariants("SIBERIAN AIRLINES D/B/A S7 AIRLINES"), [
      { value: "SIBERIAN AIRLINES", kind: "aka" },
      { value: "S7 AIRLINES", kind: "aka" },
    ]);
    assert.deepEqual(nameVariants("PEARL (A.K.A. NEI-CHIEN CHU) LI"), [
      { value: "NEI-CHIEN CHU", kind: "aka" },
      { value: "PEARL LI", kind: "aka" },
    ]);
    assert.deepEqual(nameVariants("JOHN DOE"), []);
  });
});

describe("us_bis_dpl bad input", () => {
  it("accepts a well-formed row", async () => {
    assert.equal(await parseText(HEADER + ROW), 1);
  });

  it("names a missing column", async () => {
    await rejects(HEADER.replace('"City"\t', "") + ROW, { line: 1, field: "City", message: /missing column City/ });
  });

  it("refuses the HTML page served in place of the file", async () => {
    await rejects("<!DOCTYPE html>\n<html><body>Bureau of Industry and Security</body></html>\n", {
      line: 1,
      field: "Name",
      message: /not a Denied Persons List file/,
    });
  });

  it("refuses a truncated quoted field", async () => {
    await rejects(HEADER + ROW + ROW.slice(0, 60), { line: 3, message: /Quoted field unterminated/ });
  });

  it("refuses a row with too few fields", async () => {
    await rejects(`${HEADER}"JANE DOE"\t"2 MAIN ST"\n${ROW}`, { line: 2, field: "City", message: /expected 12 fields, found 2/ });
  });

  it("refuses binary garbage", async () => {
    const garbage = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256));
    await rejects(garbage, { line: 1, message: /unreadable near row 1/ });
    await rejects(Buffer.concat([Buffer.from(HEADER + ROW), garbage]), {
      message: /unreadable near row \d+ \(The encoded data was not valid/,
    });
  });

  it("refuses a date that is not MM/DD/YYYY", async () => {
    await rejects(HEADER + ROW.replace("08/24/2022", "2022-08-24"), { line: 2, field: "Effective_Date", message: /not a date/ });
    await rejects(HEADER + ROW.replace("01/14/2026", "13/45/2026"), { line: 2, field: "Expiration_Date", message: /not a date/ });
  });

  it("refuses a file with a header and no rows", async () => {
    await rejects(HEADER, { message: /no records/ });
  });

  it("refuses an empty name", async () => {
    await rejects(HEADER + ROW.replace('"JOHN DOE"', '"  "'), { line: 2, field: "Name", message: /empty name/ });
  });
});

describe("us_bis_dpl select", () => {
  const f = (name: string): InputFile => ({ name, path: `/x/${name}` });

  it("takes dpl.txt from a folder, or one file by any .txt name", () => {
    assert.deepEqual(usBisDpl.select([f("README.md"), f("dpl.txt")]).files, [f("dpl.txt")]);
    assert.equal(usBisDpl.select([f("denied_2023.txt")]).format, "dpl-txt");
  });

  it("says what is missing or ambiguous", () => {
    assert.throws(
      () => usBisDpl.select([f("sdn.csv"), f("add.csv")]),
      (e: unknown) => e instanceof ValidationError && /no dpl.txt/.test(e.message),
    );
    assert.throws(() => usBisDpl.select([f("dpl_2019-06.txt"), f("dpl_2023-11.txt")]), /several DPL files/);
  });
});
