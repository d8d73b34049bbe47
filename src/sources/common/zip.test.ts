/**
 * Zip entries are checked on the bytes actually inflated: the CRC-32 of the real CONS_ENHANCED.ZIP
 * (read in place from ../shared/data), a copy altered after its CRC was written, and archives whose
 * central directory lies. The altered archives are built here from the real file's bytes.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { sharedData } from "../../../test/data.js";
import { ParseError } from "../../errors.js";
import { importRelease } from "../../lists/import-release.js";
import { createSqliteStore } from "../../store/sqlite/index.js";
import { readZipEntry } from "./zip.js";

const tmp = mkdtempSync(join(tmpdir(), "chokepoint-zip-"));
const REAL = sharedData("ofac_consolidated_nonsdn_2025-02", "CONS_ENHANCED.ZIP");

/** A one-entry zip; the central directory and local header say what `declared` says (default: the truth). */
function makeZip(name: string, data: Buffer, declared: { crc?: number; compressedSize?: number; size?: number } = {}): Buffer {
  const compressed = deflateRawSync(data);
  const crc = declared.crc ?? crc32(data);
  const csize = declared.compressedSize ?? compressed.length;
  const size = declared.size ?? data.length;
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc >>> 0, 14);
  local.writeUInt32LE(csize, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc >>> 0, 16);
  central.writeUInt32LE(csize, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(0, 42);
  const body = Buffer.concat([local, n, compressed]);
  const cd = Buffer.concat([central, n]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(body.length, 16);
  return Buffer.concat([body, cd, end]);
}

/** The real archive's XML, inflated independently of the reader under test. */
function realXml(): { xml: Buffer; crc: number } {
  const zip = readFileSync(REAL);
  const csize = zip.readUInt32LE(18);
  const start = 30 + zip.readUInt16LE(26) + zip.readUInt16LE(28);
  return { xml: inflateRawSync(zip.subarray(start, start + csize)), crc: zip.readUInt32LE(14) };
}

async function drain(path: string): Promise<number> {
  let n = 0;
  for await (const chunk of readZipEntry(path, "CONS_ENHANCED.ZIP", /\.xml$/i).open() as AsyncIterable<Buffer>) n += chunk.length;
  return n;
}

describe("zip entries", () => {
  it("the real CONS_ENHANCED.ZIP streams with its CRC-32 verified", async () => {
    assert.equal(await drain(REAL), realXml().xml.length);
  });

  it("refuses a CONS_ENHANCED.ZIP whose XML was altered after its CRC was written, and the store is untouched", async () => {
    const { xml, crc } = realXml();
    const altered = Buffer.from(xml);
    const at = altered.indexOf("<formattedFullName>") + "<formattedFullName>".length;
    altered[at] = altered[at] === 0x41 ? 0x42 : 0x41; // one letter of the first name changed
    const dir = mkdtempSync(join(tmp, "crc-"));
    writeFileSync(join(dir, "CONS_ENHANCED.ZIP"), makeZip("CONS_ENHANCED.XML", altered, { crc }));
    await assert.rejects(
      drain(join(dir, "CONS_ENHANCED.ZIP")),
      (e: unknown) => e instanceof ParseError && /CRC-32 mismatch/.test(e.message),
    );
    const store = createSqliteStore(":memory:");
    await assert.rejects(importRelease({ source: "us_ofac_cons", path: dir }, { store }), (e: unknown) => {
      assert.ok(e instanceof ParseError);
      assert.match((e as Error).message, /CONS_ENHANCED\.ZIP\/CONS_ENHANCED\.XML: zip refused: CRC-32 mismatch/);
      return true;
    });
    assert.equal((await store.listReleases()).length, 0);
    await store.close();
  });

  it("refuses a central directory that says 1 GiB out of 0 compressed bytes, at once", () => {
    const path = join(tmp, "lie0.zip");
    writeFileSync(path, makeZip("CONS_ENHANCED.XML", Buffer.alloc(64 * 1024 ** 2), { compressedSize: 0, size: 1024 ** 3 }));
    const t = Date.now();
    assert.throws(
      () => readZipEntry(path, "lie0.zip", /\.xml$/i),
      /zip refused: entry 'CONS_ENHANCED\.XML' has a compression ratio of ∞:1/,
    );
    assert.ok(Date.now() - t < 1000);
  });

  it("stops inflating as soon as an entry passes its declared size, with bounded memory", async () => {
    // 256 MiB of zeros deflate to about 256 KiB; the directory claims 1 MiB.
    const bomb = Buffer.alloc(256 * 1024 ** 2);
    const path = join(tmp, "lie-size.zip");
    writeFileSync(path, makeZip("CONS_ENHANCED.XML", bomb, { size: 1024 ** 2 }));
    global.gc?.();
    const rss = process.memoryUsage().rss;
    const t = Date.now();
    await assert.rejects(
      drain(path),
      (e: unknown) => e instanceof ParseError && /inflates past its declared 1048576 bytes/.test(e.message),
    );
    assert.ok(Date.now() - t < 2000, `${Date.now() - t} ms`);
    assert.ok(process.memoryUsage().rss - rss < 64 * 1024 ** 2, "memory grew by more than 64 MiB");
  });
});
