import assert from "node:assert/strict";
import { createReadStream, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { createEntity, type StoredEntity } from "../../model/index.js";
import { usOfacSdn } from "../../sources/us_ofac_sdn/index.js";
import { createScreener } from "../screener.js";
import { createParallelBatch, screeningRecord } from "./parallel.js";
import { screenBatch } from "./run.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/sdn", import.meta.url));

describe("batch screening on worker threads", () => {
  it("gives the same results as one thread, in row order, with bad rows reported", async () => {
    const files = readdirSync(FIXTURES).map((name) => ({ name, path: join(FIXTURES, name) }));
    const entities: StoredEntity[] = [];
    for await (const e of usOfacSdn.parse(usOfacSdn.select(files), { files, open: (f) => createReadStream(f.path), meta: {} })) {
      entities.push({ ...e, releaseId: 3 });
    }
    // A CSL copy of one SDN record (hand-written): workers must join it into the same target.
    const sdn = entities.find((e) => e.id === "us_ofac_sdn:21171") as StoredEntity;
    const copy = createEntity("us_trade_csl", "SDN-21171", "Person");
    copy.names.push(...sdn.names);
    copy.sanctions.push({ authority: "US Treasury OFAC", list: "Specially Designated Nationals (SDN) - Treasury Department" });
    entities.push({ ...copy, releaseId: 4 });
    const names = ["Yevgeniy Prigozhin", "xy", "Sinno Electronics", "Angela Merkel", "长沙天仪空间科技研究院有限公司", "Rotenberg Arkady"];
    const rows = Array.from({ length: 600 }, (_, i) => ({ row: i + 2, name: names[i % names.length] as string }));
    const single = screenBatch(await createScreener(entities), rows);
    const parallel = await createParallelBatch(entities.map(screeningRecord), { workers: 2 });
    try {
      assert.equal(parallel.size, entities.length);
      assert.deepEqual(parallel.sources, ["us_ofac_sdn", "us_trade_csl"]);
      const progress: number[] = [];
      const outcome = await parallel.screen(rows, { onRow: (done) => progress.push(done) });
      assert.deepEqual(outcome, single);
      assert.equal(progress.at(-1), rows.length);
      assert.equal(outcome.bad.length, 100);
      assert.deepEqual(
        outcome.results[0]?.matches[0]?.listings.map((l) => l.id),
        ["us_ofac_sdn:21171", "us_trade_csl:SDN-21171"],
      );
      await assert.rejects(
        parallel.screen(rows, { sources: ["us_ofac_sdnx"] }),
        /source 'us_ofac_sdnx' is not loaded \(loaded: us_ofac_sdn, us_trade_csl\)/,
      );
    } finally {
      await parallel.close();
    }
  });
});
