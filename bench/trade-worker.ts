/**
 * One task of the trade benchmark, in its own process (so that peak memory is the task's own):
 *   generate <rows> <file>   write synthetic customs records in the documented layout, streamed
 *   parse <file>             read-only baseline: parse and validate every row, store nothing
 *   import <file> <db>       import into a new SQLite file (one transaction, with the rollup)
 *   aggregate <db> <reps>    month x partner x tier from the rollup, and the plain GROUP BY baseline
 * Prints one JSON line (see lib.ts report()).
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import Database from "better-sqlite3";
import { createSqliteStore } from "../src/store/sqlite/index.js";
import type { CustomsRollupRow } from "../src/store/trade-store.js";
import { aggregateByTier } from "../src/trade/analysis/tiers.js";
import { importTradeFile } from "../src/trade/import.js";
import { SkipReport } from "../src/trade/importers/common.js";
import { customsImporter } from "../src/trade/importers/customs.js";
import { openTradeFile } from "../src/trade/importers/files.js";
import { CHPL } from "../src/trade/reference/chpl.js";
import { rng } from "./lib/queries.js";
import { median, report } from "./lib.js";

const [task, ...args] = process.argv.slice(2);

const HEADER =
  "declaration_id,date,flow,reporter,declarant,consignor,consignee,consignor_country,consignee_country,origin_country,dispatch_country,destination_country,hs_code,hs_version,description,value,currency,quantity,unit";
const REPORTERS = ["DE", "FR", "IT", "PL", "NL", "BE", "ES", "CZ", "AT", "FI"];
const PARTNERS = ["RU", "BY", "KZ", "KG", "AM", "GE", "UZ", "TR", "AE", "CN", "HK", "IN", "RS", "US", "GB", "CH", "NO", "JP", "KR", "TW"];
const OTHER_CODES = [
  "94036010",
  "84314990",
  "61091000",
  "87032390",
  "30049000",
  "39269097",
  "73181595",
  "84713000",
  "90183900",
  "22042109",
];
const WORDS = ["parts", "machines", "apparatus", "components", "instruments", "devices", "modules", "units"];

async function generate(rows: number, path: string): Promise<void> {
  const r = rng(20240223);
  // Every CHPL code as an 8-digit line, plus common non-CHPL goods; HS2017 predecessors before 2022.
  const chpl = CHPL.map((e) => `${e.hs6}90`);
  const old: Record<string, string> = { "85480090": "85489090", "88073090": "88033090", "85258990": "85258090", "85414990": "85414090" };
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  out.write(`${HEADER}\n`);
  let buf = "";
  for (let i = 0; i < rows; i++) {
    const month = Math.floor(r() * 60); // 2020-01 … 2024-12
    const year = 2020 + Math.floor(month / 12);
    const date = `${year}-${String((month % 12) + 1).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;
    const isChpl = r() < 0.4;
    let hs = isChpl ? (chpl[Math.floor(r() * chpl.length)] as string) : (OTHER_CODES[Math.floor(r() * OTHER_CODES.length)] as string);
    if (year < 2022 && old[hs]) hs = old[hs] as string;
    const exp = r() < 0.7;
    const reporter = REPORTERS[Math.floor(r() * REPORTERS.length)] as string;
    const partner = PARTNERS[Math.floor(r() * PARTNERS.length)] as string;
    const consigneeCountry = r() < 0.1 ? "KG" : partner;
    const value = Math.round(Math.exp(6 + r() * 6));
    const qty = 1 + Math.floor(r() * 500);
    buf += `D${i},${date},${exp ? "export" : "import"},${reporter},Broker ${Math.floor(r() * 200)},Supplier ${Math.floor(r() * 5000)} GmbH,Buyer ${Math.floor(r() * 20000)} LLC,${exp ? reporter : partner},${consigneeCountry},${exp ? reporter : partner},${exp ? reporter : partner},${exp ? partner : reporter},${hs},,${WORDS[i % WORDS.length]},${value},EUR,${qty},pcs\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.end(buf);
  await once(out, "finish");
}

async function parseOnly(path: string): Promise<number> {
  let n = 0;
  for await (const batch of customsImporter.read(openTradeFile(path), { currency: "EUR" }, new SkipReport())) n += batch.count;
  return n;
}

/**
 * The baseline: the same month x partner x tier sums straight from the records with a plain GROUP BY
 * (ids turned back into strings afterwards), without the rollup kept at import.
 */
function groupByRecords(dbPath: string): CustomsRollupRow[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const strings = new Map(
      (db.prepare(`SELECT id, value FROM customs_strings`).raw().all() as [number, string][]).map(([id, v]) => [id, v]),
    );
    const rows = db
      .prepare(
        `SELECT date / 100 AS ym, flow, reporter,
           CASE flow WHEN (SELECT id FROM customs_strings WHERE value = 'export') THEN destination_country
             ELSE coalesce(origin_country, dispatch_country) END AS partner,
           chpl_tier AS tier, chpl_partial AS partial, currency, SUM(value) AS value, COUNT(*) AS records
         FROM customs_records GROUP BY 1, 2, 3, 4, 5, 6, 7`,
      )
      .all() as {
      ym: number;
      flow: number;
      reporter: number | null;
      partner: number | null;
      tier: number;
      partial: number;
      currency: number;
      value: number;
      records: number;
    }[];
    const text = (id: number | null) => (id === null ? null : (strings.get(id) ?? null));
    return rows.map((r) => ({
      month: `${Math.floor(r.ym / 100)}-${String(r.ym % 100).padStart(2, "0")}`,
      flow: text(r.flow) as CustomsRollupRow["flow"],
      reporter: text(r.reporter),
      partner: text(r.partner),
      tier: text(r.tier) as string,
      partial: r.partial === 1,
      currency: text(r.currency) as string,
      value: r.value,
      records: r.records,
    }));
  } finally {
    db.close();
  }
}

const started = performance.now();
if (task === "generate") {
  await generate(Number(args[0]), args[1] as string);
  report({ ms: performance.now() - started });
} else if (task === "parse") {
  const rows = await parseOnly(args[0] as string);
  report({ ms: performance.now() - started, rows });
} else if (task === "import") {
  const store = createSqliteStore(args[1] as string);
  const r = await importTradeFile(store, "customs", args[0] as string);
  // Closing checkpoints the WAL into the database file: part of what an import costs.
  await store.close();
  const ms = performance.now() - started;
  report({ ms, rows: r.import.rowCount, skipped: r.skipped.total });
} else if (task === "aggregate") {
  const reps = Number(args[1] ?? 5);
  const store = createSqliteStore(args[0] as string);
  const rollupMs: number[] = [];
  let cells = 0;
  let total = 0;
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    const tiers = aggregateByTier(await store.customsRollup({}));
    rollupMs.push(performance.now() - t);
    cells = tiers.length;
    total = tiers.reduce((s, x) => s + x.value, 0);
  }
  await store.close();
  const baselineMs: number[] = [];
  let baselineTotal = 0;
  for (let i = 0; i < Math.min(reps, 2); i++) {
    const t = performance.now();
    const tiers = aggregateByTier(groupByRecords(args[0] as string));
    baselineMs.push(performance.now() - t);
    baselineTotal = tiers.reduce((s, x) => s + x.value, 0);
  }
  report({ ms: median(rollupMs), baselineMs: median(baselineMs), cells, total, baselineTotal });
} else {
  throw new Error(`unknown task ${task}`);
}
