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
import type { InputFile, ParseContext } from "../types.js";
import { usTradeCsl } from "./index.js";
import { type CslRow, parseCslCsv } from "./parse.js";
import { parseCslJson } from "./parse-json.js";

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function contextFor(files: InputFile[]): ParseContext {
  return {
    files,
    open: (f) => (f.name.endsWith(".gz") ? createReadStream(f.path).pipe(createGunzip()) : createReadStream(f.path)),
    meta: {},
  };
}

async function parseFile(path: string): Promise<Entity[]> {
  const file = { name: path.split("/").pop() as string, path };
  const entities: Entity[] = [];
  for await (const e of usTradeCsl.parse(usTradeCsl.select([file]), contextFor([file]))) entities.push(e);
  return entities;
}

function byList(entities: Entity[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entities) {
    const list = e.sanctions[0]?.list ?? "";
    counts[list] = (counts[list] ?? 0) + 1;
  }
  return counts;
}

function find(entities: Entity[], recordId: string): Entity {
  const e = entities.find((x) => x.source.recordId === recordId);
  assert.ok(e, `no entity ${recordId}`);
  return e;
}

const SDN = "Specially Designated Nationals (SDN) - Treasury Department";
const EL = "Entity List (EL) - Bureau of Industry and Security";

describe("us_trade_csl fixtures", () => {
  it("maps the 2022-04 excerpt (old ids order) to the golden entities", async () => {
    const entities = await parseFile(fixture("consolidated-2022-04-excerpt.csv"));
    assertGolden(fixture("expected-2022-04.json"), entities.map(canonicalEntity));
    // 25 rows: the two BANK OF KUNLUN rows are one entry of the CAP list.
    assert.equal(entities.length, 24);
    const kunlun = find(entities, "CAP-15268");
    assert.deepEqual(kunlun.properties.sourceListUrl, ["http://bit.ly/1QWTIfE"], "the second row's extra field is merged in");
    // One party on three lists: three entities, one per list, each with the OFAC record link.
    for (const code of ["CAP", "SDN", "SSI"]) {
      const vtb = find(entities, `${code}-18725`);
      assert.equal(vtb.source.url, "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=18725");
      assert.match(vtb.sanctions[0]?.list ?? "", new RegExp(`\\(${code}\\)`));
    }
    const razziq = find(entities, "SDN-9935");
    assert.deepEqual(razziq.identifiers, [{ type: "passport", value: "BC166787", label: "Passport", country: "CA" }]);
    assert.deepEqual(razziq.nationalities, ["CA", "SD"]);
    assert.deepEqual(find(entities, "SDN-26095").birthDates, ["1967", "1966", "1968"]);
    assert.deepEqual(find(entities, "SDN-26860").links, ["ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE"]);
    const jo = find(entities, "SDN-17291").identifiers.find((i) => i.value === "K475336");
    assert.deepEqual(jo, { type: "passport", value: "K475336", label: "Passport", country: "JO" });
    const kelvo = find(entities, "EL-977fcf88da8587f265a133abacb9e36f644d62ef");
    assert.equal(kelvo.schema, "Organization");
    assert.deepEqual(kelvo.countries, ["CA"]);
    assert.equal(kelvo.addresses.length, 2);
    assert.deepEqual(kelvo.sanctions, [{ authority: "US Commerce BIS", list: EL, listedOn: "2019-08-14", legalBasis: "84 FR 40241" }]);
    assert.deepEqual(kelvo.properties.licensePolicy, ["Presumption of denial"]);
    const donetsk = find(entities, "EL-3a6daa204752430dff15419853f9688a7b1a35c4");
    assert.deepEqual(
      donetsk.names.map((n) => [n.value, n.kind]),
      [
        ["Donetsk People?s Republic", "primary"],
        ["Donetsk People's Republic", "weak"],
      ],
    );
    const mexpar = find(entities, "DTC-4825d0efee0dc0eaa52d7f66448a5e362f067220");
    assert.deepEqual(
      mexpar.names.map((n) => n.value),
      [
        "Mexpar International, Inc. (a.k.a. Pasadena Aerospace; Aviation Logistics and Supply)",
        "Pasadena Aerospace",
        "Aviation Logistics and Supply",
        "Mexpar International, Inc.",
      ],
    );
    assert.equal(mexpar.schema, "Organization");
    assert.equal(find(entities, "DTC-8120e69523ce4f8bcbb5f7369f2f026bfa3a3ca5").schema, "Person", "ITAR debarred 'Juan Ivan Rodriguez'");
    assert.equal(find(entities, "DPL-deb7a1d5743a85c354ca1a2c7f2664e2104b32d7").schema, "Person");
    const fse = find(entities, "FSE-26182");
    assert.equal(fse.gender, "male");
    assert.deepEqual(fse.addresses, [], "'TR' alone is a country, not an address");
    assert.deepEqual(fse.countries, ["TR"]);
    const vessel = find(entities, "SDN-23156");
    assert.equal(vessel.schema, "Vessel");
    assert.deepEqual(vessel.identifiers, [{ type: "imo", value: "8898831", label: "Vessel Registration Identification" }]);
    assert.deepEqual(vessel.countries, ["KP"], "flag 'Democratic People's Republic of Korea'");
    const aircraft = find(entities, "SDN-35302");
    assert.equal(aircraft.schema, "Aircraft");
    assert.deepEqual(aircraft.properties.aircraftManufactureDate, ["2008-09-17"]);
  });

  it("maps the 2023-11 excerpt (new ids order, repeated header) to the golden entities", async () => {
    const entities = await parseFile(fixture("csl-2023-11-excerpt.csv"));
    assertGolden(fixture("expected-2023-11.json"), entities.map(canonicalEntity));
    assert.equal(entities.length, 10, "the repeated header line is not an entry");
    const boonchua = find(entities, "SDN-11276");
    assert.ok(boonchua.identifiers.some((i) => i.type === "national_id" && i.value === "350991386390" && i.country === "TH"));
    const aouadi = find(entities, "SDN-7203");
    assert.ok(aouadi.identifiers.some((i) => i.type === "passport" && i.value === "L 191609" && i.country === undefined));
    assert.deepEqual(find(entities, "SDN-7929").birthDates, ["1966-07-07"], "'circa 07 Jul 1966'");
    assert.equal(find(entities, "FSE-26182").gender, "male");
  });

  it("maps the 13-row 2025 sample to the golden entities", async () => {
    const entities = await parseFile(sharedData("us_csl_2025_sample", "consolidated.csv"));
    assertGolden(fixture("expected-2025-sample.json"), entities.map(canonicalEntity));
    assert.equal(entities.length, 13);
    const cetc = find(entities, "EL-99ed1b052fdb09695fae1ba87516d8a0882b0df04652e07aeb5ce7be");
    assert.ok(
      cetc.names.some((n) => n.value === "CETC Research Institute 13" && n.kind === "aka"),
      "'; and CETC …' loses its 'and'",
    );
    const sinobright = find(entities, "ISN-233a4d725770c81fb561ffe3842c14010c2201971d6be62eca1e613b");
    assert.ok(sinobright.names.some((n) => n.value === "Sinobright Import and Export Company"));
  });

  it("reads the JSON format (hand-made from the documented shape) into the same entities as the CSV", async () => {
    const json = await parseFile(fixture("consolidated.json"));
    assertGolden(fixture("expected-json.json"), json.map(canonicalEntity));
    const csv = await parseFile(sharedData("us_csl_2025_sample", "consolidated.csv"));
    // Addresses differ in shape (the JSON has fields, the CSV one line) and the Entity List address
    // is split differently; everything else must agree.
    const comparable = (e: Entity) => ({ ...canonicalEntity(e), addresses: e.addresses.map((a) => a.full).sort() });
    for (const e of json) {
      const same = find(csv, e.source.recordId);
      if (e.source.recordId.startsWith("EL-"))
        assert.deepEqual({ ...comparable(e), addresses: [] }, { ...comparable(same), addresses: [] });
      else assert.deepEqual(comparable(e), comparable(same));
    }
  });
});

