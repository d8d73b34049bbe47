/** Benchmark helpers: run a task several times in fresh processes, report medians and peak memory. */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface Sample {
  ms: number;
  maxRssMb: number;
  [extra: string]: number | string;
}

/** A numeric command-line flag (`--runs 3`), or the fallback. */
export function numberArg(flag: string, fallback: number): number {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number;
}

/** Runs `worker` (a .ts file beside the caller) with args in a new Node process; it prints one JSON Sample. */
export function runWorker(workerUrl: URL, args: string[]): Sample {
  const out = execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(workerUrl), ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = out.trim().split("\n").pop() ?? "{}";
  return JSON.parse(last) as Sample;
}

/** Called at the end of a worker. */
export function report(sample: Omit<Sample, "maxRssMb">): void {
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...sample, maxRssMb: Math.round(maxRssMb) })}\n`);
}

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
