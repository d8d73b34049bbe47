/** The served index: built once, rebuilt only when a newer release appears, never half-swapped. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sharedData } from "../../test/data.js";
import { importRelease } from "../lists/import-release.js";
import { createScreener } from "../screen/index.js";
import { createSqliteStore } from "../store/sqlite/index.js";
import type { Store } from "../store/store.js";
import { createScreeningIndex } from "./screening.js";

describe("screening index", () => {
  it("is not ready without lists, builds from the newest releases, and rebuilds when a new one appears", async () => {
    const store = createSqliteStore(":memory:");
    let builds = 0;
    const build = async (s: Store) => {
      builds++;
      return createScreener(s);
    };
    const index = createScreeningIndex(store, build);
    assert.equal(index.status().state, "building");
    assert.throws(() => index.current(), /being built/);
    await index.start();
    assert.equal(index.status().state, "empty");
    assert.throws(() => index.current(), /no lists loaded/);
    assert.equal(builds, 0);

    const first = await importRelease(
      { source: "un_sc_sanctions", path: sharedData("un_consolidated", "consolidated_2018-06-07.xml") },
      { store },
    );
    assert.equal(await index.refresh(), true);
    assert.equal(index.status().state, "ready");
    assert.deepEqual(
      index.status().releases.map((r) => r.id),
      [first.release.id],
    );
    const size = index.current().screener.size;
    assert.equal(size, first.release.entityCount);
    assert.equal(await index.refresh(), false, "nothing new: no rebuild");
    assert.equal(builds, 1);

    // An older release imported later changes nothing: the newest by date is still indexed.
    const newer = await importRelease(
      { source: "un_sc_sanctions", path: sharedData("un_consolidated", "consolidated_2026-02-27.xml") },
      { store },
    );
    const [a, b] = [index.refresh(), index.refresh()];
    assert.equal(a, b, "concurrent refreshes share one build");
    assert.equal(await a, true);
    assert.equal(builds, 2);
    assert.deepEqual(
      index.status().releases.map((r) => r.releaseDate),
      [newer.release.releaseDate],
    );
    assert.equal(index.current().screener.size, newer.release.entityCount);
    await importRelease({ source: "un_sc_sanctions", path: sharedData("un_consolidated", "consolidated_2018-10-29.xml") }, { store });
    assert.equal(await index.refresh(), false);
    index.stop();
    await store.close();
  });

  it("keeps serving the old index when a rebuild fails, and reports the failure", async () => {
    const store = createSqliteStore(":memory:");
    await importRelease({ source: "un_sc_sanctions", path: sharedData("un_consolidated", "consolidated_2018-06-07.xml") }, { store });
    let fail = false;
    const index = createScreeningIndex(store, async (s) => {
      if (fail) throw new Error("out of memory");
      return createScreener(s);
    });
    await index.start();
    const before = index.current().screener;
    fail = true;
    await importRelease({ source: "un_sc_sanctions", path: sharedData("un_consolidated", "consolidated_2018-06-21.xml") }, { store });
    assert.equal(await index.refresh(), false);
    assert.equal(index.current().screener, before);
    assert.equal(index.status().error, "out of memory");
    assert.equal(index.status().state, "ready");
    await store.close();
  });
});
