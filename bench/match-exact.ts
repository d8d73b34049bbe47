/**
 * Exact retrieval, measured: with all six sources' real files loaded, every query is screened by the
 * index and by an exhaustive scan that scores every name with the same algorithm (in child processes,
 * one per core, after the index is timed). Prints the differences (the target is none), the matches compared, the index build
 * time and the indexed query latency beside the scan's.
 *
 *   node --import tsx bench/match-exact.ts [--queries 5000] [--threshold 0.65] [--shards 2] [--runs 3]
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createScreener } from "../src/screen/screener.js";
import { exactnessQueries, resultKey } from "./lib/exactness.js";
import { loadSixSources, SIX_SOURCES } from "./lib/six-sources.js";
import { fmt, median, numberArg, percentile } from "./lib.js";

const QUERIES = numberArg("--queries", 5000);
const THRESHOLD = numberArg("--threshold", 0.65);
const SHARDS = numberArg("--shards", 2);
const RUNS = numberArg("--runs", 3);

const entities = await loadSixSources();
const names = entities.reduce((n, e) => n + e.names.length, 0);
console.log(`six sources (${SIX_SOURCES.map((s) => s.key).join(", ")}): ${fmt(entities.length)} entities, ${fmt(names)} names`);

const builds: number[] = [];
let screener = await createScreener(entities);
for (let r = 0; r < RUNS; r++) {
  const t = performance.now();
  screener = await createScreener(entities);
  builds.push(performance.now() - t);
}
const queries = exactnessQueries(entities, QUERIES);
const indexed: string[] = [];
const times: number[] = [];
for (const q of queries) {
  const t = performance.now();
  const matches = screener.screen(q, { threshold: THRESHOLD, limit: 100_000 });
  times.push(performance.now() - t);
  indexed.push(resultKey(matches));
}

// The scan runs in child processes, after the index is measured (so that they do not share the cores).
const run = promisify(execFile);
const worker = fileURLToPath(new URL("./exact-worker.ts", import.meta.url));
const scanStart = performance.now();
const shards = Array.from({ length: SHARDS }, (_, shard) =>
  run(process.execPath, ["--import", "tsx", worker, String(shard), String(SHARDS), String(QUERIES), String(THRESHOLD)], {
    maxBuffer: 512 * 1024 * 1024,
  }).then((r) => {
    const ms = performance.now() - scanStart;
    return { keys: JSON.parse(r.stdout.trim().split("\n").pop() as string) as Record<string, string>, ms };
  }),
);

const scans = await Promise.all(shards);
let differences = 0;
let matches = 0;
const examples: string[] = [];
queries.forEach((q, i) => {
  const scan = scans[i % SHARDS]?.keys[i] ?? "";
  matches += scan ? scan.split(" ").length : 0;
  if (scan === indexed[i]) return;
  differences++;
  if (examples.length < 5) examples.push(`  ${JSON.stringify(q.name)}\n    index: ${indexed[i]}\n    scan:  ${scan}`);
});
const scanMs = Math.max(...scans.map((s) => s.ms));
const line = (label: string, value: string, target = "") => console.log(`${label.padEnd(40)} ${value.padEnd(30)} ${target}`);
console.log(
  `\n${fmt(queries.length)} queries (${fmt(QUERIES)} perturbed list names, ${queries.length - QUERIES} clean names), threshold ${THRESHOLD}`,
);
line(
  "differences from the exhaustive scan",
  `${differences} (of ${fmt(matches)} matches)`,
  `target 0: ${differences === 0 ? "met" : "NOT met"}`,
);
line(
  "index build (six sources), median",
  `${fmt(median(builds))} ms`,
  `target <= 10,000 ms: ${median(builds) <= 10_000 ? "met" : "NOT met"}`,
);
line(
  "indexed query p50 / p99",
  `${median(times).toFixed(2)} / ${percentile(times, 99).toFixed(2)} ms`,
  `target p99 <= 20 ms: ${percentile(times, 99) <= 20 ? "met" : "NOT met"}`,
);
line("exhaustive scan per query", `${fmt((scanMs * SHARDS) / queries.length, 1)} ms`, `(${SHARDS} processes, ${fmt(scanMs / 1000)} s)`);
line("index speed-up over the scan (p50)", `${fmt((scanMs * SHARDS) / queries.length / median(times))}x`);
if (examples.length) console.log(`first differences:\n${examples.join("\n")}`);
process.exitCode = differences ? 1 : 0;
