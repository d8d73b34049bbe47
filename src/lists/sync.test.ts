import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { sharedData } from "../../test/data.js";
import { type FileServer, serveFolder } from "../../test/http-server.js";
import { SourceError } from "../errors.js";
import { createSqliteStore } from "../store/sqlite/index.js";
import type { Store } from "../store/store.js";
import { syncSource } from "./sync.js";

// The mirror serves the real 2019-01 OFAC set from ../shared/data, from a temporary folder so that
// the test can change a file between two syncs.
const root = mkdtempSync(join(tmpdir(), "chokepoint-sync-"));
const site = join(root, "site");
mkdirSync(site);
for (const f of ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"]) copyFileSync(sharedData("ofac_sdn_2019-01", f), join(site, f));

describe("sync from a mirror URL on 127.0.0.1", () => {
  let server: FileServer;
  let store: Store;
  const effects = () => ({ store, fetch, cacheDir: join(root, "cache"), timeoutMs: 10_000, now: () => new Date("2019-01-05T00:00:00Z") });
  before(async () => {
    server = await serveFolder(site);
    store = createSqliteStore(":memory:");
  });
  after(async () => {
    await server.close();
    await store.close();
  });

  it("downloads every file, checks it and imports a release", async () => {
    const outcome = await syncSource("us_ofac_sdn", { mirror: server.url }, effects());
    assert.equal(outcome.status, "imported");
    assert.equal(outcome.release?.release.entityCount, 7379);
    assert.deepEqual(
      outcome.files.map((f) => [f.file, f.status]),
      [
        ["sdn.csv", "downloaded"],
        ["add.csv", "downloaded"],
        ["alt.csv", "downloaded"],
        ["sdn_comments.csv", "downloaded"],
      ],
    );
    assert.equal(outcome.release?.release.dateBasis, "fetched");
  });

  it("asks again with conditional requests and imports nothing when nothing changed", async () => {
    server.requests.length = 0;
    const outcome = await syncSource("us_ofac_sdn", { mirror: server.url }, effects());
    assert.equal(outcome.status, "unchanged");
    assert.deepEqual(
      server.requests.filter((r) => r.path !== "SHA256SUMS").map((r) => r.status),
      [304, 304, 304, 304],
    );
    assert.equal((await store.listReleases()).length, 1);
  });

  it("refuses a file whose sha256 differs from the mirror's SHA256SUMS, keeping the store", async () => {
    writeFileSync(join(site, "sdn_comments.csv"), '1,"changed"\r\n');
    writeFileSync(join(site, "SHA256SUMS"), `${"0".repeat(64)}  sdn_comments.csv\n`);
    await assert.rejects(
      syncSource("us_ofac_sdn", { mirror: server.url }, effects()),
      (e: unknown) => e instanceof SourceError && /SHA256SUMS says 0000/.test((e as Error).message),
    );
    assert.equal((await store.listReleases()).length, 1);
  });

  it("reports an HTTP failure with the URL", async () => {
    server.fail.set("sdn.csv", 503);
    await assert.rejects(syncSource("us_ofac_sdn", { mirror: server.url }, effects()), /sdn\.csv answered HTTP 503/);
    server.fail.clear();
  });

  it("imports a changed set as a new release", async () => {
    writeFileSync(join(site, "SHA256SUMS"), "");
    const outcome = await syncSource("us_ofac_sdn", { mirror: server.url }, { ...effects(), now: () => new Date("2019-01-06T00:00:00Z") });
    assert.equal(outcome.status, "imported");
    assert.equal((await store.listReleases()).length, 2);
    // The new sdn_comments.csv drops the three remarks continuations the 2019-01 set had.
    assert.equal(outcome.release?.summary.changed, 3);
  });
});

describe("sync from a mirror folder", () => {
  it("imports the folder in place", async () => {
    const store = createSqliteStore(":memory:");
    const outcome = await syncSource(
      "us_ofac_sdn",
      { mirror: sharedData("ofac_sdn_2021-07") },
      { store, fetch, cacheDir: join(root, "cache2"), timeoutMs: 1000 },
    );
    assert.equal(outcome.release?.release.entityCount, 8976);
    assert.equal(outcome.release?.release.releaseDate, "2021-07-01");
    await store.close();
  });
});
