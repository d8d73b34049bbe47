/** The shape of a trade importer; the registry in index.ts holds one per format. */
import type { Readable } from "node:stream";
import type { CustomsBatch, FlowDirection, NewFlow } from "../../store/trade-store.js";
import type { ImportOptions, SkipReport } from "./common.js";

export interface TradeFile {
  name: string;
  path: string;
  /** The file as UTF-8 text chunks. */
  open(): Readable;
  /** The file as byte chunks (Buffers). */
  openBytes(): Readable;
}

export interface TradeImportOptions extends ImportOptions {
  /** armstat: partner of imports by country of "origin" (default) or of "consignment". */
  basis?: "origin" | "consignment";
  /** customs: layout field → column name in the file, for files that name columns their own way. */
  columns?: Record<string, string>;
  /** customs: flow, reporting country and currency for files that have no such column. */
  flow?: FlowDirection;
  reporter?: string;
  currency?: string;
  /** customs: the column delimiter (default: guessed from the header among , ; tab |). */
  delimiter?: string;
  /** customs: parse in a worker thread beside the database writes (default: for files over 32 MB). */
  parallel?: boolean;
}

export interface FlowImporter {
  id: string;
  kind: "flows";
  title: string;
  read(file: TradeFile, options: TradeImportOptions, skips: SkipReport): AsyncIterable<NewFlow>;
}

export interface CustomsImporter {
  id: string;
  kind: "customs";
  title: string;
  /** Flat batches, not record objects: a 10M-row file would spend seconds on per-record work. */
  read(file: TradeFile, options: TradeImportOptions, skips: SkipReport): AsyncIterable<CustomsBatch>;
}

export type TradeImporter = FlowImporter | CustomsImporter;
