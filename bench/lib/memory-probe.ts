/**
 * A process that does what `chokepoint screen --input` does with the 2024-05 SDN release loaded (load,
 * index, screen a batch on one thread) and prints its peak resident memory in MB as JSON. The speed
 * bench runs it as a child so that its own bookkeeping does not inflate the figure.
 */
import { screenBatch } from "../../src/screen/batch/run.js";
import { createScreener } from "../../src/screen/screener.js";
import { cleanQueries, perturbedQueries } from "./queries.js";
import { loadSdnEntities } from "./sdn.js";

const entities = await loadSdnEntities();
const screener = await createScreener(entities);
const rows = [...perturbedQueries(entities, 2000, 900), ...cleanQueries()].map((q, i) => ({ row: i + 2, name: q.name }));
screenBatch(screener, rows);
process.stdout.write(
  `${JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), heapMb: Math.round(process.memoryUsage().heapUsed / 1e6) })}\n`,
);
