import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { gunzipSync } from "node:zlib";
import { sharedData } from "../../test/data.js";
import { createSqliteStore } from "../store/sqlite/index.js";
import { importRelease } from "./import-release.js";

describe("the 40 OFAC SDN history releases", () => {
  it("import in date order, each with the entity count of its file, and diffs chain up", async () => {
    const dir = sharedData("ofac_sdn_history");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".csv.gz"))
      .sort();
    assert.equal(files.length, 40);
    const store = createSqliteStore(":memory:");
    let previous: Set<string> | undefined;
    for (const file of files) {
      const nums = new Set(
        [
          ...gunzipSync(readFileSync(`${dir}/${file}`))
            .toString("latin1")
            .matchAll(/^(\d+),"/gm),
        ].map((m) => m[1] as string),
      );
      const result = await importRelease({ source: "us_ofac_sdn", path: `${dir}/${file}` }, { store });
      assert.equal(result.release.entityCount, nums.size, file);
      assert.equal(result.release.releaseDate, file.slice(4, 14));
      if (previous) {
        const prev = previous;
        assert.equal(result.summary.added, [...nums].filter((n) => !prev.has(n)).length, `added in ${file}`);
        assert.equal(result.summary.removed, [...prev].filter((n) => !nums.has(n)).length, `removed in ${file}`);
      }
      previous = nums;
    }
    const releases = await store.listReleases({ source: "us_ofac_sdn" });
    assert.equal(releases.length, 40);
    assert.deepEqual(
      releases.map((r) => r.releaseDate),
      files.map((f) => f.slice(4, 14)),
    );
    // Putin was designated on the afternoon of 2022-02-25; the file of that day was fetched at 01:50Z,
    // so the first release that holds him is the next one, of 2022-03-01.
    const h = await store.entityHistory("us_ofac_sdn:35096");
    assert.equal(h?.firstSeen, "2022-03-01");
    assert.equal(h?.current, true);
    await store.close();
  });
});
