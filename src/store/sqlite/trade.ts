/** SQLite side of the TradeStore: imports as single transactions, flow queries, customs records and rollups. */
import { ValidationError } from "../../errors.js";
import type {
  CustomsImportSource,
  CustomsQuery,
  CustomsRollupRow,
  FlowQuery,
  FlowRow,
  NewFlow,
  RowSource,
  SkipSummary,
  TradeFileInfo,
  TradeImport,
  TradeImportResult,
  TradeStore,
} from "../trade-store.js";
import type { Db } from "./db.js";
import { createCustomsWriter, decodeRecords, RAW_RECORD_COLUMNS } from "./trade-customs.js";

interface ImportRow {
  id: number;
  kind: "flows" | "customs";
  format: string;
  file_name: string;
  path: string;
  sha256: string;
  size: number;
  options: string;
  imported_at: string;
  row_count: number;
  skipped: string;
  first_record: number | null;
  last_record: number | null;
}

function toImport(r: ImportRow): TradeImport {
  return {
    id: r.id,
    kind: r.kind,
    format: r.format,
    fileName: r.file_name,
    path: r.path,
    sha256: r.sha256,
    size: r.size,
    options: JSON.parse(r.options),
    importedAt: r.imported_at,
    rowCount: r.row_count,
    skipped: JSON.parse(r.skipped) as SkipSummary,
  };
}

const FLOW_COLUMNS = `id, import_id AS importId, reporter, partner, flow, period, hs, hs_version AS hsVersion, value, currency,
  quantity, unit, source_row AS sourceRow`;

/** SQL conditions and parameters shared by the queries below. */
function where(parts: [string, unknown[]][]): { sql: string; params: unknown[] } {
  const used = parts.filter(([s]) => s);
  return { sql: used.length ? `WHERE ${used.map(([s]) => `(${s})`).join(" AND ")}` : "", params: used.flatMap(([, p]) => p) };
}

const inList = (column: string, values: readonly unknown[] | undefined): [string, unknown[]] =>
  values?.length ? [`${column} IN (${values.map(() => "?").join(", ")})`, [...values]] : ["", []];

/** Digits-only prefixes (and TOTAL) as LIKE patterns: codes hold no wildcard characters. */
function hsCondition(column: string, prefixes: readonly string[] | undefined): [string, unknown[]] {
  if (!prefixes?.length) return ["", []];
  for (const p of prefixes) if (!/^(\d+|TOTAL)$/.test(p)) throw new ValidationError(`HS prefix must be digits or TOTAL: '${p}'`);
  return [
    prefixes.map((p) => (p === "TOTAL" ? `${column} = 'TOTAL'` : `${column} LIKE ?`)).join(" OR "),
    prefixes.filter((p) => p !== "TOTAL").map((p) => `${p}%`),
  ];
}

