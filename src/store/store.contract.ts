/**
 * The Store contract: every backend runs this suite (sqlite/ now; postgres/ when it comes), so that
 * release identity, history, diffs, "as of" views and refusals behave the same everywhere.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConflictError } from "../errors.js";
import { addName, canonicalEntity, createEntity, type Entity } from "../model/index.js";
import type { NewRelease, Store } from "./store.js";

function person(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  const e = createEntity("test_list", id, "Person");
  addName(e, name, "primary");
  return canonicalEntity({ ...e, ...extra });
}

function release(date: string, hash: string): NewRelease {
  return {
    source: "test_list",
    releaseDate: date,
    dateBasis: "flag",
    fetchedAt: `${date}T00:00:00.000Z`,
    origin: "contract test (hand-made entities)",
    format: "test",
    files: [{ name: "list.csv", sha256: hash.padEnd(64, "0"), size: 1 }],
    contentHash: hash,
    counts: {},
  };
}

export function runStoreContract(name: string, makeStore: () => Promise<Store> | Store): void {
  describe(`Store contract: ${name}`, () => {
    it("keeps releases, versions, history and diffs", async () => {
      const store = await makeStore();
      const a = person("1", "Ivan Petrov");
      const b = person("2", "Anna Ivanova");
      const r1 = await store.importRelease(release("2024-01-01", "h1"), [a, b]);
      assert.equal(r1.created, true);
      assert.deepEqual(r1.summary, { added: 2, removed: 0, changed: 0, unchanged: 0, previous: null });
      const a2 = person("1", "Ivan Petrov", { birthDates: ["1970"] });
      const c = person("3", "Oleg Sidorov");
      const r2 = await store.importRelease(release("2024-02-01", "h2"), [a2, c]);
      assert.deepEqual(r2.summary, { added: 1, removed: 1, changed: 1, unchanged: 0, previous: 2 });

      const again = await store.importRelease(release("2024-02-01", "h2"), [a2, c]);
      assert.equal(again.created, false);
      assert.equal((await store.listReleases()).length, 2);

      const diff = await store.diffReleases(r1.release.id, r2.release.id);
      assert.deepEqual(
        [diff.added.map((x) => x.id), diff.removed.map((x) => x.id), diff.changed.map((x) => x.id)],
        [["test_list:3"], ["test_list:2"], ["test_list:1"]],
      );
      assert.deepEqual(diff.changed[0]?.fields, [{ field: "birthDates", added: ["1970"] }]);

      const h = await store.entityHistory("test_list:2");
      assert.deepEqual(
        h?.events.map((e) => e.change),
        ["added", "removed"],
      );
      assert.equal(h?.current, false);
      assert.equal((await store.getEntity("test_list:1", { asOf: "2024-01-15" }))?.birthDates.length, 0);
      assert.deepEqual((await store.getEntity("test_list:1"))?.birthDates, ["1970"]);
      assert.equal(await store.releaseAsOf("test_list", "2023-12-31"), undefined);

      const current: string[] = [];
      for await (const e of store.currentEntities()) current.push(e.id);
      assert.deepEqual(current.sort(), ["test_list:1", "test_list:3"]);
      await store.close();
    });

    it("refuses a large fall in count, or two records with one id, and writes nothing", async () => {
      const store = await makeStore();
      const many = Array.from({ length: 8 }, (_, i) => person(String(i), `Person ${i}`));
      await store.importRelease(release("2024-01-01", "m1"), many);
      await assert.rejects(store.importRelease(release("2024-02-01", "m2"), many.slice(0, 5)), ConflictError);
      await assert.rejects(store.importRelease(release("2024-03-01", "m3"), [...many, many[0] as Entity]), /share the id/);
      assert.equal((await store.listReleases()).length, 1);
      const forced = await store.importRelease(release("2024-02-01", "m2"), many.slice(0, 5), { force: true });
      assert.equal(forced.summary.removed, 3);
      await store.deleteRelease(forced.release.id);
      assert.equal((await store.listReleases()).length, 1);
      await store.close();
    });
  });
}