describe("us_trade_csl full files", () => {
  it("parses all 14,160 rows of the 2022-04 CSL, counts per list as published", async () => {
    const entities = await parseFile(sharedData("us_csl_2022-04", "consolidated.csv.gz"));
    // 14,160 rows; the two CAP rows of entry 15268 are one entity.
    assert.equal(entities.length, 14_159);
    assert.equal(new Set(entities.map((e) => e.id)).size, entities.length);
    assert.deepEqual(byList(entities), {
      [SDN]: 10026,
      [EL]: 2001,
      "ITAR Debarred (DTC) - State Department": 727,
      "Denied Persons List (DPL) - Bureau of Industry and Security": 462,
      "Sectoral Sanctions Identifications List (SSI) - Treasury Department": 290,
      "Unverified List (UVL) - Bureau of Industry and Security": 201,
      "Nonproliferation Sanctions (ISN) - State Department": 163,
      "Palestinian Legislative Council List (PLC) - Treasury Department": 78,
      "Military End User (MEU) List - Bureau of Industry and Security": 71,
      "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department": 68,
      "Capta List (CAP) - Treasury Department": 52,
      "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department": 17,
      "Foreign Sanctions Evaders (FSE) - Treasury Department": 3,
    });
    const schemas: Record<string, number> = {};
    for (const e of entities) schemas[e.schema] = (schemas[e.schema] ?? 0) + 1;
    assert.deepEqual(schemas, { Person: 6320, Organization: 7123, Vessel: 433, Aircraft: 283 });
  });

  it("stops at the cut-off last row of the trimmed 2023-11 file, after reading the 4,226 before it", async () => {
    const path = sharedData("us_csl_2023-11_partial", "csl.csv");
    const rows: CslRow[] = [];
    await assert.rejects(
      (async () => {
        for await (const row of parseCslCsv(createReadStream(path), "csl.csv")) rows.push(row);
      })(),
      (e: unknown) => e instanceof ParseError && e.file === "csl.csv" && e.line === 4229 && /unterminated/i.test(e.message),
    );
    // MANIFEST counts 4,227 rows with the cut-off SDN row (4,229 records less the header and its repeat).
    assert.equal(rows.length, 4226);
    const counts: Record<string, number> = {};
    for (const r of rows) counts[r.source] = (counts[r.source] ?? 0) + 1;
    assert.equal(counts[SDN], 1737);
    assert.equal(counts[EL], 919);
    assert.equal(counts["Denied Persons List (DPL) - Bureau of Industry and Security"], 577);
    assert.equal(Object.keys(counts).length, 13);
  });
});

