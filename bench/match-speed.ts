/**
 * Screening speed with the 2024-05 OFAC SDN release loaded: index build, single-query latency (p50, p99),
 * batch throughput, candidates scored per query and peak memory — beside a brute-force Jaro-Winkler scan over all
 * names (OFAC's own method) measured in the same run. Prints medians of several runs and ratios.
 *
 *   node --import tsx bench/match-speed.ts [--runs 3] [--queries 2000]
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import anyAscii from "any-ascii";
import { getAlgorithm } from "../src/match/algorithms/index.js";
import { jaroWinkler } from "../src/match/compare/edit.js";
import { createParallelBatch, screeningRecord } from "../src/screen/batch/parallel.js";
import { screenBatch } from "../src/screen/batch/run.js";
import { createNameIndex, neededNameScore } from "../src/screen/name-index.js";
import { createScreener } from "../src/screen/screener.js";
import { cliBatch } from "./lib/cli-batch.js";
import { type BenchQuery, cleanQueries, perturbedQueries } from "./lib/queries.js";
import { loadSdnEntities } from "./lib/sdn.js";
import { numberArg } from "./lib.js";

const RUNS = numberArg("--runs", 3);
const QUERIES = numberArg("--queries", 2000);
const BRUTE_QUERIES = numberArg("--brute", 200);
const WORKERS = numberArg("--workers", 2);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
};
const ms = (x: number) => `${x.toFixed(x < 10 ? 3 : 1)} ms`;

let t = performance.now();
const entities = await loadSdnEntities();
const parseMs = performance.now() - t;
const nameCount = entities.reduce((n, e) => n + e.names.length, 0);
console.log(`OFAC SDN 2024-05: ${entities.length} entities, ${nameCount} names (parsed in ${ms(parseMs)})`);

// Index build, several runs.
const builds: number[] = [];
let screener = await createScreener(entities);
for (let r = 0; r < RUNS; r++) {
  t = performance.now();
  screener = await createScreener(entities);
  builds.push(performance.now() - t);
}
const algorithm = getAlgorithm(screener.algorithm);
const threshold = screener.defaultThreshold;

const queries: BenchQuery[] = [...perturbedQueries(entities, QUERIES), ...cleanQueries()];
for (const q of queries.slice(0, 200)) screener.screen({ name: q.name }); // warm-up

// Single-query latency and end-to-end recall.
const p50s: number[] = [];
const p99s: number[] = [];
const means: number[] = [];
let found = 0;
let expected = 0;
let cleanHits = 0;
for (let r = 0; r < RUNS; r++) {
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const matches = screener.screen({ name: q.name });
    times.push(performance.now() - t0);
    if (r === 0 && q.expected) {
      expected++;
      if (matches.some((m) => m.id === q.expected)) found++;
    }
    if (r === 0 && q.kind === "clean" && matches.length) cleanHits++;
  }
  p50s.push(pct(times, 50));
  p99s.push(pct(times, 99));
  means.push(times.reduce((a, b) => a + b, 0) / times.length);
}

// Batch throughput, on one thread and on worker threads; each run screens names it has not seen
// (so that no cache carries over from the latency runs).
const batchRows = (seed: number) =>
  [...perturbedQueries(entities, QUERIES, seed), ...cleanQueries()].map((q, i) => ({ row: i + 2, name: q.name }));
const rates: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const rows = batchRows(100 + r);
  t = performance.now();
  screenBatch(screener, rows);
  rates.push(rows.length / ((performance.now() - t) / 1000));
}
t = performance.now();
const parallel = await createParallelBatch(entities.map(screeningRecord), { workers: WORKERS });
const parallelBuild = performance.now() - t;
// The first batch after start-up runs while the workers' code is still being compiled: report it
// apart, then measure a long batch's steady state (the single thread is warm from the latency runs).
let rows0 = batchRows(199);
t = performance.now();
await parallel.screen(rows0);
const coldRate = rows0.length / ((performance.now() - t) / 1000);
rows0 = [];
// A file to screen is long: each measured run is five query sets in one batch (10,730 rows).
const longRows = (seed: number) => [0, 1, 2, 3, 4].flatMap((k) => batchRows(seed * 10 + k)).map((row, i) => ({ ...row, row: i + 2 }));
const parallelRates: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const rows = longRows(200 + r);
  t = performance.now();
  await parallel.screen(rows);
  parallelRates.push(rows.length / ((performance.now() - t) / 1000));
}
await parallel.close();

// How many names the index hands to the scorer per query: every name whose score bound reaches the
// threshold (retrieval is exact: bench/match-exact.ts compares it with an exhaustive scan).
const index = createNameIndex(
  entities.flatMap((e, i) => e.names.map((n) => ({ entity: i, value: n.value, schema: e.schema }))),
  algorithm,
);
const candidateCounts = queries.map((q) => {
  const prepared = algorithm.prepare(q.name);
  return index.candidates(prepared, { needed: neededNameScore(algorithm, threshold, false) }).length;
});

// Brute force: Jaro-Winkler of the whole (ASCII, lower-case) name against every name.
const fold = (s: string) =>
  anyAscii(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
const allNames = entities.flatMap((e) => e.names.map((n) => ({ id: e.id, text: fold(n.value) })));
const bruteSample = queries.filter((_, i) => i % Math.max(1, Math.floor(queries.length / BRUTE_QUERIES)) === 0).slice(0, BRUTE_QUERIES);
const bruteTimes: number[] = [];
let bruteFound = 0;
let bruteExpected = 0;
for (const q of bruteSample) {
  const qt = fold(q.name);
  const t0 = performance.now();
  const hits: { id: string; s: number }[] = [];
  for (const n of allNames) {
    const s = jaroWinkler(qt, n.text);
    if (s >= 0.85) hits.push({ id: n.id, s });
  }
  hits.sort((a, b) => b.s - a.s);
  bruteTimes.push(performance.now() - t0);
  if (q.expected) {
    bruteExpected++;
    if (hits.slice(0, 10).some((h) => h.id === q.expected)) bruteFound++;
  }
}
const engineSample: number[] = [];
for (const q of bruteSample) {
  const t0 = performance.now();
  screener.screen({ name: q.name });
  engineSample.push(performance.now() - t0);
}

const rss = process.resourceUsage().maxRSS / 1024;
// Peak memory of a process doing only the screening work (load, index, batch), measured as a child.
const probe = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL("./lib/memory-probe.ts", import.meta.url))], {
  encoding: "utf8",
});
const probeMb =
  probe.status === 0 ? (JSON.parse(probe.stdout.trim().split("\n").pop() as string) as { maxRssMb: number }).maxRssMb : Number.NaN;
// The command line end to end: `chokepoint screen --input` on a 10,000-row file with an XLSX report,
// index build on two worker threads included, from the compiled code (built here so that it is current).
const cli = cliBatch(entities);

const line = (label: string, value: string, target = "", met?: boolean) =>
  console.log(`${label.padEnd(34)} ${value.padEnd(28)} ${target}${met === undefined ? "" : met ? "  met" : "  NOT met"}`);
console.log(
  `\nmedians of ${RUNS} runs; ${queries.length} queries (${QUERIES} perturbed list names, ${queries.length - QUERIES} clean company names)\n`,
);
line("index build", ms(median(builds)), "target <= 10 s", median(builds) <= 10_000);
line("single query p50", ms(median(p50s)));
line("single query p99", ms(median(p99s)), "target <= 20 ms", median(p99s) <= 20);
line("single query mean", ms(median(means)));
line("batch throughput (1 thread)", `${Math.round(median(rates))} names/s`);
line(
  `batch (${WORKERS} workers, ${longRows(0).length} rows)`,
  `${Math.round(median(parallelRates))} names/s`,
  "target >= 5,000 names/s",
  median(parallelRates) >= 5000,
);
line(`  first batch after start-up`, `${Math.round(coldRate)} names/s`);
line(`worker start-up (${WORKERS} indexes)`, ms(parallelBuild));
line("brute-force JW p50 / query", ms(pct(bruteTimes, 50)));
line("brute-force JW mean / query", ms(bruteTimes.reduce((a, b) => a + b, 0) / bruteTimes.length));
const ratio = bruteTimes.reduce((a, b) => a + b, 0) / engineSample.reduce((a, b) => a + b, 0);
line("engine speed-up (mean, same queries)", `${ratio.toFixed(1)}x`, "target >= 25x", ratio >= 25);
line("recall, end to end (>= threshold)", `${((100 * found) / expected).toFixed(1)}% of ${expected}`);
line("names scored per query, p50 / p99", `${median(candidateCounts)} / ${pct(candidateCounts, 99)}`);
line("recall, brute-force JW >= 0.85", `${((100 * bruteFound) / Math.max(1, bruteExpected)).toFixed(1)}% of ${bruteExpected}`);
line("clean names with a hit", `${cleanHits} of ${queries.length - QUERIES}`);
line("peak memory, screening process", `${probeMb} MB`, "target <= 600 MB", probeMb <= 600);
line(
  `CLI batch, ${cli.rows} rows, XLSX report`,
  `${cli.seconds.toFixed(1)} s, ${Math.round(cli.rows / cli.seconds)} names/s with start-up`,
);
line("peak memory, CLI batch on workers", `${cli.maxRssMb} MB`, "target <= 600 MB", cli.maxRssMb <= 600);
line("peak memory, this bench process", `${rss.toFixed(0)} MB`, "(holds two indexes, workers, brute-force copies)");
