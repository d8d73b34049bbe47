/**
 * NUL and control bytes inside CSV fields are refused with the line. The real sdn.csv of 2024-05-03 is
 * read in place from ../shared/data; the altered copies are written to a temporary folder here.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { sharedData } from "../../../test/data.js";
import { ParseError } from "../../errors.js";
import { importRelease } from "../../lists/import-release.js";
import { createSqliteStore } from "../../store/sqlite/index.js";
import { readCsv } from "./csv.js";

async function rows(text: string) {
  const out: string[][] = [];
  for await (const r of readCsv(Readable.from([Buffer.from(text, "latin1")]), { file: "x.csv" })) out.push(r.fields);
  return out;
}

describe("control bytes in CSV fields", () => {
  it("refuses NUL, BEL, ESC and DEL inside quoted or bare fields, naming the line and field", async () => {
    for (const [bad, code] of [
      ["\x00", "0x00"],
      ["\x07", "0x07"],
      ["\x1b", "0x1B"],
      ["\x7f", "0x7F"],
    ] as const) {
      await assert.rejects(rows(`a,b\n"ok","fine"\n"x","VTB${bad}BANK"\n`), (e: unknown) => {
        assert.ok(e instanceof ParseError);
        assert.equal((e as Error).message, `x.csv line 3: a control byte (${code}) inside field 2`);
        return true;
      });
    }
    await assert.rejects(rows(`a,b${"\x00"}\n`), /line 1: a control byte \(0x00\)/);
  });

  it("keeps tabs and line breaks inside quotes, and OFAC's closing 0x1A record", async () => {
    assert.deepEqual(await rows(`"a\tb","c\r\nd"\n\x1a`), [["a\tb", "c\r\nd"], ["\x1a"]]);
  });

  it("refuses the real sdn.csv with a NUL put into a quoted name, and stores nothing", async () => {
    const bytes = readFileSync(sharedData("ofac_sdn_2024-05-03", "sdn.csv"));
    const lineStarts = [0];
    for (let i = 0; i < bytes.length && lineStarts.length < 1203; i++) if (bytes[i] === 0x0a) lineStarts.push(i + 1);
    const at = (lineStarts[1202] as number) + bytes.subarray(lineStarts[1202]).indexOf(',"') + 3;
    const altered = Buffer.from(bytes);
    altered[at] = 0x00;
    const dir = mkdtempSync(join(tmpdir(), "chokepoint-nul-"));
    writeFileSync(join(dir, "sdn.csv"), altered);
    const store = createSqliteStore(":memory:");
    await assert.rejects(importRelease({ source: "us_ofac_sdn", path: dir, date: "2024-05-03" }, { store }), (e: unknown) => {
      assert.ok(e instanceof ParseError);
      assert.equal((e as Error).message, "us_ofac_sdn sdn.csv line 1203: a control byte (0x00) inside field 2");
      return true;
    });
    assert.equal((await store.listReleases()).length, 0);
    await store.close();
  });
});
