/**
 * One XML record may not hold an unbounded number of elements. The head of the real UN list
 * (../shared/data/un_consolidated, read in place) is followed by one <INDIVIDUAL> with 12 million
 * children, generated lazily here so that the file itself never exists whole.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { describe, it } from "node:test";
import { sharedData } from "../../../test/data.js";
import { ParseError } from "../../errors.js";
import { readXmlRecords } from "./xml.js";

describe("XML records", () => {
  it("refuses a record with 12M child elements early, with bounded memory", async () => {
    const real = readFileSync(sharedData("un_consolidated", "consolidated_2026-02-27.xml"), "utf8");
    const head = real.slice(0, real.indexOf("<INDIVIDUAL>") + "<INDIVIDUAL>".length);
    let produced = 0;
    function* chunks(): Generator<Buffer> {
      yield Buffer.from(head);
      const block = Buffer.from("<COMMENT1>x</COMMENT1>".repeat(10_000));
      for (let i = 0; i < 1_200; i++) {
        produced += 10_000;
        yield block;
      }
      yield Buffer.from("</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
    }
    const rss = process.memoryUsage().rss;
    await assert.rejects(
      (async () => {
        for await (const _ of readXmlRecords(Readable.from(chunks()), {
          source: "un_sc_sanctions",
          file: "x.xml",
          recordTags: ["INDIVIDUAL"],
        })) {
          // records before the bad one are fine
        }
      })(),
      (e: unknown) => {
        assert.ok(e instanceof ParseError, String(e));
        assert.match(
          (e as Error).message,
          /^un_sc_sanctions x\.xml line \d+: a <INDIVIDUAL> record \(from line \d+\) holds more than 100000 elements$/,
        );
        return true;
      },
    );
    assert.ok(produced <= 200_000, `read ${produced} children before failing`);
    assert.ok(process.memoryUsage().rss - rss < 200 * 1024 ** 2, "memory grew by more than 200 MiB");
  });
});
