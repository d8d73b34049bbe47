import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  CUSTOMS_CODED,
  CUSTOMS_TUPLE,
  type CustomsBatch,
  type CustomsImportSource,
  type NewCustomsRecord,
  type NewFlow,
  type RowSource,
  type TradeFileInfo,
} from "../trade-store.js";
import { createSqliteStore } from "./index.js";

const info = (sha256: string, format = "test"): TradeFileInfo => ({
  format,
  fileName: `${sha256}.csv`,
  path: `/tmp/${sha256}.csv`,
  sha256,
  size: 1,
  options: {},
});
const noSkips = () => ({ total: 0, reasons: [] });

function flow(over: Partial<NewFlow>): NewFlow {
  return {
    reporter: "DE",
    partner: "KG",
    flow: "export",
    period: "2023-01",
    hs: "TOTAL",
    hsVersion: null,
    value: 1,
    currency: "EUR",
    quantity: null,
    unit: null,
    sourceRow: 2,
    ...over,
  };
}

function record(over: Partial<NewCustomsRecord>): NewCustomsRecord {
  return {
    sourceRow: 2,
    declarationId: null,
    date: "2023-01-05",
    flow: "export",
    reporter: "DE",
    declarant: null,
    consignor: "Nordtech GmbH",
    consignee: "OOO Vektor",
    consignorCountry: "DE",
    consigneeCountry: "KG",
    originCountry: "DE",
    dispatchCountry: "DE",
    destinationCountry: "RU",
    hs: "85423190",
    hsVersion: "HS2022",
    description: null,
    value: 100,
    currency: "EUR",
    quantity: 1,
    unit: "pcs",
    chplTier: "1",
    chplPartial: false,
    ...over,
  };
}

async function* batches<T>(...list: (T[] | Error)[]): AsyncGenerator<T[]> {
  for (const b of list) {
    if (b instanceof Error) throw b;
    yield b;
  }
}

const source = <T>(...list: (T[] | Error)[]): RowSource<T> => ({ batches: batches(...list), skipped: noSkips });

/** Records as the coded batches the store takes (see CustomsBatch), and a rollup as an importer would sum it. */
function customs(...list: (NewCustomsRecord[] | Error)[]): CustomsImportSource {
  const codes = new Map<string, number>();
  const coded = new Set<string>(CUSTOMS_CODED);
  async function* gen(): AsyncGenerator<CustomsBatch> {
    for (const b of list) {
      if (b instanceof Error) throw b;
      const fresh: string[] = [];
      const code = (s: string) => {
        let c = codes.get(s);
        if (c === undefined) {
          c = codes.size;
          codes.set(s, c);
          fresh.push(s);
        }
        return c;
      };
      const values = b.flatMap((r) =>
        CUSTOMS_TUPLE.map((k) => {
          const v = r[k];
          if (k === "chplPartial") return v ? 1 : 0;
          if (k === "date") return Number(String(v).replace(/-/g, ""));
          return coded.has(k) && typeof v === "string" ? code(v) : v;
        }),
      );
      yield { count: b.length, values, fresh };
    }
  }
  const all = list.filter((b): b is NewCustomsRecord[] => !(b instanceof Error)).flat();
  const rollup = new Map<string, { month: string; value: number; records: number }>();
  for (const r of all) {
    const e = rollup.get(r.date.slice(0, 7)) ?? { month: r.date.slice(0, 7), value: 0, records: 0 };
    e.value += r.value;
    e.records++;
    rollup.set(e.month, e);
  }
  return {
    batches: gen(),
    rollup: () =>
      [...rollup.values()].map((e) => ({
        ...e,
        flow: "export",
        reporter: "DE",
        partner: "RU",
        tier: "1",
        partial: false,
        currency: "EUR",
      })),
    skipped: noSkips,
  };
}

