/**
 * UN Comtrade: an API v1 JSON response ({"elapsedTime", "count", "data": [...], "error"}) or a bulk
 * / download file (CSV, or tab-separated .txt as the bulk files are; .gz is read too). The format is
 * told from the first character: "{" is JSON.
 */
import type { NewFlow } from "../../store/trade-store.js";
import { createFlowDeduper, fail, indexHeader, requireWidth, type SkipReport, type Where } from "./common.js";
import { COMTRADE_FIELDS, COMTRADE_REQUIRED, mapComtradeRecord } from "./comtrade-record.js";
import { readCsvBatches } from "./csv-lines.js";
import type { FlowImporter, TradeFile, TradeImportOptions } from "./types.js";

async function readAll(file: TradeFile): Promise<string> {
  let s = "";
  for await (const chunk of file.open()) s += chunk;
  return s.replace(/^\uFEFF/, "");
}

async function* fromJson(text: string, where: Where, skips: SkipReport, options: TradeImportOptions): AsyncGenerator<NewFlow> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    fail(where, 1, undefined, `not valid JSON: ${(error as Error).message}`);
  }
  const body = doc as { data?: unknown; error?: unknown; count?: unknown };
  if (typeof body.error === "string" && body.error) fail(where, 1, "error", `the API answered with an error: ${body.error}`);
  if (!Array.isArray(body.data)) fail(where, 1, "data", 'no "data" array (expected a Comtrade API v1 response)');
  if (typeof body.count === "number" && body.count !== body.data.length) {
    fail(where, 1, "count", `count says ${body.count} records, data holds ${body.data.length}`);
  }
  const known = new Set<string>(COMTRADE_FIELDS);
  for (const [i, item] of body.data.entries()) {
    const line = i + 1; // the record's position in data[], 1-based
    if (!item || typeof item !== "object") fail(where, line, undefined, "data item is not an object");
    const rec: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(item)) {
      const lower = k.toLowerCase();
      if (!known.has(lower) && !options.allowExtraColumns)
        fail(where, line, k, `unknown field '${k}' (use --allow-extra-columns to ignore it)`);
      rec[lower] = v;
    }
    for (const r of COMTRADE_REQUIRED) if (!(r in rec)) fail(where, line, r, `missing field '${r}'`);
    const flow = mapComtradeRecord(rec, line, where, skips, options);
    if (flow) yield flow;
  }
}

async function* fromCsv(file: TradeFile, where: Where, skips: SkipReport, options: TradeImportOptions): AsyncGenerator<NewFlow> {
  let header: string[] | undefined;
  let delimiter = ",";
  // Sniff the delimiter from the header line: bulk files are tab-separated.
  for await (const chunk of file.open()) {
    const firstLine = String(chunk).split("\n", 1)[0] ?? "";
    delimiter = firstLine.includes("\t") ? "\t" : ",";
    break;
  }
  for await (const batch of readCsvBatches(file.open(), { delimiter, skipEmpty: true, where, requireFinalNewline: false })) {
    for (const { line, fields } of batch) {
      if (!header) {
        header = fields.map((f) => f.trim().toLowerCase());
        indexHeader(header, { required: COMTRADE_REQUIRED, optional: COMTRADE_FIELDS }, where, options);
        continue;
      }
      // Comtrade CSVs come from several tools, not all of which end the last line: a row cut short is caught here.
      requireWidth(fields, header, where, line);
      const rec: Record<string, unknown> = {};
      header.forEach((h, i) => {
        rec[h] = fields[i] ?? "";
      });
      const flow = mapComtradeRecord(rec, line, where, skips, options);
      if (flow) yield flow;
    }
  }
  if (!header) fail(where, 1, undefined, "empty file");
}

export const comtradeImporter: FlowImporter = {
  id: "comtrade",
  kind: "flows",
  title: "UN Comtrade API v1 JSON or bulk/download CSV (tab or comma)",
  async *read(file, options, skips) {
    const where: Where = { format: "comtrade", file: file.name };
    const dedupe = createFlowDeduper(where, skips);
    let head = "";
    for await (const chunk of file.open()) {
      head = String(chunk).trimStart();
      break;
    }
    // JSON responses are at most 100,000 records (the API's page limit), so reading one whole is bounded.
    const rows = head.startsWith("{") ? fromJson(await readAll(file), where, skips, options) : fromCsv(file, where, skips, options);
    for await (const row of rows) if (dedupe(row)) yield row;
  },
};
