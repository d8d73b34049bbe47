/**
 * The CLI's batch screening end to end, for the speed bench: builds dist/, imports the 2024-05 SDN set
 * into a fresh database with the real `import` command, writes a CSV of 10,000 perturbed list names and
 * 146 clean names, and runs `screen --input … --output report.xlsx` in a probe process that reports
 * its time and peak memory (worker threads included).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import type { StoredEntity } from "../../src/model/index.js";
import { sharedData } from "../../test/data.js";
import { cleanQueries, perturbedQueries } from "./queries.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function run(args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

export function cliBatch(entities: StoredEntity[], rows = 10_000): { rows: number; seconds: number; maxRssMb: number } {
  run([join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"]);
  const dir = mkdtempSync(join(tmpdir(), "chokepoint-bench-"));
  try {
    const env = { CHOKEPOINT_DB: join(dir, "bench.db") };
    run(["bin/chokepoint.js", "import", "us_ofac_sdn", sharedData("ofac_sdn_2024-05-composite")], env);
    const names = [...perturbedQueries(entities, rows, 77), ...cleanQueries()].map((q) => [q.name]);
    writeFileSync(join(dir, "names.csv"), Papa.unparse({ fields: ["name"], data: names }));
    const out = run(
      [
        "bench/lib/cli-memory-probe.mjs",
        "screen",
        "--input",
        join(dir, "names.csv"),
        "--column",
        "name",
        "--output",
        join(dir, "report.xlsx"),
      ],
      env,
    );
    const probe = JSON.parse(out.trim().split("\n").pop() as string) as { exitCode: number; seconds: number; maxRssMb: number };
    if (probe.exitCode !== 0) throw new Error(`screen exited with ${probe.exitCode}`);
    return { rows: names.length, seconds: probe.seconds, maxRssMb: probe.maxRssMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