const HEADER =
  "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n";
const ROW = `"abc123","${EL}","","","","Example Trading Co., Ltd.","","1 Road, Shenzhen, Guangdong, 518000, CN","84 FR 40241","2019-08-14","","","For all items subject to the EAR.","Presumption of denial","","","","","","","","https://example.org/el","ETC; and Example Trading","","","","","https://example.org/el",""\n`;

async function parseText(text: string | Buffer, file = "consolidated.csv"): Promise<CslRow[]> {
  const rows: CslRow[] = [];
  for await (const r of parseCslCsv(Readable.from([Buffer.from(text)]), file)) rows.push(r);
  return rows;
}

async function rejects(promise: Promise<unknown>, expect: { file?: string; line?: number; field?: string; message: RegExp }) {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof ParseError, `expected ParseError, got ${e}`);
    assert.equal(e.file, expect.file ?? "consolidated.csv");
    if (expect.line !== undefined) assert.equal(e.line, expect.line);
    if (expect.field !== undefined) assert.equal(e.field, expect.field);
    assert.match(e.message, expect.message);
    return true;
  });
}

describe("us_trade_csl bad input", () => {
  it("accepts a well-formed row", async () => {
    const [row] = await parseText(HEADER + ROW);
    assert.deepEqual(row?.altNames, ["ETC", "Example Trading"]);
  });

  it("names a missing column", async () => {
    await rejects(parseText(HEADER.replace("alt_names,", "") + ROW), { line: 1, field: "alt_names", message: /missing column alt_names/ });
  });

  it("refuses a truncated quoted field", async () => {
    await rejects(parseText(HEADER + ROW + ROW.slice(0, 90)), { line: 3, message: /Quoted field unterminated/ });
  });

  it("refuses a row with too few fields", async () => {
    await rejects(parseText(`${HEADER}"x1","${EL}",""\n`), { line: 2, field: "type", message: /expected 29 fields, found 3/ });
  });

  it("refuses binary garbage", async () => {
    const garbage = Buffer.from(Array.from({ length: 700 }, (_, i) => (i * 151 + 7) % 256));
    await rejects(parseText(garbage), { line: 1, message: /unreadable near row 1/ });
  });

  it("refuses a file with no entries", async () => {
    await rejects(parseText(HEADER), { message: /no records/ });
  });

  it("refuses a row without a name, an unknown type, a bad date", async () => {
    await rejects(parseText(HEADER + ROW.replace('"Example Trading Co., Ltd."', '""')), { line: 2, field: "name", message: /empty name/ });
    await rejects(parseText(HEADER + ROW.replace('"","","","Example', '"","Ship","","Example')), {
      line: 2,
      field: "type",
      message: /unknown type 'Ship'/,
    });
    await rejects(parseText(HEADER + ROW.replace('"2019-08-14"', '"08/14/2019"')), {
      line: 2,
      field: "start_date",
      message: /not a YYYY-MM-DD date/,
    });
  });

  it("refuses JSON that is cut off, not JSON, or has no results", async () => {
    const json = (text: string) =>
      (async () => {
        for await (const _ of parseCslJson(Readable.from([Buffer.from(text)]), "consolidated.json"));
      })();
    await rejects(json('{"results": [{"id": "1", "source": "x", "name": "A"}, {"id": "2", "sou'), {
      file: "consolidated.json",
      message: /ends early/,
    });
    await rejects(json("<html>Service Unavailable</html>"), { file: "consolidated.json", line: 1, message: /not a JSON object or array/ });
    await rejects(json('{"total": 0, "sources_used": []}'), { file: "consolidated.json", message: /no 'results' array/ });
    await rejects(json('{"total": 0, "results": []}'), { file: "consolidated.json", message: /no results/ });
    await rejects(json('{"results": [\n{"id": "1", "source": "x", "name": ""}]}'), {
      file: "consolidated.json",
      line: 2,
      field: "name",
      message: /empty name/,
    });
    await rejects(json('{"results": [{"id": "1", "source": "x", "name": "A", "addresses": "Moscow"}]}'), {
      file: "consolidated.json",
      field: "addresses",
      message: /not an array of objects/,
    });
  });

  it("reads issue and expiry dates of JSON ids", async () => {
    const text = `{"results": [{"id": "1", "source": "${SDN}", "type": "Individual", "name": "DOE, John", "ids": [{"type": "Passport", "number": "X1", "country": "RU", "issue_date": "2010-01-02", "expiration_date": "2020-01-01"}]}]}`;
    const rows: CslRow[] = [];
    for await (const r of parseCslJson(Readable.from([text]), "consolidated.json")) rows.push(r);
    assert.deepEqual(rows[0]?.ids, [{ type: "Passport", number: "X1", country: "RU", dates: ["2010-01-02", "2020-01-01"] }]);
  });
});

describe("us_trade_csl select", () => {
  const f = (name: string): InputFile => ({ name, path: `/x/${name}` });

  it("takes one file of any CSV/JSON name, or the CSL file of a folder", () => {
    assert.deepEqual(usTradeCsl.select([f("screening.csv.gz")]), { files: [f("screening.csv.gz")], format: "csv" });
    assert.deepEqual(usTradeCsl.select([f("README.md"), f("consolidated.json")]), { files: [f("consolidated.json")], format: "json" });
    assert.deepEqual(usTradeCsl.select([f("csl.csv"), f("notes.txt")]).format, "csv");
    assert.deepEqual(usTradeCsl.select([f("consolidated.json"), f("consolidated.csv")]).files, [f("consolidated.csv")], "CSV first");
  });

  it("says what is missing or ambiguous", () => {
    assert.throws(
      () => usTradeCsl.select([f("sdn.csv"), f("add.csv")]),
      (e: unknown) => e instanceof ValidationError && /no consolidated.csv/.test(e.message),
    );
    assert.throws(() => usTradeCsl.select([f("consolidated_2022.csv"), f("consolidated_2023.csv")]), /several CSL files/);
  });
});
