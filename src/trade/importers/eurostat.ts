/**
 * Eurostat Comext "relational view" CSV exports (REPORTER, PARTNER, PRODUCT, FLOW, STAT_PROCEDURE,
 * PERIOD, VALUE_IN_EUR), and national files re-cast into the same columns. Labels come as
 * Comext writes them: "Germany (incl. German Democratic Republic 'DD' from 1991)", "2-EXPORT",
 * "TOTAL-Total", "Aug. 2024", "201952-Jan.-Dec. 2019", "Y2019"; ":" means not available.
 */
import { HS_TOTAL, hsVersionForDate, normalizeHs } from "../../model/hs.js";
import { monthNumber } from "../../model/months.js";
import type { FlowDirection, NewFlow } from "../../store/trade-store.js";
import { areaOf, createFlowDeduper, fail, indexHeader, requireNumber, requireWidth, type Where } from "./common.js";
import { readCsvBatches } from "./csv-lines.js";
import type { FlowImporter } from "./types.js";

const REQUIRED = ["REPORTER", "PARTNER", "PRODUCT", "FLOW", "PERIOD", "VALUE_IN_EUR"] as const;
// source_file is the column our shared extracts add when concatenating monthly downloads.
const OPTIONAL = ["STAT_PROCEDURE", "QUANTITY_IN_100KG", "SUPPLEMENTARY_QUANTITY", "source_file"] as const;

/** A Comext period label → "YYYY" or "YYYY-MM"; undefined for partial years ("Jan.-Jun. 2024") and unknown labels. */
export function parseComextPeriod(label: string): string | undefined {
  const s = label.trim();
  let m = /^(?:(\d{4})52-)?Jan\.?-Dec\.? (\d{4})$/i.exec(s);
  if (m && (!m[1] || m[1] === m[2])) return m[2];
  m = /^Y?(\d{4})$/.exec(s) ?? /^(\d{4})52$/.exec(s);
  if (m) return m[1];
  m = /^([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(s);
  const month = m?.[1] ? monthNumber(m[1]) : undefined;
  if (m && month) return `${m[2]}-${month}`;
  m = /^(\d{4})(?:-|M)?(0[1-9]|1[0-2])$/.exec(s);
  if (m) return `${m[1]}-${m[2]}`;
  return undefined;
}

/** "2-EXPORT", "EXPORT", "EXPORTATION" (French extract) → export. */
export function parseComextFlow(label: string): FlowDirection | undefined {
  const s = label.trim().replace(/^\d-/, "").toLowerCase();
  if (/^export(s|ation)?$/.test(s)) return "export";
  if (/^import(s|ation)?$/.test(s)) return "import";
  return undefined;
}

export const eurostatImporter: FlowImporter = {
  id: "eurostat",
  kind: "flows",
  title: "Eurostat Comext relational-view CSV (and national files in its columns)",
  async *read(file, options, skips) {
    const where: Where = { format: "eurostat", file: file.name };
    const dedupe = createFlowDeduper(where, skips);
    let col: Map<string, number> | undefined;
    let header: string[] = [];
    for await (const batch of readCsvBatches(file.open(), { skipEmpty: true, where })) {
      for (const { line, fields } of batch) {
        if (!col) {
          col = indexHeader(fields, { required: REQUIRED, optional: OPTIONAL }, where, options);
          header = fields.map((f) => f.trim());
          continue;
        }
        requireWidth(fields, header, where, line);
        const get = (c: string) => (fields[col?.get(c) ?? -1] ?? "").trim();
        const flow = parseComextFlow(get("FLOW"));
        if (!flow) fail(where, line, "FLOW", `not an export or import flow ('${get("FLOW")}')`);
        const period = parseComextPeriod(get("PERIOD"));
        if (!period) {
          skips.skip("period is not a month or a whole year", line, "PERIOD", get("PERIOD"));
          continue;
        }
        // Specific procedures ("1-Normal", "2-Inward processing") are parts of the total: keep totals only.
        if (/^\d-/.test(get("STAT_PROCEDURE"))) {
          skips.skip("statistical-procedure breakdown row (totals kept)", line, "STAT_PROCEDURE", get("STAT_PROCEDURE"));
          continue;
        }
        const product = get("PRODUCT");
        const hs = normalizeHs(product.replace(/^TOTAL-.*/i, HS_TOTAL));
        if (!hs) fail(where, line, "PRODUCT", `not an HS/CN code or TOTAL ('${product}')`);
        const rawValue = get("VALUE_IN_EUR");
        if (rawValue === ":" || rawValue === "") {
          skips.skip("value not available (':' or empty)", line, "VALUE_IN_EUR", rawValue);
          continue;
        }
        const value = requireNumber(rawValue, where, line, "VALUE_IN_EUR", options);
        // One year of the shared extract is labelled in French ("EXPORTATION", "Allemagne").
        const lang = /ation$/i.test(get("FLOW")) ? "fr" : undefined;
        const reporter = areaOf(get("REPORTER"), where, line, "REPORTER", skips, options, lang);
        if (!reporter) continue;
        const partner = areaOf(get("PARTNER"), where, line, "PARTNER", skips, options, lang);
        if (!partner) continue;
        const kg = get("QUANTITY_IN_100KG");
        const row: NewFlow = {
          reporter: reporter.code,
          partner: partner.code,
          flow,
          period,
          hs,
          hsVersion: hs === HS_TOTAL ? null : hsVersionForDate(period),
          value,
          currency: "EUR",
          quantity: kg && kg !== ":" ? requireNumber(kg, where, line, "QUANTITY_IN_100KG", options) * 100 : null,
          unit: kg && kg !== ":" ? "kg" : null,
          sourceRow: line,
        };
        if (dedupe(row)) yield row;
      }
    }
    if (!col) fail(where, 1, undefined, "empty file");
  },
};
