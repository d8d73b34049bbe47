/**
 * Imports one trade file into the store: hash it, skip it when the same bytes were imported before,
 * parse with the format's importer and hand the rows to the store in batches (one transaction).
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { SkipSummary, TradeImportResult, TradeStore } from "../store/trade-store.js";
import { SkipReport } from "./importers/common.js";
import { inlineCustomsSource, PARALLEL_FROM_BYTES, parallelCustomsSource } from "./importers/customs-source.js";
import { openTradeFile } from "./importers/files.js";
import { getImporter } from "./importers/index.js";
import type { TradeImportOptions } from "./importers/types.js";
import { CHPL_VERSION } from "./reference/chpl.js";

const BATCH = 5000;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function* batched<T>(rows: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** The options that shape rows, as recorded with the import (undefined ones dropped). */
function recorded(options: TradeImportOptions): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

export interface TradeFileImport extends TradeImportResult {
  skipped: SkipSummary;
}

export async function importTradeFile(
  store: TradeStore,
  format: string,
  path: string,
  options: TradeImportOptions = {},
): Promise<TradeFileImport> {
  const importer = getImporter(format);
  const full = resolve(path);
  const [info, sha256] = await Promise.all([stat(full), sha256Of(full)]);
  const existing = await store.findTradeImport(sha256);
  if (existing) return { import: existing, created: false, skipped: existing.skipped };
  const file = openTradeFile(full);
  // Customs rollups are summed by CHPL tier at import: record which version of the list did it.
  const shaping = importer.kind === "customs" ? { ...recorded(options), chplVersion: CHPL_VERSION } : recorded(options);
  delete shaping.parallel; // how it was parsed does not shape the rows
  const fileInfo = { format, fileName: file.name, path: full, sha256, size: info.size, options: shaping };
  if (importer.kind === "customs") {
    const parallel = options.parallel ?? info.size >= PARALLEL_FROM_BYTES;
    const source = parallel ? parallelCustomsSource(full, options) : inlineCustomsSource(full, options);
    const result = await store.importCustoms(fileInfo, source);
    return { ...result, skipped: source.skipped() };
  }
  const skips = new SkipReport();
  const result = await store.importFlows(fileInfo, {
    batches: batched(importer.read(file, options, skips), BATCH),
    skipped: () => skips.summary(),
  });
  return { ...result, skipped: skips.summary() };
}
