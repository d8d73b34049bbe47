/**
 * `chokepoint trade …`: import trade statistics and customs records, run the analyses, draw charts
 * and write reports. The subcommands live in ./trade/.
 */
import type { Command } from "commander";
import { CliError } from "../../errors.js";
import { importTradeFile } from "../../trade/import.js";
import { IMPORTERS } from "../../trade/importers/index.js";
import type { TradeImportOptions } from "../../trade/importers/types.js";
import { contextFor } from "../context.js";
import { registerAnalyses } from "./trade/analyses.js";
import { registerCharts } from "./trade/charts.js";
import { registerCustoms } from "./trade/customs.js";
import { render } from "./trade/render.js";

interface ImportFlags {
  strict?: boolean;
  decimal?: string;
  allowExtraColumns?: boolean;
  basis?: string;
  columns?: string;
  flow?: string;
  reporter?: string;
  currency?: string;
  delimiter?: string;
}

/** "date=DECL_DATE,hs_code=TNVED" → {date: "DECL_DATE", hs_code: "TNVED"}. */
function parseColumns(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(",")) {
    const [field, column] = pair.split("=").map((s) => s.trim());
    if (!field || !column) throw new CliError(`--columns takes field=COLUMN pairs, comma-separated (got '${pair}')`, { exitCode: 2 });
    out[field] = column;
  }
  return out;
}

function importOptions(f: ImportFlags): TradeImportOptions {
  const o: TradeImportOptions = {};
  if (f.strict) o.strict = true;
  if (f.allowExtraColumns) o.allowExtraColumns = true;
  if (f.decimal) {
    if (f.decimal !== "comma" && f.decimal !== "point")
      throw new CliError(`--decimal must be comma or point (got '${f.decimal}')`, { exitCode: 2 });
    o.decimal = f.decimal;
  }
  if (f.basis) {
    if (f.basis !== "origin" && f.basis !== "consignment")
      throw new CliError(`--basis must be origin or consignment (got '${f.basis}')`, { exitCode: 2 });
    o.basis = f.basis;
  }
  if (f.columns) o.columns = parseColumns(f.columns);
  if (f.flow) {
    if (f.flow !== "export" && f.flow !== "import")
      throw new CliError(`--flow must be export or import (got '${f.flow}')`, { exitCode: 2 });
    o.flow = f.flow;
  }
  if (f.reporter) o.reporter = f.reporter;
  if (f.currency) o.currency = f.currency.toUpperCase();
  if (f.delimiter) o.delimiter = f.delimiter === "tab" ? "\t" : f.delimiter;
  return o;
}

export function registerTrade(program: Command): void {
  const trade = program
    .command("trade")
    .description("Trade flows of high-priority dual-use goods: import statistics and customs records, analyse, chart, report");

  trade
    .command("import")
    .description("Import trade files; each file is one transaction and a file imported before is skipped (same sha256)")
    .argument("<format>", `one of: ${IMPORTERS.map((i) => i.id).join(", ")}`)
    .argument("<files...>", "files to import, in order")
    .option("--strict", "fail on unknown country names instead of skipping the rows")
    .option("--decimal <mark>", "decimal mark for ambiguous numbers such as 1,234: comma or point")
    .option("--allow-extra-columns", "ignore columns the format does not know")
    .option("--basis <basis>", "armstat: imports by country of origin (default) or consignment")
    .option("--columns <pairs>", "customs: layout field=file column pairs, e.g. date=DECL_DATE,hs_code=TNVED")
    .option("--flow <flow>", "customs: export or import, for files without a flow column")
    .option("--reporter <country>", "customs: declaring country, for files without a reporter column")
    .option("--currency <code>", "customs: currency, for files without a currency column")
    .option("--delimiter <char>", "customs: column delimiter (',', ';', 'tab', '|'; default guessed)")
    .addHelpText(
      "after",
      "\nExamples:\n  chokepoint trade import eurostat eurostat_eu_member_exports_to_KG_monthly.csv\n  chokepoint trade import customs decl.csv --columns date=DECL_DATE,hs_code=TNVED --currency USD",
    )
    .action(async (format: string, files: string[], flags: ImportFlags, command: Command) => {
      const { out, store } = contextFor(command);
      const options = importOptions(flags);
      const results = [];
      for (const file of files) {
        const r = await importTradeFile(store(), format, file, options);
        results.push({ ...r.import, created: r.created });
        if (out.json) continue;
        const i = r.import;
        out.line(
          r.created
            ? `${i.fileName}: import ${i.id}, ${i.rowCount} ${i.kind === "customs" ? "records" : "flows"}, ${r.skipped.total} row(s) skipped`
            : `${i.fileName}: already imported as import ${i.id} (same sha256); nothing changed`,
        );
        if (r.created)
          for (const s of r.skipped.reasons)
            out.line(
              `  skipped ${s.count}: ${s.reason} (e.g. line ${s.examples.map((e) => `${e.row}${e.value !== undefined ? ` '${e.value}'` : ""}`).join(", ")})`,
            );
      }
      if (out.json) out.json1(results.length === 1 ? results[0] : results);
    });

  trade
    .command("imports")
    .description("Imported trade files with their hashes, row counts and skipped rows")
    .option("--csv", "CSV on stdout")
    .action(async (opts: { csv?: boolean }, command: Command) => {
      const { out, store } = contextFor(command);
      const list = await store().listTradeImports();
      const rows = list.map((i) => ({
        id: i.id,
        format: i.format,
        file: i.fileName,
        sha256: i.sha256,
        rows: i.rowCount,
        skipped: i.skipped.total,
        importedAt: i.importedAt,
      }));
      render(out, { json: list, rows, columns: ["id", "format", "file", "rows", "skipped", "importedAt", "sha256"] }, opts);
    });

  trade
    .command("remove")
    .description("Remove an import and every row it brought")
    .argument("<id>", "import id (see trade imports)")
    .action(async (id: string, _opts: unknown, command: Command) => {
      const { out, store } = contextFor(command);
      if (!/^\d+$/.test(id)) throw new CliError(`import id must be a number (got '${id}')`, { exitCode: 2 });
      await store().deleteTradeImport(Number(id));
      if (out.json) out.json1({ removed: Number(id) });
      else out.line(`import ${id} removed`);
    });

  registerAnalyses(trade);
  registerCustoms(trade);
  registerCharts(trade);
}
