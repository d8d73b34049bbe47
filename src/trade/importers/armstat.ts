/**
 * Armstat (Statistical Committee of Armenia) trade by country: columns country, export,
 * import_consigment (by country of consignment), import_origin (by country of origin), timeperiod
 * (1–12 or "Year"), year. Values are thousands of US dollars; "-" is Armstat's sign for nil.
 * Imports are taken by origin unless `basis: "consignment"` is asked for (never both: they are two
 * views of the same imports).
 * A "Year" row of a year the file has only some months of is a year-to-date figure (the 2023 rows
 * equal January's), so it is skipped: the months themselves are kept.
 */
import type { FlowDirection, NewFlow } from "../../store/trade-store.js";
import { areaOf, createFlowDeduper, fail, indexHeader, requireNumber, requireWidth, type Where } from "./common.js";
import { readCsvBatches } from "./csv-lines.js";
import type { FlowImporter } from "./types.js";

const REQUIRED = ["country", "export", "import_consigment", "import_origin", "timeperiod", "year"] as const;
const THOUSAND = 1000;

/** First pass: the months each year has in the file. */
async function monthsByYear(file: Parameters<FlowImporter["read"]>[0]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>();
  let header: string[] | undefined;
  for await (const batch of readCsvBatches(file.open(), { skipEmpty: true })) {
    for (const { fields } of batch) {
      if (!header) {
        header = fields.map((f) => f.trim());
        continue;
      }
      const year = (fields[header.indexOf("year")] ?? "").trim();
      const tp = (fields[header.indexOf("timeperiod")] ?? "").trim();
      if (!/^\d{1,2}$/.test(tp)) continue;
      let set = out.get(year);
      if (!set) {
        set = new Set();
        out.set(year, set);
      }
      set.add(tp);
    }
  }
  return out;
}

export const armstatImporter: FlowImporter = {
  id: "armstat",
  kind: "flows",
  title: "Armstat trade by country (monthly and annual, thousand USD)",
  async *read(file, options, skips) {
    const where: Where = { format: "armstat", file: file.name };
    const dedupe = createFlowDeduper(where, skips);
    const importColumn = options.basis === "consignment" ? "import_consigment" : "import_origin";
    const months = await monthsByYear(file);
    let col: Map<string, number> | undefined;
    let header: string[] = [];
    for await (const batch of readCsvBatches(file.open(), { skipEmpty: true, where })) {
      for (const { line, fields } of batch) {
        if (!col) {
          col = indexHeader(fields, { required: REQUIRED }, where, options);
          header = fields;
          continue;
        }
        requireWidth(fields, header, where, line);
        const get = (c: string) => (fields[col?.get(c) ?? -1] ?? "").trim();
        const year = get("year");
        if (!/^\d{4}$/.test(year)) fail(where, line, "year", `not a year ('${year}')`);
        const tp = get("timeperiod");
        let period: string;
        if (/^year$/i.test(tp)) {
          const have = months.get(year)?.size ?? 0;
          if (have > 0 && have < 12) {
            skips.skip(`annual row of a year with ${have} month(s) only (year-to-date; months kept)`, line, "timeperiod", `${year} Year`);
            continue;
          }
          period = year;
        } else if (/^(0?[1-9]|1[0-2])$/.test(tp)) period = `${year}-${tp.padStart(2, "0")}`;
        else fail(where, line, "timeperiod", `not a month 1-12 or "Year" ('${tp}')`);
        if (!get("country")) {
          skips.skip("row without a country", line, "country", "");
          continue;
        }
        const partner = areaOf(get("country"), where, line, "country", skips, options);
        if (!partner) continue;
        const flows: [FlowDirection, string][] = [
          ["export", "export"],
          ["import", importColumn],
        ];
        for (const [flow, column] of flows) {
          const text = get(column);
          if (text === "") continue;
          const value = text === "-" ? 0 : requireNumber(text, where, line, column, options) * THOUSAND;
          const row: NewFlow = {
            reporter: "AM",
            partner: partner.code,
            flow,
            period,
            hs: "TOTAL",
            hsVersion: null,
            value,
            currency: "USD",
            quantity: null,
            unit: null,
            sourceRow: line,
          };
          if (dedupe(row)) yield row;
        }
      }
    }
    if (!col) fail(where, 1, undefined, "empty file");
  },
};
