/**
 * One shard of the exhaustive scan for bench/match-exact.ts: every name of the six sources scored
 * against each query (no index). Prints one JSON line: the matches of each query of the shard.
 *
 *   node --import tsx bench/exact-worker.ts <shard> <shards> <queries> <threshold>
 */

import { createScreener } from "../src/screen/screener.js";
import { exactnessQueries, resultKey } from "./lib/exactness.js";
import { loadSixSources } from "./lib/six-sources.js";

const [shard, shards, count, threshold] = process.argv.slice(2).map(Number) as [number, number, number, number];
const entities = await loadSixSources();
const screener = await createScreener(entities, { exhaustive: true });
const queries = exactnessQueries(entities, count);
const out: Record<number, string> = {};
queries.forEach((q, i) => {
  if (i % shards !== shard) return;
  out[i] = resultKey(screener.screen(q, { threshold, limit: 100_000 }));
});
process.stdout.write(`${JSON.stringify(out)}\n`);
