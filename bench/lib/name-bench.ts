/** The judged name pairs of ../shared/data/benchmarks/nomenklatura_name_bench, with the frozen logic-v2 scores. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { sharedData } from "../../test/data.js";

export interface BenchCase {
  group: string;
  schema: string;
  name1: string;
  name2: string;
  isMatch: boolean;
  quality: string;
  category: string;
  /** Deterministic half: "dev" to develop on, "holdout" to report only. */
  half: "dev" | "holdout";
  /** OpenSanctions logic-v2's frozen prediction, where the baseline file has the case. */
  logicV2?: boolean;
  logicV2Score?: number;
}

function readCsv(path: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors[0]?.message} (row ${parsed.errors[0]?.row})`);
  return parsed.data;
}

const key = (r: Record<string, string>) => [r.schema, r.name1, r.name2].join("\u0001");

/** Rows split by a hash of the pair, so that each group falls about half in each part. */
export function loadNameBench(): BenchCase[] {
  const dir = "benchmarks/nomenklatura_name_bench";
  const baseline = new Map(readCsv(sharedData(dir, "logicv2-frozen.csv")).map((r) => [key(r), r]));
  return readCsv(sharedData(dir, "cases.csv")).map((r) => {
    const h = createHash("sha1").update(`${r.name1}|${r.name2}`).digest()[0] as number;
    const c: BenchCase = {
      group: r.case_group ?? "",
      schema: r.schema ?? "",
      name1: r.name1 ?? "",
      name2: r.name2 ?? "",
      isMatch: r.is_match === "true",
      quality: r.quality ?? "",
      category: r.category || "(none)",
      half: h % 2 === 0 ? "dev" : "holdout",
    };
    const b = baseline.get(key(r));
    if (b) {
      c.logicV2 = b.predicted_match === "true";
      c.logicV2Score = Number(b.score);
    }
    return c;
  });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function count(pairs: { truth: boolean; predicted: boolean }[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of pairs) {
    if (p.truth && p.predicted) c.tp++;
    else if (!p.truth && p.predicted) c.fp++;
    else if (p.truth) c.fn++;
    else c.tn++;
  }
  return c;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
