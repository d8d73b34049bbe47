/**
 * Load test of POST /match/default (issue 5): `chokepoint serve` in its own process on 127.0.0.1 with
 * the 2024-05 OFAC SDN set loaded, autocannon in this process. Bounded: a warm-up, then `--runs`
 * runs of `--seconds` each with `--connections` connections. Prints requests/s and latency
 * percentiles (medians over runs) beside the targets (>= 500 req/s, p99 <= 50 ms).
 * The server's per-key rate limit is raised for the test (it still runs on every request).
 * Usage: node --import tsx bench/api-load.ts [--runs 3] [--seconds 10] [--connections 10]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { API_KEY, startServer } from "../e2e/harness.js";
import { seedStore } from "../e2e/seed.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
};
const RUNS = arg("runs", 3);
const SECONDS = Math.min(arg("seconds", 10), 60);
const CONNECTIONS = Math.min(arg("connections", 10), 100);

/** A mix of what compliance clients send: listed people and companies in several scripts, and clean names. */
const QUERIES: [string, Record<string, string[]>][] = [
  ["Person", { name: ["Vladimir Putin"] }],
  ["Person", { name: ["Евгений Пригожин"], nationality: ["ru"] }],
  ["Company", { name: ["Changsha Tianyi Space Science and Technology Research Institute"] }],
  ["Company", { name: ["长沙天仪空间科技研究院有限公司"] }],
  ["Company", { name: ["Siemens Healthineers AG"], country: ["de"] }],
  ["Person", { name: ["Ivan Petrov"], birthDate: ["1975-03-02"] }],
  ["Company", { name: ["OOO Torgovyy Dom Ural"] }],
  ["Company", { name: ["Sinno Electronics Co., Limited"], country: ["hk"] }],
  ["Person", { name: ["Maria Schmidt"] }],
  ["Company", { name: ["Rosoboronexport"] }],
];
const body = (schema: string, properties: Record<string, string[]>) => JSON.stringify({ queries: { q: { schema, properties } } });
const headers = { "content-type": "application/json", authorization: `ApiKey ${API_KEY}` };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function load(url: string, requests: { body: string }[], seconds: number) {
  const r = await autocannon({
    url: `${url}/match/default`,
    method: "POST",
    headers,
    connections: CONNECTIONS,
    duration: seconds,
    requests: requests.map((x) => ({ method: "POST", path: "/match/default", headers, body: x.body })),
  });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
    total: r.requests.total,
  };
}

const dir = mkdtempSync(join(tmpdir(), "chokepoint-bench-api-"));
try {
  const db = join(dir, "bench.db");
  const store = await seedStore(db, { history: false });
  await store.close();
  const { child, baseUrl } = await startServer(db, ["--rate-limit", "100000000", "--refresh-seconds", "0"]);
  try {
    const check = await fetch(`${baseUrl}/match/default`, { method: "POST", headers, body: body("Person", { name: ["Vladimir Putin"] }) });
    const top = ((await check.json()) as { responses: { q: { results: { id: string; match: boolean }[] } } }).responses.q.results[0];
    if (top?.id !== "us_ofac_sdn:35096" || !top.match) throw new Error(`unexpected first result: ${JSON.stringify(top)}`);
    const mixed = QUERIES.map(([schema, props]) => ({ body: body(schema, props) }));
    const single = [{ body: body("Person", { name: ["Vladimir Putin"] }) }];
    console.log(
      `chokepoint API load test: POST /match/default, 2024-05 SDN set (14,965 entities), ${CONNECTIONS} connections, ${SECONDS} s x ${RUNS} runs`,
    );
    console.log(`server: chokepoint serve on ${baseUrl} (separate process); client: autocannon in this process\n`);
    await load(baseUrl, mixed, 2);
    for (const [label, requests] of [
      ["mixed queries (10 names, 5 scripts)", mixed],
      ["'Vladimir Putin' only", single],
    ] as const) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await load(baseUrl, [...requests], SECONDS));
      const rps = median(runs.map((r) => r.rps));
      const p99 = median(runs.map((r) => r.p99));
      const bad = runs.reduce((n, r) => n + r.non2xx + r.errors, 0);
      console.log(`${label}`);
      console.log(`  runs: ${runs.map((r) => `${Math.round(r.rps)} req/s p99 ${r.p99} ms`).join("; ")}`);
      console.log(
        `  median: ${Math.round(rps)} req/s (target >= 500: ${rps >= 500 ? "met" : "NOT met"}), p50 ${median(runs.map((r) => r.p50))} ms, p90 ${median(runs.map((r) => r.p90))} ms, p99 ${p99} ms (target <= 50: ${p99 <= 50 ? "met" : "NOT met"}); non-2xx or errors: ${bad}\n`,
      );
    }
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