export function createSqliteTradeStore(db: Db): TradeStore {
  const q = {
    bySha: db.prepare(`SELECT * FROM trade_imports WHERE sha256 = ?`),
    byId: db.prepare(`SELECT * FROM trade_imports WHERE id = ?`),
    all: db.prepare(`SELECT * FROM trade_imports ORDER BY id`),
    insertImport: db.prepare(
      `INSERT INTO trade_imports (kind, format, file_name, path, sha256, size, options, imported_at, row_count, skipped)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, '{"total":0,"reasons":[]}')`,
    ),
    finishImport: db.prepare(`UPDATE trade_imports SET row_count = ?, skipped = ?, first_record = ?, last_record = ? WHERE id = ?`),
    insertFlow: db.prepare(
      `INSERT INTO trade_flows (import_id, reporter, partner, flow, period, hs, hs_version, value, currency, quantity, unit, source_row)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    deleteRecords: db.prepare(`DELETE FROM customs_records WHERE id BETWEEN ? AND ?`),
    deleteImport: db.prepare(`DELETE FROM trade_imports WHERE id = ?`),
  };

  const find = (sha256: string) => q.bySha.get(sha256) as ImportRow | undefined;

  /**
   * Runs an import as one transaction across async batches. better-sqlite3's transaction() cannot
   * span awaits, so BEGIN/COMMIT are explicit. Trade imports are serialised here; other writers on
   * this connection must not write while one runs (they would join its transaction).
   */
  // Imports run one at a time: their transactions span awaits on this one connection.
  let queue: Promise<unknown> = Promise.resolve();
  function serialised<T>(run: () => Promise<T>): Promise<T> {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  }

  async function inTransaction(
    info: TradeFileInfo,
    kind: "flows" | "customs",
    body: (importId: number) => Promise<{ rows: number; first?: number; last?: number }>,
    skipped: () => SkipSummary,
  ): Promise<TradeImportResult> {
    const existing = find(info.sha256);
    if (existing) return { import: toImport(existing), created: false };
    db.exec("BEGIN IMMEDIATE");
    try {
      const id = Number(
        q.insertImport.run(
          kind,
          info.format,
          info.fileName,
          info.path,
          info.sha256,
          info.size,
          JSON.stringify(info.options),
          new Date().toISOString(),
        ).lastInsertRowid,
      );
      const done = await body(id);
      q.finishImport.run(done.rows, JSON.stringify(skipped()), done.first ?? null, done.last ?? null, id);
      db.exec("COMMIT");
      return { import: toImport(q.byId.get(id) as ImportRow), created: true };
    } catch (error) {
      if (db.inTransaction) db.exec("ROLLBACK");
      throw error;
    }
  }

  return {
    async findTradeImport(sha256) {
      const row = find(sha256);
      return row ? toImport(row) : undefined;
    },

    importFlows(info, source: RowSource<NewFlow>) {
      return serialised(() =>
        inTransaction(
          info,
          "flows",
          async (importId) => {
            let rows = 0;
            for await (const batch of source.batches) {
              for (const f of batch) {
                try {
                  q.insertFlow.run(
                    importId,
                    f.reporter,
                    f.partner,
                    f.flow,
                    f.period,
                    f.hs,
                    f.hsVersion,
                    f.value,
                    f.currency,
                    f.quantity,
                    f.unit,
                    f.sourceRow,
                  );
                } catch (error) {
                  if (error instanceof Error && /UNIQUE/.test(error.message)) {
                    throw new ValidationError(
                      `${info.fileName} row ${f.sourceRow}: a second row for ${f.reporter} → ${f.partner} ${f.flow} ${f.period} HS ${f.hs}`,
                      { cause: error },
                    );
                  }
                  throw error;
                }
                rows++;
              }
            }
            return { rows };
          },
          source.skipped,
        ),
      );
    },

    importCustoms(info, source: CustomsImportSource) {
      return serialised(() =>
        inTransaction(
          info,
          "customs",
          async (importId) => {
            const writer = createCustomsWriter(db, importId);
            for await (const batch of source.batches) writer.write(batch);
            return writer.finish(source.rollup());
          },
          source.skipped,
        ),
      );
    },

    async listTradeImports() {
      return (q.all.all() as ImportRow[]).map(toImport);
    },

    async deleteTradeImport(id) {
      const row = q.byId.get(id) as ImportRow | undefined;
      if (!row) throw new ValidationError(`no trade import with id ${id}`);
      db.transaction(() => {
        if (row.first_record !== null && row.last_record !== null) q.deleteRecords.run(row.first_record, row.last_record);
        q.deleteImport.run(id);
      }).immediate();
    },

    async queryFlows(query: FlowQuery) {
      const w = where([
        inList("reporter", query.reporters),
        inList("partner", query.partners),
        query.flow ? ["flow = ?", [query.flow]] : ["", []],
        query.periodFrom ? ["period >= ?", [query.periodFrom]] : ["", []],
        // "2023" as an upper bound must keep "2023-12": compare against the bound's last month.
        query.periodTo ? ["period <= ?", [query.periodTo.length === 4 ? `${query.periodTo}-12` : query.periodTo]] : ["", []],
        hsCondition("hs", query.hsPrefixes),
        inList("import_id", query.importIds),
      ]);
      return db
        .prepare(`SELECT ${FLOW_COLUMNS} FROM trade_flows ${w.sql} ORDER BY period, reporter, partner, hs, id`)
        .all(...w.params) as FlowRow[];
    },

    async queryCustoms(query: CustomsQuery) {
      const w = recordsWhere(query);
      const raw = db.prepare(`SELECT ${RAW_RECORD_COLUMNS} FROM customs_records c ${w.sql} ORDER BY c.date, c.id`).all(...w.params);
      return decodeRecords(db, raw as Parameters<typeof decodeRecords>[1]);
    },

    async customsRollup(query: CustomsQuery) {
      if (query.hsPrefixes?.length)
        throw new ValidationError("the customs rollup is by CHPL tier, not by HS code: query the records for codes");
      const w = rollupWhere(query);
      const reporter = query.perReporter ? "reporter" : "NULL";
      const rows = db
        .prepare(
          `SELECT month, flow, ${reporter} AS reporter, partner, tier, partial, currency, SUM(value) AS value, SUM(records) AS records
           FROM customs_rollup ${w.sql} GROUP BY month, flow, ${reporter}, partner, tier, partial, currency ORDER BY month, partner, tier`,
        )
        .all(...w.params) as (Omit<CustomsRollupRow, "partial"> & { partial: number })[];
      return rows.map((r) => ({ ...r, partial: r.partial === 1 }));
    },
  };
}

/** "2023" → 20230101 (or 20231231 as an upper bound), "2023-05" → 20230501 (20230531), "2023-05-07" → 20230507. */
function dateNumber(d: string, end: boolean): number {
  const [y = "0", m = end ? "12" : "01", day = end ? "31" : "01"] = d.split("-");
  return Number(y) * 10000 + Number(m) * 100 + Number(day);
}

function recordsWhere(query: CustomsQuery) {
  if (query.hsPrefixes)
    for (const p of query.hsPrefixes) if (!/^\d+$/.test(p)) throw new ValidationError(`HS prefix must be digits: '${p}'`);
  return where([
    query.dateFrom ? ["c.date >= ?", [dateNumber(query.dateFrom, false)]] : ["", []],
    query.dateTo ? ["c.date <= ?", [dateNumber(query.dateTo, true)]] : ["", []],
    query.hsPrefixes?.length
      ? [
          `c.hs IN (SELECT id FROM customs_strings WHERE ${query.hsPrefixes.map(() => "value LIKE ?").join(" OR ")})`,
          query.hsPrefixes.map((p) => `${p}%`),
        ]
      : ["", []],
    query.flow ? ["c.flow = (SELECT id FROM customs_strings WHERE value = ?)", [query.flow]] : ["", []],
    inList("c.import_id", query.importIds),
  ]);
}

function rollupWhere(query: CustomsQuery) {
  // Bounds may be partial ("2023", "2023-05"); an upper bound keeps everything inside it.
  const month = (d: string, end: boolean) => (end && d.length === 4 ? `${d}-12` : d.slice(0, 7));
  return where([
    query.dateFrom ? ["month >= ?", [month(query.dateFrom, false)]] : ["", []],
    query.dateTo ? ["month <= ?", [month(query.dateTo, true)]] : ["", []],
    query.flow ? ["flow = ?", [query.flow]] : ["", []],
    inList("import_id", query.importIds),
  ]);
}