describe("SQLite trade store", () => {
  it("imports flows once per sha256 and filters them by route, period and code", async () => {
    const store = createSqliteStore(":memory:");
    const rows = [
      flow({ period: "2023-12", value: 5 }),
      flow({ period: "2024-01", value: 6 }),
      flow({ period: "2023", value: 50 }),
      flow({ hs: "854231", period: "2023-12", value: 7, sourceRow: 3 }),
      flow({ partner: "RU", value: 8 }),
    ];
    const first = await store.importFlows(info("a"), source(rows.slice(0, 3), rows.slice(3)));
    assert.equal(first.created, true);
    assert.equal(first.import.rowCount, 5);
    const again = await store.importFlows(info("a"), source([flow({ value: 99 })]));
    assert.equal(again.created, false);
    assert.equal((await store.queryFlows({})).length, 5);
    const to2023 = await store.queryFlows({ partners: ["KG"], periodFrom: "2023", periodTo: "2023" });
    assert.deepEqual(
      to2023.map((r) => [r.period, r.hs]),
      [
        ["2023", "TOTAL"],
        ["2023-12", "854231"],
        ["2023-12", "TOTAL"],
      ],
    );
    assert.deepEqual(
      (await store.queryFlows({ hsPrefixes: ["8542"] })).map((r) => r.value),
      [7],
    );
    assert.deepEqual(
      (await store.queryFlows({ hsPrefixes: ["TOTAL"], partners: ["RU"] })).map((r) => r.value),
      [8],
    );
    await assert.rejects(store.queryFlows({ hsPrefixes: ["85%"] }), /HS prefix must be digits or TOTAL/);
  });

  it("rolls back everything when a batch fails, for flows and for customs", async () => {
    const store = createSqliteStore(":memory:");
    await assert.rejects(store.importFlows(info("f"), source([flow({})], new Error("disk full"))), /disk full/);
    await assert.rejects(store.importCustoms(info("c"), customs([record({})], new Error("bad row"))), /bad row/);
    await assert.rejects(
      store.importFlows(info("d"), source([flow({}), flow({ sourceRow: 9 })])),
      /d\.csv row 9: a second row for DE → KG export 2023-01 HS TOTAL/,
    );
    assert.deepEqual(await store.listTradeImports(), []);
    assert.deepEqual(await store.queryFlows({}), []);
    assert.deepEqual(await store.queryCustoms({}), []);
    assert.deepEqual(await store.customsRollup({}), []);
  });

  it("serialises concurrent imports and removes an import with all its rows", async () => {
    const store = createSqliteStore(":memory:");
    const [a, b] = await Promise.all([
      store.importCustoms(info("c1", "customs"), customs([record({}), record({ consignee: "ooo  vektor", value: 50 })])),
      store.importCustoms(info("c2", "customs"), customs([record({ date: "2023-02-01", consignee: "«OOO Vektor»" })])),
    ]);
    assert.equal(a.import.rowCount, 2);
    assert.equal(b.import.rowCount, 1);
    const records = await store.queryCustoms({});
    assert.deepEqual([records[0]?.chplTier, records[0]?.chplPartial], ["1", false]);
    assert.deepEqual(
      records.map((r) => r.consignee),
      ["OOO Vektor", "ooo  vektor", "«OOO Vektor»"],
      "names as declared",
    );
    assert.deepEqual(
      (await store.customsRollup({ perReporter: true })).map((r) => [
        r.month,
        r.reporter,
        r.partner,
        r.tier,
        r.partial,
        r.value,
        r.records,
      ]),
      [
        ["2023-01", "DE", "RU", "1", false, 150, 2],
        ["2023-02", "DE", "RU", "1", false, 100, 1],
      ],
    );
    assert.equal((await store.customsRollup({}))[0]?.reporter, null, "summed over reporters by default");
    await store.deleteTradeImport(a.import.id);
    assert.equal((await store.queryCustoms({})).length, 1);
    assert.equal((await store.customsRollup({})).length, 1);
    assert.deepEqual(
      (await store.listTradeImports()).map((i) => i.id),
      [b.import.id],
    );
    await assert.rejects(store.deleteTradeImport(999), /no trade import with id 999/);
    await assert.rejects(store.customsRollup({ hsPrefixes: ["8542"] }), /by CHPL tier, not by HS code/);
  });

  it("refuses a batch whose size does not match its count", async () => {
    const store = createSqliteStore(":memory:");
    const bad: CustomsImportSource = {
      batches: (async function* () {
        yield { count: 2, values: [1, 2, 3], fresh: [] };
      })(),
      rollup: () => [],
      skipped: noSkips,
    };
    await assert.rejects(store.importCustoms(info("x"), bad), /batch of 2 records holds 3 values/);
    assert.deepEqual(await store.listTradeImports(), []);
  });
});
