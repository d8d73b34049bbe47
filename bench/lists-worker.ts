/** One measured run for bench/lists.ts, in its own process so that peak memory is its own. */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importRelease, inputFiles, openInput } from "../src/lists/import-release.js";
import { readCsv } from "../src/sources/common/csv.js";
import { createSqliteStore } from "../src/store/sqlite/index.js";
import { report } from "./lib.js";

const [task, path] = process.argv.slice(2) as [string, string];
const db = join(mkdtempSync(join(tmpdir(), "chokepoint-bench-")), "bench.db");
const t0 = performance.now();
let entities = 0;
if (task === "import") {
  const store = createSqliteStore(db);
  const r = await importRelease({ source: "us_ofac_sdn", path }, { store });
  entities = r.release.entityCount;
  await store.close();
} else if (task === "history") {
  const store = createSqliteStore(db);
  for (const f of readdirSync(path)
    .filter((n) => n.endsWith(".csv.gz"))
    .sort()) {
    const r = await importRelease({ source: "us_ofac_sdn", path: join(path, f) }, { store });
    entities += r.release.entityCount;
  }
  await store.close();
} else if (task === "read-baseline") {
  // The floor: decode and split every CSV row of the same files, building nothing and storing nothing.
  const files = readdirSync(path).some((n) => n.endsWith(".csv.gz"))
    ? readdirSync(path)
        .filter((n) => n.endsWith(".csv.gz"))
        .map((n) => join(path, n))
    : [path];
  for (const p of files)
    for (const f of inputFiles(p)) for await (const _ of readCsv(openInput(f), { encoding: "windows-1252" })) entities++;
} else throw new Error(`unknown task ${task}`);
report({ ms: performance.now() - t0, entities });
