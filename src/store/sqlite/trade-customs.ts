/**
 * Customs records in SQLite: bulk writes inside an open import transaction (64 records per INSERT,
 * string codes turned into customs_strings ids) and reads that turn ids back into strings.
 */
import { CUSTOMS_CODED, CUSTOMS_TUPLE, type CustomsBatch, type CustomsRecord, type CustomsRollupRow } from "../trade-store.js";
import type { Db } from "./db.js";

/** customs_records columns in CUSTOMS_TUPLE order (import_id comes first, as a literal). */
const COLUMNS = [
  "source_row",
  "declaration_id",
  "date",
  "flow",
  "reporter",
  "declarant",
  "consignor",
  "consignee",
  "consignor_country",
  "consignee_country",
  "origin_country",
  "dispatch_country",
  "destination_country",
  "hs",
  "hs_version",
  "description",
  "value",
  "currency",
  "quantity",
  "unit",
  "chpl_tier",
  "chpl_partial",
];
const WIDTH = CUSTOMS_TUPLE.length;
const CODED = CUSTOMS_CODED.map((f) => CUSTOMS_TUPLE.indexOf(f));
const PER_INSERT = 64;

if (COLUMNS.length !== WIDTH) throw new Error("customs_records columns and CUSTOMS_TUPLE differ");

export function createCustomsWriter(db: Db, importId: number) {
  // The import id is an integer this store generated, so it can stand in the SQL as a literal.
  const rowSql = `(${Number(importId)}, ${COLUMNS.map(() => "?").join(", ")})`;
  const insertSql = (n: number) =>
    `INSERT INTO customs_records (import_id, ${COLUMNS.join(", ")}) VALUES ${Array.from({ length: n }, () => rowSql).join(", ")}`;
  const q = {
    insertMany: db.prepare(insertSql(PER_INSERT)),
    insertOne: db.prepare(insertSql(1)),
    lastId: db.prepare(`SELECT last_insert_rowid()`).pluck(),
    addString: db.prepare(`INSERT INTO customs_strings (value) VALUES (?) ON CONFLICT (value) DO NOTHING`),
    stringId: db.prepare(`SELECT id FROM customs_strings WHERE value = ?`).pluck(),
    insertRollup: db.prepare(
      `INSERT INTO customs_rollup (import_id, month, flow, reporter, partner, tier, partial, currency, value, records)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  /** The import's string codes → customs_strings ids. */
  const ids: number[] = [];
  let rows = 0;
  let first: number | undefined;
  let last: number | undefined;

  return {
    write(batch: CustomsBatch): void {
      const { values, count, fresh } = batch;
      if (values.length !== count * WIDTH) throw new Error(`customs batch of ${count} records holds ${values.length} values`);
      for (const s of fresh) {
        q.addString.run(s);
        ids.push(q.stringId.get(s) as number);
      }
      for (let row = 0; row < values.length; row += WIDTH) {
        for (const c of CODED) {
          const code = values[row + c];
          if (code === null) continue;
          const id = ids[code as number];
          if (id === undefined) throw new Error(`customs batch: string code ${String(code)} was never sent`);
          values[row + c] = id;
        }
      }
      let at = 0;
      for (; at + PER_INSERT * WIDTH <= values.length; at += PER_INSERT * WIDTH)
        q.insertMany.run(values.slice(at, at + PER_INSERT * WIDTH));
      for (; at < values.length; at += WIDTH) q.insertOne.run(values.slice(at, at + WIDTH));
      if (!count) return;
      rows += count;
      // Ids of one import are consecutive (one transaction, one writer): the last one is enough.
      last = Number(q.lastId.get());
      first ??= last - count + 1;
    },
    finish(rollup: readonly CustomsRollupRow[]): { rows: number; first?: number; last?: number } {
      for (const b of rollup) {
        q.insertRollup.run(importId, b.month, b.flow, b.reporter, b.partner, b.tier, b.partial ? 1 : 0, b.currency, b.value, b.records);
      }
      return { rows, first, last };
    },
  };
}

type RawRecord = Omit<CustomsRecord, "date" | "chplPartial"> & { date: number; chplPartial: number };

const RECORD_FIELDS = ["id", "importId", ...CUSTOMS_TUPLE] as const;

/** SELECT list for raw records (ids and numbers), in RECORD_FIELDS order. */
export const RAW_RECORD_COLUMNS = ["id", "import_id", ...COLUMNS].map((c, i) => `c.${c} AS ${RECORD_FIELDS[i]}`).join(", ");

/** Raw rows → records: ids to strings (fetched once each), YYYYMMDD to YYYY-MM-DD. */
export function decodeRecords(db: Db, raw: RawRecord[]): CustomsRecord[] {
  const wanted = new Set<number>();
  for (const r of raw) for (const f of CUSTOMS_CODED) if (r[f] !== null) wanted.add(r[f] as unknown as number);
  const strings = new Map<number, string>();
  const list = [...wanted];
  for (let i = 0; i < list.length; i += 500) {
    const part = list.slice(i, i + 500);
    const rows = db.prepare(`SELECT id, value FROM customs_strings WHERE id IN (${part.map(() => "?").join(", ")})`).all(...part) as {
      id: number;
      value: string;
    }[];
    for (const r of rows) strings.set(r.id, r.value);
  }
  return raw.map((r) => {
    const out = { ...r } as unknown as Record<string, unknown>;
    for (const f of CUSTOMS_CODED) if (r[f] !== null) out[f] = strings.get(r[f] as unknown as number);
    const d = String(r.date);
    out.date = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
    out.chplPartial = r.chplPartial === 1;
    return out as unknown as CustomsRecord;
  });
}
