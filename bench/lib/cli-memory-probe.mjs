/**
 * Runs one chokepoint command in this process from the compiled code in dist/ (worker threads included:
 * they are threads of this process) and prints its exit code, time and peak resident memory as JSON.
 * Plain JavaScript, so that no TypeScript loader adds to the figure.
 *
 *   node bench/lib/cli-memory-probe.mjs screen --input names.csv --column name --output report.xlsx
 */
import { performance } from "node:perf_hooks";
import { main } from "../../dist/cli/main.js";

const t = performance.now();
const exitCode = await main(["node", "chokepoint", ...process.argv.slice(2)]);
const seconds = (performance.now() - t) / 1000;
process.stdout.write(`${JSON.stringify({ exitCode, seconds, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
