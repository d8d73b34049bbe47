import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { sharedData } from "../../../test/data.js";
import { ParseError } from "../../errors.js";
import { openInput } from "../../lists/import-release.js";
import type { Entity } from "../../model/index.js";
import type { ParseContext } from "../types.js";
import { parseClassicXml } from "./classic-xml.js";
import { mapOfacRecord } from "./map.js";
import { parseLegacyCsv } from "./parse.js";

const info = { key: "us_ofac_cons", list: "Consolidated List", url: "" };

async function collect(it: AsyncIterable<Entity>): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of it) out.push(e);
  return out;
}

function xmlCtx(path: string): { ctx: ParseContext; file: { name: string; path: string } } {
  const file = { name: path.split("/").pop() as string, path };
  return { file, ctx: { files: [file], open: openInput, meta: {} } };
}

describe("OFAC classic XML (sdnList)", () => {
  it("reads the 2018 consolidated.xml with its date and count, agreeing with the CSV set of the same release", async () => {
    const { ctx, file } = xmlCtx(sharedData("ofac_consolidated_nonsdn_perchrh", "consolidated.xml"));
    const fromXml = await collect(parseClassicXml(file, ctx, info));
    assert.equal(fromXml.length, 639);
    assert.equal(ctx.meta.publishedAt, "2018-04-06");
    assert.equal(ctx.meta.declaredCount, 639);

    const dir = sharedData("ofac_consolidated_nonsdn_perchrh");
    const csvFiles = ["cons_prim.csv", "cons_add.csv", "cons_alt.csv"].map((n) => ({ name: n, path: join(dir, n) }));
    const csvCtx: ParseContext = { files: csvFiles, open: openInput, meta: {} };
    const [main, add, alt] = csvFiles as [(typeof csvFiles)[0], (typeof csvFiles)[0], (typeof csvFiles)[0]];
    const fromCsv: Entity[] = [];
    for await (const r of parseLegacyCsv({ main, add, alt }, csvCtx, "us_ofac_cons")) fromCsv.push(mapOfacRecord(r, info));
    const byId = new Map(fromCsv.map((e) => [e.id, e]));
    assert.deepEqual([...new Set(fromXml.map((e) => e.id))].sort(), [...byId.keys()].sort());
    let sameName = 0;
    for (const e of fromXml) {
      const c = byId.get(e.id) as Entity;
      if (e.names[0]?.value === c.names[0]?.value) sameName++;
      assert.equal(e.schema, c.schema, e.id);
      assert.deepEqual([...e.programs].sort(), [...c.programs].sort(), e.id);
    }
    assert.equal(sameName, 639);
    const bank = fromXml.find((e) => e.id === "us_ofac_cons:4632");
    assert.ok(bank?.names.some((n) => n.value === "CENTRAL BANK OF IRAN" && n.kind === "aka"));
    assert.equal(bank?.addresses[0]?.country, "IR");
  });

  it("refuses another XML root and a truncated file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ofac-xml-"));
    writeFileSync(join(dir, "sdn.xml"), "<?xml version='1.0'?><CONSOLIDATED_LIST></CONSOLIDATED_LIST>");
    const a = xmlCtx(join(dir, "sdn.xml"));
    await assert.rejects(collect(parseClassicXml(a.file, a.ctx, info)), /root element is <CONSOLIDATED_LIST>/);
    const text = readFileSync(sharedData("ofac_consolidated_nonsdn_perchrh", "consolidated.xml"), "utf8");
    writeFileSync(join(dir, "sdn.xml"), text.slice(0, text.length / 2));
    const b = xmlCtx(join(dir, "sdn.xml"));
    await assert.rejects(
      collect(parseClassicXml(b.file, b.ctx, info)),
      (e: unknown) => e instanceof ParseError && /sdn\.xml line \d+/.test((e as Error).message),
    );
  });
});
