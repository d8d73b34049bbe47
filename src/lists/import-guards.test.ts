/**
 * Guards around one import: an unlikely --date, and two processes importing into one store at once.
 * The files are the small us_ofac_sdn fixtures (rows cut from the real 2024-05 set, see their README).
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { sharedData } from "../../test/data.js";
import { ConflictError } from "../errors.js";
import { createSqliteStore } from "../store/sqlite/index.js";
import { importRelease } from "./import-release.js";

const FIXTURE = fileURLToPath(new URL("../sources/us_ofac_sdn/fixtures/sdn.csv", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "chokepoint-guards-"));
const now = () => new Date("2026-03-04T12:00:00Z");

describe("--date", () => {
  it("refuses a date after tomorrow or before 1990 unless forced, and takes tomorrow and 1990-01-01", async () => {
    const store = createSqliteStore(":memory:");
    for (const date of ["9999-12-31", "2026-03-06", "1989-12-31", "0001-01-01"]) {
      await assert.rejects(importRelease({ source: "us_ofac_sdn", path: FIXTURE, date }, { store, now }), (e: unknown) => {
        assert.ok(e instanceof ConflictError, String(e));
        assert.match((e as Error).message, new RegExp(`--date ${date} is (after tomorrow \\(2026-03-05\\)|before 1990-01-01).*--force`));
        return true;
      });
    }
    assert.equal((await store.listReleases()).length, 0);
    const ok = await importRelease({ source: "us_ofac_sdn", path: FIXTURE, date: "2026-03-05" }, { store, now });
    assert.equal(ok.release.releaseDate, "2026-03-05");
    await store.deleteRelease(ok.release.id);
    const forced = await importRelease({ source: "us_ofac_sdn", path: FIXTURE, date: "9999-12-31", force: true }, { store, now });
    assert.equal(forced.release.releaseDate, "9999-12-31");
    await store.close();
  });
});

describe("two imports into one store at once", () => {
  it("both succeed: the second waits for the first and is serialised after it", async () => {
    const db = join(tmp, "two.db");
    const main = fileURLToPath(new URL("../cli/main.ts", import.meta.url));
    // Two different releases, each a real full-size file (the composite's 15k entities take seconds to write).
    const a = join(tmp, "a");
    mkdirSync(a);
    copyFileSync(sharedData("ofac_sdn_history", "sdn_2024-04-02_1843Z.csv.gz"), join(a, "sdn_2024-04-02.csv.gz"));
    const run = (path: string) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", main, "--db", db, "import", "us_ofac_sdn", path], {
          stdio: ["ignore", "ignore", "pipe"],
        });
        let stderr = "";
        child.stderr.on("data", (d) => {
          stderr += d;
        });
        child.on("close", (code) => resolve({ code, stderr }));
      });
    const [x, y] = await Promise.all([
      run(sharedData("ofac_sdn_history", "sdn_2024-05-03_1843Z.csv.gz")),
      run(join(a, "sdn_2024-04-02.csv.gz")),
    ]);
    assert.equal(x.code, 0, x.stderr);
    assert.equal(y.code, 0, y.stderr);
    const store = createSqliteStore(db);
    assert.deepEqual((await store.listReleases()).map((r) => r.releaseDate).sort(), ["2024-04-02", "2024-05-03"]);
    await store.close();
  });
});
