/**
 * Trade benchmark (issue 4): generate N synthetic customs records (default 10 million) streamed to a
 * temporary CSV, import them into a new SQLite file, then aggregate by month x partner x CHPL tier.
 * Each task runs in a fresh process; imports and aggregations are repeated and their medians
 * printed, beside baselines measured in the same run: parsing the file without storing it (for the
 * import) and a plain GROUP BY over the records (for the aggregation, which reads the rollup).
 * Targets: import < 60 s, aggregate < 2 s, peak memory < 1 GB.
 * Usage: node --import tsx bench/trade.ts [--rows 1000000] [--runs 3] [--keep]
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fmt, median, runWorker, type Sample } from "./lib.js";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number(process.argv[i + 1]?.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a whole number`);
  return n;
}

const rows = flag("--rows", 10_000_000);
const runs = flag("--runs", 3);
const keep = process.argv.includes("--keep");
const worker = new URL("./trade-worker.ts", import.meta.url);
const dir = mkdtempSync(join(tmpdir(), "chokepoint-trade-bench-"));
const csv = join(dir, "customs.csv");

console.log(`chokepoint trade benchmark — ${fmt(rows)} customs rows, ${runs} run(s) per task, fresh process each (${dir})\n`);
try {
  const gen = runWorker(worker, ["generate", String(rows), csv]);
  const mb = statSync(csv).size / 1e6;
  console.log(`generate  ${fmt(gen.ms / 1000, 1)} s, ${fmt(mb)} MB, peak RSS ${fmt(gen.maxRssMb)} MB`);

  const parse: Sample[] = [];
  const imports: Sample[] = [];
  const aggregates: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    parse.push(runWorker(worker, ["parse", csv]));
    const db = join(dir, `run-${i}.db`);
    const imp = runWorker(worker, ["import", csv, db]);
    if (imp.rows !== rows) throw new Error(`imported ${imp.rows} of ${rows} rows`);
    imports.push(imp);
    aggregates.push(runWorker(worker, ["aggregate", db, "5"]));
    if (i === 0) console.log(`database  ${fmt(statSync(db).size / 1e6)} MB after import`);
    rmSync(db, { force: true });
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
    console.log(
      `run ${i + 1}: parse ${fmt(parse[i]?.ms ?? 0)} ms, import ${fmt(imp.ms)} ms, aggregate ${fmt(aggregates[i]?.ms ?? 0, 1)} ms (GROUP BY ${fmt(Number(aggregates[i]?.baselineMs ?? 0))} ms)`,
    );
  }
  const m = (list: Sample[], key: string) => median(list.map((s) => Number(s[key])));
  const peak = (list: Sample[]) => Math.max(...list.map((s) => s.maxRssMb));
  const a = aggregates[0] as Sample;
  if (Math.abs(Number(a.total) - Number(a.baselineTotal)) > 1e-6 * Number(a.total)) throw new Error("rollup and GROUP BY totals differ");
  const importMs = m(imports, "ms");
  const aggMs = m(aggregates, "ms");
  const peakMb = Math.max(peak(imports), peak(aggregates), gen.maxRssMb);
  console.log();
  console.log(`                         median          peak RSS`);
  console.log(`parse only (baseline)    ${fmt(m(parse, "ms") / 1000, 1).padStart(7)} s       ${fmt(peak(parse)).padStart(5)} MB`);
  console.log(
    `import                   ${fmt(importMs / 1000, 1).padStart(7)} s       ${fmt(peak(imports)).padStart(5)} MB   ${fmt(rows / (importMs / 1000))} rows/s`,
  );
  console.log(
    `aggregate (rollup)       ${fmt(aggMs, 1).padStart(7)} ms      ${fmt(peak(aggregates)).padStart(5)} MB   ${fmt(Number(a.cells))} month x partner x tier cells`,
  );
  console.log(
    `aggregate (GROUP BY)     ${fmt(m(aggregates, "baselineMs"), 0).padStart(7)} ms      (plain GROUP BY over the records, same result)`,
  );
  console.log();
  console.log(
    `import ${fmt(importMs / 1000, 1)} s (target < 60 s: ${importMs < 60_000 ? "met" : "NOT met"}), ${fmt(importMs / m(parse, "ms"), 1)}x parsing alone`,
  );
  console.log(
    `aggregate ${fmt(aggMs, 1)} ms (target < 2 s: ${aggMs < 2000 ? "met" : "NOT met"}), ${fmt(m(aggregates, "baselineMs") / aggMs, 0)}x faster than GROUP BY`,
  );
  console.log(`peak memory ${fmt(peakMb)} MB (target < 1 GB: ${peakMb < 1024 ? "met" : "NOT met"})`);
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
