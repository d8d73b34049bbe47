import assert from "node:assert/strict";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { createEntity } from "../../model/index.js";
import { applyCslId } from "./id-types.js";
import { createIdReader } from "./ids.js";
import { readJsonArray } from "./json-stream.js";
import { listAuthority, listCode } from "./lists.js";
import { linkedTo } from "./map.js";

describe("us_trade_csl ids column", () => {
  it("reads the 2022 order (type last), examples from the 2022-04 file", () => {
    const read = createIdReader();
    assert.deepEqual(read("CA, BC166787, Passport"), [{ type: "Passport", number: "BC166787", country: "CA", dates: [] }]);
    assert.deepEqual(read("JO, 2014-08-30, 2009-08-31, K475336, Passport; Male, Gender"), [
      { type: "Passport", number: "K475336", country: "JO", dates: ["2014-08-30", "2009-08-31"] },
      { type: "Gender", number: "Male", dates: [] },
    ]);
    assert.deepEqual(read("Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209, Secondary sanctions risk:"), [
      {
        type: "Secondary sanctions risk:",
        number: "Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209",
        dates: [],
      },
    ]);
    assert.deepEqual(read("24 Feb 2022, Listing Date (EO 14024 Directive 2):"), [
      { type: "Listing Date (EO 14024 Directive 2):", number: "24 Feb 2022", dates: [] },
    ]);
  });

  it("reads the 2023+ order (type first), examples from the 2023-11 and 2025 files", () => {
    const read = createIdReader();
    assert.deepEqual(read("Passport, 484824, EG, 18 Jan 1984"), [
      { type: "Passport", number: "484824", country: "EG", dates: ["18 Jan 1984"] },
    ]);
    assert.deepEqual(read("Passport, L 191609, 28 Feb 1996, 27 Feb 2001"), [
      { type: "Passport", number: "L 191609", dates: ["28 Feb 1996", "27 Feb 2001"] },
    ]);
    assert.deepEqual(read("Secondary sanctions risk:, North Korea Sanctions Regulations, sections 510.201 and 510.210; Gender, Male"), [
      { type: "Secondary sanctions risk:", number: "North Korea Sanctions Regulations, sections 510.201 and 510.210", dates: [] },
      { type: "Gender", number: "Male", dates: [] },
    ]);
    assert.deepEqual(read("Organization Established Date, 1990-07-31"), [
      { type: "Organization Established Date", number: "1990-07-31", dates: [] },
    ]);
  });

  it("follows the file's majority when an item could be read either way", () => {
    const old = createIdReader();
    old("CY, C146742, Registration Number");
    assert.equal(old("RU, 12345")[0]?.type, "12345", "type last, as the file so far");
    const now = createIdReader();
    now("Registration Number, C146742, CY");
    assert.equal(now("RU, 12345")[0]?.type, "RU");
  });

  it("turns items into identifiers, facts and gender", () => {
    const e = createEntity("us_trade_csl", "SDN-1", "Person");
    const read = createIdReader();
    for (const id of read(
      "Vessel Registration Identification, IMO 9187629; Gender, Female; Digital Currency Address - XBT, 1AbC23; Executive Order 13662 Directive Determination -, Subject to Directive 1; Organization Established Date, 31 Jul 1990; VisaNumberID, GDL000506209",
    ))
      applyCslId(e, id);
    assert.deepEqual(e.identifiers, [
      { type: "imo", value: "9187629", label: "Vessel Registration Identification" },
      { type: "crypto_wallet", value: "1AbC23", label: "Digital Currency Address - XBT" },
      { type: "other", value: "GDL000506209", label: "VisaNumberID" },
    ]);
    assert.equal(e.gender, "female");
    assert.deepEqual(e.properties, {
      otherInformation: ["Executive Order 13662 Directive Determination - Subject to Directive 1"],
      incorporationDate: ["1990-07-31"],
    });
  });
});

describe("us_trade_csl lists and remarks", () => {
  it("codes and authorities from the source column", () => {
    assert.equal(listCode("Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department"), "NS-MBS");
    assert.equal(listCode("Military End User (MEU) List - Bureau of Industry and Security"), "MEU");
    assert.equal(listCode("Some New List - Treasury Department"), "SNL");
    assert.equal(listAuthority("ITAR Debarred (DTC) - State Department"), "US State Department DDTC");
    assert.equal(listAuthority("Capta List (CAP) - Treasury Department"), "US Treasury OFAC");
  });

  it("reads links with nested parentheses", () => {
    assert.deepEqual(linkedTo("(Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE)"), [
      "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE",
    ]);
    assert.deepEqual(linkedTo("For more information…; (Linked To: A BANK); (Linked To: B, LLC)"), ["A BANK", "B, LLC"]);
  });
});

describe("us_trade_csl JSON scanner", () => {
  async function items(chunks: string[], arrayKey = "results") {
    const out: unknown[] = [];
    for await (const item of readJsonArray(Readable.from(chunks.map((c) => Buffer.from(c))), { source: "t", file: "t.json", arrayKey }))
      out.push([item.index, item.line, item.value]);
    return out;
  }

  it("cuts elements out across chunks, strings with brackets, escapes and multi-byte characters", async () => {
    const doc =
      '{"results_count": 2, "x": {"results": [9]}, "results": [\n{"a": "}]\\"[{", "b": [1, {"c": "Ш"}]},\n {"a": "二"}\n], "after": []}';
    const whole = await items([doc]);
    assert.deepEqual(whole, [
      [1, 2, { a: '}]"[{', b: [1, { c: "Ш" }] }],
      [2, 3, { a: "二" }],
    ]);
    // The same document cut at every character boundary, and through the bytes of multi-byte characters.
    const bytes = Buffer.from(doc);
    for (let cut = 1; cut < bytes.length; cut += 7) {
      const out: unknown[] = [];
      for await (const item of readJsonArray(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]), {
        source: "t",
        file: "t.json",
        arrayKey: "results",
      }))
        out.push([item.index, item.line, item.value]);
      assert.deepEqual(out, whole, `cut at byte ${cut}`);
    }
  });

  it("reads a top-level array, and refuses non-object elements", async () => {
    assert.deepEqual(await items(['[{"a": 1}, {"a": 2}]']), [
      [1, 1, { a: 1 }],
      [2, 1, { a: 2 }],
    ]);
    await assert.rejects(items(['{"results": [{"a": 1}, 5]}']), /element 2 of 'results' is not an object/);
    await assert.rejects(items(['{"results": [{"a": 1}]} x']), /text after the end/);
    await assert.rejects(items(['{"results": [{"a": tru}]}']), /element 1 of 'results' is not valid JSON/);
  });
});
