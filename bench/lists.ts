/**
 * Import benchmark (issue 2): the 2024-05 OFAC SDN four-file set, and all 40 history releases in date
 * order, each run in a fresh process into a new SQLite file. Prints medians, peak memory and the ratio
 * to a read-only baseline (decoding and splitting the same CSV rows) measured in the same run.
 * Usage: node --import tsx bench/lists.ts [--runs N]
 */
import { sharedData } from "../test/data.js";
import { fmt, median, runWorker, type Sample } from "./lib.js";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1] || 5);
const worker = new URL("./lists-worker.ts", import.meta.url);

function measure(label: string, task: string, path: string, n: number) {
  const samples: Sample[] = [];
  for (let i = 0; i < n; i++) samples.push(runWorker(worker, [task, path]));
  const ms = median(samples.map((s) => s.ms));
  const rss = Math.max(...samples.map((s) => s.maxRssMb));
  console.log(`${label.padEnd(44)} median ${fmt(ms)} ms  (runs: ${samples.map((s) => fmt(s.ms)).join(", ")})  peak RSS ${fmt(rss)} MB`);
  return { ms, rss };
}

console.log(`chokepoint list import benchmark — ${runs} runs each, fresh process and database per run\n`);
const composite = sharedData("ofac_sdn_2024-05-composite");
const historyDir = sharedData("ofac_sdn_history");
const base = measure("baseline: read CSV rows of 2024-05 set", "read-baseline", composite, runs);
const imp = measure("import 2024-05 SDN set (14,965 entities)", "import", composite, runs);
const hbase = measure("baseline: read CSV rows of 40 history files", "read-baseline", historyDir, Math.max(1, Math.ceil(runs / 2)));
const hist = measure("import 40 history releases in date order", "history", historyDir, Math.max(1, Math.ceil(runs / 2)));
console.log();
console.log(
  `2024-05 set: ${fmt(imp.ms / 1000, 2)} s (target < 10 s: ${imp.ms < 10_000 ? "met" : "NOT met"}), peak ${fmt(imp.rss)} MB (target < 500 MB: ${imp.rss < 500 ? "met" : "NOT met"}), ${fmt(imp.ms / base.ms, 1)}x the read-only baseline`,
);
console.log(
  `40 releases: ${fmt(hist.ms / 1000, 1)} s (${fmt(hist.ms / 40)} ms per release), peak ${fmt(hist.rss)} MB, ${fmt(hist.ms / hbase.ms, 1)}x the read-only baseline`,
);
