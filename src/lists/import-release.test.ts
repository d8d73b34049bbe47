import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { sharedData } from "../../test/data.js";
import { ConflictError, ParseError } from "../errors.js";
import { createSqliteStore } from "../store/sqlite/index.js";
import type { Store } from "../store/store.js";
import { importRelease } from "./import-release.js";

const tmp = mkdtempSync(join(tmpdir(), "chokepoint-import-"));
const history = (name: string) => sharedData("ofac_sdn_history", name);

/** Entity numbers of a headerless OFAC sdn.csv, read independently of the parser. */
function entNums(path: string): Set<string> {
  const raw = readFileSync(path);
  const text = (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("latin1");
  return new Set([...text.matchAll(/^(\d+),"/gm)].map((m) => m[1] as string));
}

/** Every row of every table: the store "exactly as it was". */
function snapshot(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true });
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
  const dump = tables.map((t) => `${t}:${JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())}`).join("\n");
  db.close();
  return dump;
}

describe("importing OFAC SDN releases", () => {
  let store: Store;
  const dbPath = join(tmp, "a.db");
  before(() => {
    store = createSqliteStore(dbPath);
  });
  after(() => store.close());

  it("imports the 2024-05 four-file set with its aliases and addresses", async () => {
    const result = await importRelease({ source: "us_ofac_sdn", path: sharedData("ofac_sdn_2024-05-composite") }, { store });
    assert.equal(result.created, true);
    assert.equal(result.release.entityCount, 14965);
    assert.deepEqual(
      {
        p: result.release.counts["schema:Person"],
        o: result.release.counts["schema:Organization"],
        v: result.release.counts["schema:Vessel"],
        a: result.release.counts["schema:Aircraft"],
      },
      { p: 6854, o: 6884, v: 851, a: 376 },
    );
    assert.equal(result.files.length, 4);
    assert.equal(result.release.dateBasis, "filename-month"); // "2024-05" in the folder name: the day is a guess
    let aliases = 0;
    let addresses = 0;
    for await (const e of store.currentEntities(["us_ofac_sdn"])) {
      aliases += e.names.filter((n) => n.kind === "aka" || n.kind === "fka").length;
      addresses += e.addresses.length;
    }
    // alt.csv has 17,647 rows; remarks add a few f.k.a.s. add.csv has 19,351 rows, 2,556 of them all "-0-".
    assert.ok(aliases >= 17647, `aliases ${aliases}`);
    assert.equal(addresses, 19351 - 2556);
  });

  it("importing the same files again changes nothing", async () => {
    const before = snapshot(dbPath);
    const again = await importRelease({ source: "us_ofac_sdn", path: sharedData("ofac_sdn_2024-05-composite") }, { store });
    assert.equal(again.created, false);
    assert.equal(snapshot(dbPath), before);
  });

  it("refuses an sdn.csv cut to half its rows, and a garbled one, leaving the store as it was", async () => {
    const lines = readFileSync(sharedData("ofac_sdn_2024-05-03", "sdn.csv"), "latin1").split("\r\n");
    const half = join(tmp, "half");
    const garbled = join(tmp, "garbled");
    for (const d of [half, garbled]) mkdirSync(d, { recursive: true });
    writeFileSync(join(half, "sdn.csv"), `${lines.slice(0, lines.length / 2).join("\r\n")}\r\n`, "latin1");
    const bytes = readFileSync(sharedData("ofac_sdn_2024-05-03", "sdn.csv"));
    for (let i = 200_000; i < 200_400; i++) bytes[i] = (i * 7919) % 256;
    writeFileSync(join(garbled, "sdn.csv"), bytes);
    const before = snapshot(dbPath);
    await assert.rejects(
      importRelease({ source: "us_ofac_sdn", path: join(half, "sdn.csv"), date: "2024-06-01" }, { store }),
      (e: unknown) => {
        assert.ok(e instanceof ConflictError);
        assert.match((e as Error).message, /7483 entities, 50% fewer than the 14965.*--force/);
        return true;
      },
    );
    await assert.rejects(importRelease({ source: "us_ofac_sdn", path: garbled, date: "2024-06-01" }, { store }), (e: unknown) => {
      assert.ok(e instanceof ParseError);
      assert.match((e as Error).message, /^us_ofac_sdn sdn\.csv line \d+/);
      return true;
    });
    assert.equal(snapshot(dbPath), before);
    const forced = await importRelease({ source: "us_ofac_sdn", path: join(half, "sdn.csv"), date: "2024-06-01", force: true }, { store });
    assert.equal(forced.release.entityCount, 7483);
    assert.equal(forced.summary.removed, 14965 - 7483);
    await store.deleteRelease(forced.release.id);
    assert.equal(snapshot(dbPath).includes("2024-06-01"), false);
  });
});

describe("history and diff", () => {
  let store: Store;
  before(() => {
    store = createSqliteStore(join(tmp, "history.db"));
  });
  after(() => store.close());

  it("dates releases from the file name and diffs exactly the added entities", async () => {
    const a = history("sdn_2022-02-23_1846Z.csv.gz");
    const b = history("sdn_2022-02-25_0150Z.csv.gz");
    const ra = await importRelease({ source: "us_ofac_sdn", path: a }, { store });
    const rb = await importRelease({ source: "us_ofac_sdn", path: b }, { store });
    assert.deepEqual([ra.release.releaseDate, rb.release.releaseDate], ["2022-02-23", "2022-02-25"]);
    const from = await store.releaseAsOf("us_ofac_sdn", "2022-02-23");
    const to = await store.releaseAsOf("us_ofac_sdn", "2022-02-25");
    assert.ok(from && to);
    const diff = await store.diffReleases(from.id, to.id);
    const before = entNums(a);
    const expectedAdded = [...entNums(b)].filter((n) => !before.has(n)).sort();
    assert.deepEqual(diff.added.map((c) => c.id.split(":")[1]).sort(), expectedAdded);
    assert.equal(diff.added.length, 93);
    const afterNums = entNums(b);
    const removed = [...before].filter((n) => !afterNums.has(n)).sort();
    assert.deepEqual(diff.removed.map((c) => c.id.split(":")[1]).sort(), removed);
    for (const c of diff.changed) assert.ok(c.fields && c.fields.length > 0, `${c.id} changed with no field`);
  });

  it("keeps each entity's history: first seen, changes, removal", async () => {
    const diff = await store.diffReleases(1, 2);
    const changed = diff.changed[0];
    assert.ok(changed);
    const h = await store.entityHistory(changed.id);
    assert.ok(h);
    assert.equal(h.events.at(-1)?.change, "changed");
    assert.deepEqual(h.events.at(-1)?.fields, changed.fields);
    const added = diff.added[0];
    const ha = await store.entityHistory(added?.id ?? "");
    assert.deepEqual(
      ha?.events.map((e) => [e.releaseDate, e.change]),
      [["2022-02-25", "added"]],
    );
    assert.equal(ha?.firstSeen, "2022-02-25");
    assert.equal(await store.getEntity(added?.id ?? "", { asOf: "2022-02-24" }), undefined);
    assert.ok(await store.getEntity(added?.id ?? "", { asOf: "2022-02-25" }));
  });

  it("takes the release date from --date when the name has none, else today", async () => {
    const dir = mkdtempSync(join(tmp, "nodate-"));
    writeFileSync(join(dir, "sdn.csv"), readFileSync(join(import.meta.dirname, "../sources/us_ofac_sdn/fixtures/sdn.csv")));
    const s = createSqliteStore(":memory:");
    const r1 = await importRelease({ source: "us_ofac_sdn", path: join(dir, "sdn.csv"), date: "2020-01-02" }, { store: s });
    assert.deepEqual([r1.release.releaseDate, r1.release.dateBasis], ["2020-01-02", "flag"]);
    writeFileSync(join(dir, "sdn.csv"), readFileSync(join(import.meta.dirname, "../sources/us_ofac_sdn/fixtures/windows-1252/sdn.csv")));
    const r2 = await importRelease(
      { source: "us_ofac_sdn", path: join(dir, "sdn.csv"), force: true },
      { store: s, now: () => new Date("2026-03-04T05:06:07Z") },
    );
    assert.deepEqual([r2.release.releaseDate, r2.release.dateBasis], ["2026-03-04", "fetched"]);
    await assert.rejects(
      importRelease({ source: "us_ofac_sdn", path: dir, date: "2020-13-01" }, { store: s }),
      /--date must be YYYY-MM-DD/,
    );
    await s.close();
  });
});
