/**
 * IMF International Merchandise Trade Statistics (IMTS) CSV as the IMF data portal exports it: one
 * row per series (reporter x indicator x counterpart), one column per period ("2016" … or
 * "2023-M01"). Indicators MG_CIF_USD (imports, CIF) and XG_FOB_USD (exports, FOB) are stored;
 * SCALE.ID is the power of ten of the unit ("6" = millions). Counterparts come as ISO alpha-3 or
 * IMF group codes (G001 World, G998 EU, G163 euro area; other groups are skipped).
 */
import { countryCode } from "../../model/countries.js";
import type { FlowDirection, NewFlow } from "../../store/trade-store.js";
import type { Place } from "../reference/areas.js";
import { areaOf, createFlowDeduper, fail, indexHeader, requireNumber, requireWidth, type SkipReport, type Where } from "./common.js";
import { readCsvBatches } from "./csv-lines.js";
import type { FlowImporter } from "./types.js";

const REQUIRED = ["COUNTRY.ID", "INDICATOR.ID", "COUNTERPART_COUNTRY.ID", "COUNTERPART_COUNTRY", "SCALE.ID"] as const;
const OPTIONAL = [
  "DATASET",
  "SERIES_CODE",
  "OBS_MEASURE",
  "COUNTRY",
  "INDICATOR",
  "FREQUENCY.ID",
  "FREQUENCY",
  "SCALE",
  "TRADE_FLOW.ID",
  "TRADE_FLOW",
];

const INDICATORS: Record<string, { flow: FlowDirection; currency: string }> = {
  MG_CIF_USD: { flow: "import", currency: "USD" },
  XG_FOB_USD: { flow: "export", currency: "USD" },
};

const GROUPS: Record<string, Place> = {
  G001: { kind: "aggregate", code: "WORLD" },
  G998: { kind: "aggregate", code: "EU" },
  G163: { kind: "aggregate", code: "EA" },
};

/** A period column: "2021" → "2021"; "2021-M03" / "2021M03" → "2021-03". Quarters are not kept. */
function periodOf(column: string): string | undefined {
  if (/^\d{4}$/.test(column)) return column;
  const m = /^(\d{4})-?M(0[1-9]|1[0-2])$/.exec(column);
  return m ? `${m[1]}-${m[2]}` : undefined;
}

function imfArea(id: string, name: string, where: Where, line: number, field: string, skips: SkipReport, options: { strict?: boolean }) {
  const group = GROUPS[id];
  if (group) return group;
  if (/^(G|GX|TX)\d+$/.test(id)) {
    skips.skip(`${field.toLowerCase()} is a regional group, not a country`, line, field, `${id} ${name}`);
    return undefined;
  }
  const code = /^[A-Z]{3}$/.test(id) ? countryCode(id) : undefined;
  return code ? ({ kind: "country", code } as Place) : areaOf(name || id, where, line, field, skips, options);
}

export const imfImporter: FlowImporter = {
  id: "imf",
  kind: "flows",
  title: "IMF IMTS CSV (series in rows, periods in columns)",
  async *read(file, options, skips) {
    const where: Where = { format: "imf", file: file.name };
    const dedupe = createFlowDeduper(where, skips);
    let header: string[] | undefined;
    let col = new Map<string, number>();
    let periods: { index: number; column: string; period: string }[] = [];
    for await (const batch of readCsvBatches(file.open(), { skipEmpty: true, where })) {
      for (const { line, fields } of batch) {
        if (!header) {
          header = fields.map((f) => f.trim());
          const periodColumns = header.filter((h) => periodOf(h));
          if (!periodColumns.length) fail(where, 1, undefined, 'no period columns ("2021" or "2021-M01")');
          col = indexHeader(header, { required: REQUIRED, optional: [...OPTIONAL, ...periodColumns] }, where, options);
          periods = header.flatMap((h, index) => {
            const period = periodOf(h);
            return period ? [{ index, column: h, period }] : [];
          });
          continue;
        }
        requireWidth(fields, header, where, line);
        const get = (c: string) => (fields[col.get(c) ?? -1] ?? "").trim();
        const indicator = INDICATORS[get("INDICATOR.ID")];
        if (!indicator) {
          skips.skip("indicator other than MG_CIF_USD / XG_FOB_USD", line, "INDICATOR.ID", get("INDICATOR.ID"));
          continue;
        }
        const scaleText = get("SCALE.ID");
        if (!/^\d{1,2}$/.test(scaleText)) fail(where, line, "SCALE.ID", `not a power of ten ('${scaleText}')`);
        const scale = 10 ** Number(scaleText);
        const reporter = imfArea(get("COUNTRY.ID"), get("COUNTRY"), where, line, "COUNTRY.ID", skips, options);
        const partner =
          reporter &&
          imfArea(get("COUNTERPART_COUNTRY.ID"), get("COUNTERPART_COUNTRY"), where, line, "COUNTERPART_COUNTRY.ID", skips, options);
        if (!reporter || !partner) continue;
        for (const p of periods) {
          const text = (fields[p.index] ?? "").trim();
          if (!text) continue; // no observation for that period
          const row: NewFlow = {
            reporter: reporter.code,
            partner: partner.code,
            flow: indicator.flow,
            period: p.period,
            hs: "TOTAL",
            hsVersion: null,
            value: requireNumber(text, where, line, p.column, options) * scale,
            currency: indicator.currency,
            quantity: null,
            unit: null,
            sourceRow: line,
          };
          if (dedupe(row)) yield row;
        }
      }
    }
    if (!header) fail(where, 1, undefined, "empty file");
  },
};
