import assert from "node:assert/strict";
import { createReadStream, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import type { StoredEntity } from "../../model/index.js";
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
    const names = ["Yevgeniy Prigozhin", "xy", "Sinno Electronics", "Angela Merkel", "长沙天仪空间科技研究院有限公司", "Rotenberg Arkady"];
    const rows = Array.from({ length: 600 }, (_, i) => ({ row: i + 2, name: names[i % names.length] as string }));
    const single = screenBatch(await createScreener(entities), rows);
    const parallel = await createParallelBatch(entities.map(screeningRecord), { workers: 2 });
    try {
      assert.equal(parallel.size, entities.length);
      const progress: number[] = [];
      const outcome = await parallel.screen(rows, { onRow: (done) => progress.push(done) });
      assert.deepEqual(outcome, single);
      assert.equal(progress.at(-1), rows.length);
      assert.equal(outcome.bad.length, 100);
    } finally {
      await parallel.close();
    }
  });
});
