/**
 * Trade data in the store: aggregate flows from statistics (Eurostat, IMF, Comtrade, national
 * offices) and transaction-level customs records, each import one file with its provenance.
 * The store fetches rows and rollups; every analysis is a pure function in src/trade.
 */

export type FlowDirection = "export" | "import";

/** One statistic: what `reporter` declared it exported to / imported from `partner` in a period. */
export interface NewFlow {
  /** ISO alpha-2, or an aggregate code (EU27, EU, EA20, EA, EAEU, WORLD). */
  reporter: string;
  partner: string;
  flow: FlowDirection;
  /** "YYYY" (a year) or "YYYY-MM" (a month). */
  period: string;
  /** HS code at any level (digits only) or "TOTAL". */
  hs: string;
  /** "HS2017", "HS2022"…, when the source says. */
  hsVersion: string | null;
  /** In `currency` units (not thousands or millions: importers scale). */
  value: number;
  currency: string;
  quantity: number | null;
  unit: string | null;
  /** Row (record) in the source file, for provenance. */
  sourceRow: number;
}

export interface FlowRow extends NewFlow {
  id: number;
  importId: number;
}

/** One customs declaration line. Countries are ISO alpha-2; parties are names as declared. */
export interface NewCustomsRecord {
  sourceRow: number;
  declarationId: string | null;
  /** YYYY-MM-DD. */
  date: string;
  flow: FlowDirection;
  /** Country whose customs recorded it. */
  reporter: string | null;
  declarant: string | null;
  consignor: string | null;
  consignee: string | null;
  consignorCountry: string | null;
  consigneeCountry: string | null;
  originCountry: string | null;
  dispatchCountry: string | null;
  destinationCountry: string | null;
  hs: string;
  hsVersion: string;
  description: string | null;
  value: number;
  currency: string;
  quantity: number | null;
  unit: string | null;
  /**
   * CHPL tier of the code read in HS 2022 ("1" … "4.B"), "none" outside the list. Set by the
   * importer from the shipped CHPL table.
   */
  chplTier: string;
  /** True when the code only partly became a CHPL code (HS2017 854140 → 854149). */
  chplPartial: boolean;
}

/** The order of a record's values in a bulk batch (see CustomsBatch). */
export const CUSTOMS_TUPLE = [
  "sourceRow",
  "declarationId",
  "date",
  "flow",
  "reporter",
  "declarant",
  "consignor",
  "consignee",
  "consignorCountry",
  "consigneeCountry",
  "originCountry",
  "dispatchCountry",
  "destinationCountry",
  "hs",
  "hsVersion",
  "description",
  "value",
  "currency",
  "quantity",
  "unit",
  "chplTier",
  "chplPartial",
] as const satisfies readonly (keyof NewCustomsRecord)[];

/** Fields that travel as codes into the import's string dictionary (every string field but the declaration number). */
export const CUSTOMS_CODED = [
  "flow",
  "reporter",
  "declarant",
  "consignor",
  "consignee",
  "consignorCountry",
  "consigneeCountry",
  "originCountry",
  "dispatchCountry",
  "destinationCountry",
  "hs",
  "hsVersion",
  "description",
  "currency",
  "unit",
  "chplTier",
] as const satisfies readonly (typeof CUSTOMS_TUPLE)[number][];

/**
 * Customs records in bulk: flat values, CUSTOMS_TUPLE.length per record in that order. At 10M rows
 * a string per field is what costs (making, copying between threads, converting for SQLite), so the
 * CUSTOMS_CODED fields are numbers into the import's string dictionary, which grows by each batch's
 * `fresh` strings (codes count from 0 in order of first sight over the whole import); `date` is the
 * number YYYYMMDD; `chplPartial` 0 or 1; null stays null. The store may rewrite `values` in place.
 */
export interface CustomsBatch {
  count: number;
  values: unknown[];
  fresh: string[];
}

/** A customs import: record batches, then (once they are drained) the rollup and the skip report. */
export interface CustomsImportSource {
  batches: AsyncIterable<CustomsBatch>;
  rollup(): CustomsRollupRow[];
  skipped(): SkipSummary;
}

export interface CustomsRecord extends NewCustomsRecord {
  id: number;
  importId: number;
}

/** Rows an importer did not take, by reason, with a few examples (row numbers are 1-based records, header = 1). */
export interface SkipSummary {
  total: number;
  reasons: { reason: string; count: number; examples: { row: number; field?: string; value?: string }[] }[];
}

export interface TradeFileInfo {
  /** Importer id: eurostat, imf, armstat, comtrade, customs. */
  format: string;
  fileName: string;
  path: string;
  sha256: string;
  size: number;
  /** Importer options that shaped the rows (e.g. {"basis": "origin"}). */
  options: Record<string, unknown>;
}

export interface TradeImport extends TradeFileInfo {
  id: number;
  kind: "flows" | "customs";
  importedAt: string;
  rowCount: number;
  skipped: SkipSummary;
}

export interface TradeImportResult {
  import: TradeImport;
  /** False when a file with the same sha256 was imported before: nothing was written. */
  created: boolean;
}

/** What an importer hands the store: rows in batches, and the skip report once they are drained. */
export interface RowSource<T> {
  batches: AsyncIterable<T[]>;
  skipped(): SkipSummary;
}

export interface FlowQuery {
  reporters?: string[];
  partners?: string[];
  flow?: FlowDirection;
  /** Inclusive bounds compared as text: "2019" ≤ "2019-05" ≤ "2019-12" < "2020". */
  periodFrom?: string;
  periodTo?: string;
  /** Codes whose rows are wanted: a row matches when its code starts with one of them ("TOTAL" matches TOTAL rows). */
  hsPrefixes?: string[];
  importIds?: number[];
}

export interface CustomsQuery {
  dateFrom?: string;
  dateTo?: string;
  /** Records only (the rollup has no codes). */
  hsPrefixes?: string[];
  /** Rollup only: keep reporters apart (default: summed over reporters, reporter null). */
  perReporter?: boolean;
  flow?: FlowDirection;
  importIds?: number[];
}

/**
 * Customs value summed by month, flow, reporter, partner, CHPL tier and currency while importing: the
 * grain of "month x partner x tier" reports, so they read thousands of rows instead of millions.
 * Code-level questions go to the records.
 */
export interface CustomsRollupRow {
  month: string;
  flow: FlowDirection;
  reporter: string | null;
  /** Destination for exports; origin (else dispatch) for imports. */
  partner: string | null;
  tier: string;
  partial: boolean;
  currency: string;
  value: number;
  records: number;
}

export interface TradeStore {
  findTradeImport(sha256: string): Promise<TradeImport | undefined>;
  /** One transaction: a failure anywhere (a bad row, a full disk) leaves nothing behind. */
  importFlows(info: TradeFileInfo, rows: RowSource<NewFlow>): Promise<TradeImportResult>;
  importCustoms(info: TradeFileInfo, source: CustomsImportSource): Promise<TradeImportResult>;
  listTradeImports(): Promise<TradeImport[]>;
  deleteTradeImport(id: number): Promise<void>;
  queryFlows(query: FlowQuery): Promise<FlowRow[]>;
  queryCustoms(query: CustomsQuery): Promise<CustomsRecord[]>;
  customsRollup(query: CustomsQuery): Promise<CustomsRollupRow[]>;
}
