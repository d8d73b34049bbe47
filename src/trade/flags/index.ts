/** The red-flag rules, run in this order. Adding one is one line. */
import { ValidationError } from "../../errors.js";
import type { CustomsRecord } from "../../store/trade-store.js";
import { chplSpike } from "./chpl-spike.js";
import { newImporterSinceCutoff } from "./new-importer.js";
import { newToChpl } from "./new-to-chpl.js";
import { transshipmentConsignee } from "./transshipment.js";
import { DEFAULT_FLAG_OPTIONS, type FlagOptions, type FlagRule, type RedFlag } from "./types.js";
import { unitPriceOutlier } from "./unit-price.js";

export const FLAG_RULES: readonly FlagRule[] = [newImporterSinceCutoff, newToChpl, chplSpike, transshipmentConsignee, unitPriceOutlier];

export function redFlags(records: readonly CustomsRecord[], options: Partial<FlagOptions> = {}, rules: readonly string[] = []): RedFlag[] {
  const opts = { ...DEFAULT_FLAG_OPTIONS, ...options };
  const unknown = rules.filter((id) => !FLAG_RULES.some((r) => r.id === id));
  if (unknown.length)
    throw new ValidationError(`unknown red-flag rule(s) ${unknown.join(", ")}; rules: ${FLAG_RULES.map((r) => r.id).join(", ")}`);
  const chosen = rules.length ? FLAG_RULES.filter((r) => rules.includes(r.id)) : FLAG_RULES;
  return chosen.flatMap((rule) => rule.run(records, opts));
}

export type { FlagOptions, RedFlag } from "./types.js";
