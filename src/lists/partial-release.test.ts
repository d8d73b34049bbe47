/**
 * The README tour, on the real files read in place: the 2024-05 four-file set, then bare sdn.csv
 * releases from the history folder. A bare sdn.csv is a partial release: it must not erase what
 * alt.csv and add.csv carry (VTB, us_ofac_sdn:17013), nor make a diff call those fields changed.
 */
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { sharedData } from "../../test/data.js";
import type { StoredEntity } from "../model/index.js";
import { createScreener } from "../screen/screener.js";
import { createSqliteStore } from "../store/sqlite/index.js";
import type { Store } from "../store/store.js";
import { importRelease } from "./import-release.js";

const VTB = "us_ofac_sdn:17013";
const history = (name: string) => sharedData("ofac_sdn_history", name);

describe("partial releases (a lone sdn.csv after the four-file set)", () => {
  let store: Store;
  let compositeId = 0;
  before(() => {
    store = createSqliteStore(join(mkdtempSync(join(tmpdir(), "chokepoint-partial-")), "tour.db"));
  });
  after(() => store.close());

  it("dates the composite folder from '2024-05' and says the day is a guess", async () => {
    const r = await importRelease({ source: "us_ofac_sdn", path: sharedData("ofac_sdn_2024-05-composite") }, { store });
    compositeId = r.release.id;
    assert.equal(r.release.releaseDate, "2024-05-01");
    assert.equal(r.release.dateBasis, "filename-month");
    assert.match(r.dateGuess ?? "", /2024-05-01 guessed from the year and month in 'ofac_sdn_2024-05-composite'/);
    assert.equal(r.release.missing, undefined);
  });

  it("a bare sdn.csv imported before it (by date) holds what it has, and its diff to the set adds no aliases or addresses", async () => {
    const early = await importRelease({ source: "us_ofac_sdn", path: history("sdn_2024-04-02_1843Z.csv.gz") }, { store });
    assert.deepEqual(early.release.missing, ["add.csv", "alt.csv", "sdn_comments.csv"]);
    assert.equal(early.release.carriedFrom, undefined);
    const diff = await store.diffReleases(early.release.id, compositeId);
    assert.ok(diff.changed.length < 200, `${diff.changed.length} changed`);
    for (const c of diff.changed) {
      for (const f of c.fields ?? []) {
        assert.notEqual(f.field, "addresses", `${c.id}: addresses called changed`);
        if (f.field === "names")
          for (const n of [...(f.added ?? []), ...(f.removed ?? [])] as { kind: string }[])
            assert.ok(n.kind !== "aka" && n.kind !== "fka", `${c.id}: an alias called changed`);
      }
    }
  });

  it("the bare 2024-05-03 sdn.csv, latest by date, keeps VTB's aliases and addresses, marked as carried", async () => {
    const composite = await store.getEntity(VTB, { asOf: "2024-05-01" });
    assert.ok(composite && composite.names.length > 5 && composite.addresses.length > 0);
    const r = await importRelease({ source: "us_ofac_sdn", path: history("sdn_2024-05-03_1843Z.csv.gz") }, { store });
    assert.equal(r.release.carriedFrom, compositeId);
    // The same sdn.csv bytes as the composite's: nothing changed, nothing added or removed.
    assert.deepEqual([r.summary.added, r.summary.changed, r.summary.removed], [0, 0, 0]);
    const latest = await store.releaseAsOf("us_ofac_sdn");
    assert.equal(latest?.id, r.release.id);
    const vtb = await store.getEntity(VTB);
    assert.ok(vtb);
    assert.equal(vtb.releaseId, r.release.id);
    assert.equal(vtb.names.length, composite.names.length);
    assert.equal(vtb.addresses.length, composite.addresses.length);
    assert.deepEqual(vtb.partial?.carriedFrom, { releaseId: compositeId, releaseDate: "2024-05-01" });
    const diff = await store.diffReleases(compositeId, r.release.id);
    assert.deepEqual([diff.added.length, diff.removed.length, diff.changed.length], [0, 0, 0]);
    const h = await store.entityHistory(VTB);
    assert.equal(h?.events.filter((e) => e.change === "changed" && !e.fields?.length).length, 0);
  });

  it("screening the latest releases finds VNESHTORGBANK (an alias only alt.csv carries)", async () => {
    const entities: StoredEntity[] = [];
    for await (const e of store.currentEntities(["us_ofac_sdn"])) entities.push(e);
    const screener = await createScreener(entities);
    const matches = screener.screen({ name: "VNESHTORGBANK" });
    assert.ok(
      matches.some((m) => m.id === VTB || (m as { listings?: { id: string }[] }).listings?.some((l) => l.id === VTB)),
      JSON.stringify(matches.slice(0, 3).map((m) => m.id)),
    );
  });
});
