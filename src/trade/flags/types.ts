/**
 * Firm-level red flags on customs records. Each rule is a pure function over the records and says
 * what it found with its evidence, so that an analyst can check the finding against the records
 * (their ids and source lines are given) rather than trust a score.
 */
import { hsVersionForDate, parseHsVersion } from "../../model/hs.js";
import type { CustomsRecord } from "../../store/trade-store.js";
import type { ChplEntry } from "../reference/chpl.js";
import { chplReading } from "../reference/chpl-reading.js";

export interface RedFlag {
  rule: string;
  /** The firm the flag is about (the party named in FlagOptions.party), or absent for record-level rules. */
  firm?: string;
  summary: string;
  /** Records that make the case (ids in the store, and lines in the source file). */
  records: { id: number; importId: number; sourceRow: number }[];
  evidence: Record<string, unknown>;
}

export interface FlagOptions {
  /** Which party a firm is: the consignee (default: the one receiving the goods), the consignor or the declarant. */
  party: "consignee" | "consignor" | "declarant";
  /** 2022-02-24, the full-scale invasion. */
  cutoff: string;
  /** chplSpike: months of history the spike is measured against. */
  spikeLookback: number;
  /** chplSpike: how many times the trailing mean a month must reach. */
  spikeFactor: number;
  /** chplSpike: smallest monthly value that can be a spike (in the records' currency). */
  spikeMinValue: number;
  /** unitPriceOutlier: unit price this many times above (or below 1/x of) the code's median. */
  priceFactor: number;
  /** unitPriceOutlier: records of a code and unit needed before a median means anything. */
  priceMinRecords: number;
}

export const DEFAULT_FLAG_OPTIONS: FlagOptions = {
  party: "consignee",
  cutoff: "2022-02-24",
  spikeLookback: 12,
  spikeFactor: 5,
  spikeMinValue: 10_000,
  priceFactor: 10,
  priceMinRecords: 5,
};

export interface FlagRule {
  id: string;
  /** Shown in reports: what the rule looks for and which guidance names it. */
  description: string;
  run(records: readonly CustomsRecord[], options: FlagOptions): RedFlag[];
}

/** The CHPL entry a record's code stands for (through the HS2017 correspondence), and whether only partly. */
export function chplOf(r: CustomsRecord): { entry: ChplEntry; share: "full" | "partial" } | undefined {
  const reading = chplReading(r.hs, parseHsVersion(r.hsVersion) ?? hsVersionForDate(r.date));
  return reading.entry ? { entry: reading.entry, share: reading.partial ? "partial" : "full" } : undefined;
}

export const ref = (r: CustomsRecord) => ({ id: r.id, importId: r.importId, sourceRow: r.sourceRow });

export function partyOf(r: CustomsRecord, options: FlagOptions): string | null {
  return r[options.party];
}

/** Same firm when names differ only in case, spacing or quote marks: "OOO «Vektor»" = "ooo vektor". */
export function firmKey(name: string): string {
  return name
    .normalize("NFKC")
    .toUpperCase()
    .replace(/["'«»“”„]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Records grouped by firm (records without the party are left out), each group in date order and
 * named by its first spelling. Names are compared by firmKey: declarations spell the same firm in
 * different cases and quote marks.
 */
export function byFirm(records: readonly CustomsRecord[], options: Pick<FlagOptions, "party">): Map<string, CustomsRecord[]> {
  const groups = new Map<string, CustomsRecord[]>();
  for (const r of records) {
    const name = r[options.party];
    const key = name ? firmKey(name) : "";
    if (!key) continue;
    let list = groups.get(key);
    if (!list) {
      list = [];
      groups.set(key, list);
    }
    list.push(r);
  }
  const out = new Map<string, CustomsRecord[]>();
  for (const list of groups.values()) {
    list.sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
    out.set((list[0] as CustomsRecord)[options.party] as string, list);
  }
  return out;
}

/** Values by currency: records in several currencies are never added together. */
export function valueByCurrency(records: readonly CustomsRecord[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) out[r.currency] = (out[r.currency] ?? 0) + r.value;
  return out;
}
