/** `trade flags` (red flags on customs records) and `trade tiers` (customs value by month x partner x CHPL tier). */
import type { Command } from "commander";
import { CliError } from "../../../errors.js";
import type { Store } from "../../../store/store.js";
import type { CustomsQuery } from "../../../store/trade-store.js";
import { hsPrefixesFor } from "../../../trade/analysis/hs-selection.js";
import { FLAG_RULES } from "../../../trade/flags/index.js";
import { DEFAULT_FLAG_OPTIONS, type FlagOptions } from "../../../trade/flags/types.js";
import { runFlags, runTiers } from "../../../trade/run.js";
import { contextFor } from "../../context.js";
import { hsOption, intOption, numberOption } from "./options.js";
import { render } from "./render.js";

interface RangeOptions {
  from?: string;
  to?: string;
  hs?: string;
  includePartial?: boolean;
  csv?: boolean;
}

/** Why a customs result is empty: nothing imported at all, or nothing in the range asked for. */
async function emptyCustomsReason(store: Store, opts: RangeOptions): Promise<string> {
  const imports = (await store.listTradeImports()).filter((i) => i.kind === "customs" && i.rowCount > 0);
  if (!imports.length)
    return "no customs records are loaded; import declarations with: chokepoint trade import customs FILE (docs/trade.md)";
  const filters = [opts.from && `--from ${opts.from}`, opts.to && `--to ${opts.to}`, opts.hs && `--hs ${opts.hs}`].filter(Boolean);
  const loaded = imports.reduce((n, i) => n + i.rowCount, 0);
  return `no customs records match ${filters.join(" ") || "the query"} (${loaded} loaded from ${imports.length} file(s))`;
}

function customsQuery(opts: RangeOptions): CustomsQuery {
  const q: CustomsQuery = {};
  for (const [k, v] of [
    ["from", opts.from],
    ["to", opts.to],
  ] as const) {
    if (v !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v))
      throw new CliError(`--${k} must be YYYY, YYYY-MM or YYYY-MM-DD (got '${v}')`, { exitCode: 2 });
  }
  if (opts.from) q.dateFrom = opts.from;
  if (opts.to) q.dateTo = opts.to;
  if (opts.hs) {
    const prefixes = hsPrefixesFor(hsOption(opts));
    if (prefixes && !prefixes.includes("TOTAL")) q.hsPrefixes = prefixes;
  }
  return q;
}

export function registerCustoms(trade: Command): void {
  trade
    .command("flags")
    .description(`Firm-level red flags on customs records (rules: ${FLAG_RULES.map((r) => r.id).join(", ")})`)
    .option("--rules <ids>", "only these rules, comma-separated")
    .option("--party <party>", "who a firm is: consignee (default), consignor or declarant")
    .option("--cutoff <YYYY-MM-DD>", `new-importer and new-to-CHPL cutoff (default ${DEFAULT_FLAG_OPTIONS.cutoff})`)
    .option("--spike-factor <x>", `CHPL spike: times the trailing mean (default ${DEFAULT_FLAG_OPTIONS.spikeFactor})`)
    .option("--spike-lookback <months>", `CHPL spike: months of history (default ${DEFAULT_FLAG_OPTIONS.spikeLookback})`)
    .option("--spike-min <value>", `CHPL spike: smallest monthly value (default ${DEFAULT_FLAG_OPTIONS.spikeMinValue})`)
    .option("--price-factor <x>", `unit price: times above or below the median (default ${DEFAULT_FLAG_OPTIONS.priceFactor})`)
    .option("--price-min-records <n>", `unit price: records needed for a median (default ${DEFAULT_FLAG_OPTIONS.priceMinRecords})`)
    .option("--from <date>", "records on or after this date")
    .option("--to <date>", "records on or before this date")
    .option("--hs <selection>", "only records under these codes (CHPL, tier:N, codes)")
    .option("--csv", "CSV on stdout")
    .action(async (opts: RangeOptions & Record<string, string | undefined>, command: Command) => {
      const { out, store } = contextFor(command);
      const party = opts.party ?? "consignee";
      if (!["consignee", "consignor", "declarant"].includes(party))
        throw new CliError(`--party must be consignee, consignor or declarant (got '${party}')`, { exitCode: 2 });
      if (opts.cutoff !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.cutoff))
        throw new CliError(`--cutoff must be YYYY-MM-DD (got '${opts.cutoff}')`, { exitCode: 2 });
      const options: Partial<FlagOptions> = {
        party: party as FlagOptions["party"],
        cutoff: opts.cutoff ?? DEFAULT_FLAG_OPTIONS.cutoff,
        spikeFactor: numberOption(opts.spikeFactor, "--spike-factor", DEFAULT_FLAG_OPTIONS.spikeFactor),
        spikeLookback: intOption(opts.spikeLookback, "--spike-lookback", DEFAULT_FLAG_OPTIONS.spikeLookback),
        spikeMinValue: numberOption(opts.spikeMin, "--spike-min", DEFAULT_FLAG_OPTIONS.spikeMinValue),
        priceFactor: numberOption(opts.priceFactor, "--price-factor", DEFAULT_FLAG_OPTIONS.priceFactor),
        priceMinRecords: intOption(opts.priceMinRecords, "--price-min-records", DEFAULT_FLAG_OPTIONS.priceMinRecords),
      };
      const rules = (opts.rules ?? "")
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean);
      const r = await runFlags(store(), customsQuery(opts), options, rules);
      const empty = r.records === 0 ? await emptyCustomsReason(store(), opts) : undefined;
      const rows = r.flags.map((f) => ({
        rule: f.rule,
        firm: f.firm ?? null,
        summary: f.summary,
        records: f.records.length,
        evidence: f.evidence,
      }));
      render(
        out,
        {
          json: r,
          rows,
          columns: out.json || opts.csv ? ["rule", "firm", "summary", "records", "evidence"] : ["rule", "firm", "summary"],
          title: `${r.flags.length} flag(s) over ${r.records} record(s)`,
          ...(empty ? { empty } : {}),
        },
        opts,
      );
    });

  trade
    .command("tiers")
    .description("Customs value by month x partner x CHPL tier (from the rollup kept at import)")
    .option("--from <date>", "first month (YYYY-MM)")
    .option("--to <date>", "last month (YYYY-MM)")
    .option("--include-partial", "count pre-2022 codes that only partly became CHPL codes")
    .option("--all-goods", "keep goods outside the CHPL (tier 'none')")
    .option("--csv", "CSV on stdout")
    .action(async (opts: RangeOptions & { allGoods?: boolean }, command: Command) => {
      const { out, store } = contextFor(command);
      const all = await runTiers(store(), customsQuery(opts), { includePartial: Boolean(opts.includePartial) });
      const rows = all.filter((r) => opts.allGoods || r.tier !== "none");
      let empty: string | undefined;
      if (!rows.length)
        empty = all.length
          ? `no customs records of CHPL goods in range (${all.length} row(s) of other goods: --all-goods shows them)`
          : await emptyCustomsReason(store(), opts);
      render(
        out,
        {
          json: rows,
          rows,
          columns: ["month", "flow", "partner", "tier", "currency", "value", "records"],
          ...(empty ? { empty } : {}),
        },
        opts,
      );
    });
}
