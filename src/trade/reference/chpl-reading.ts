/** The CHPL entry a code stands for when read in HS 2022, whatever edition it was reported in. */
import type { HsVersion } from "../../model/hs.js";
import { type ChplEntry, type ChplTier, chplEntry } from "./chpl.js";
import { toHs2022 } from "./hs-correspondence.js";

export interface ChplReading {
  entry?: ChplEntry;
  tier: ChplTier | "none";
  /** The old code only partly became the CHPL code (HS2017 854140 → 854149). */
  partial: boolean;
}

const NONE: ChplReading = { tier: "none", partial: false };
/** By edition, then by the code as given: a 10M-row import asks about a few thousand distinct codes. */
const cache = new Map<HsVersion, Map<string, ChplReading>>();

export function chplReading(hs: string, version: HsVersion): ChplReading {
  let byCode = cache.get(version);
  if (!byCode) {
    byCode = new Map();
    cache.set(version, byCode);
  }
  const cached = byCode.get(hs);
  if (cached) return cached;
  const hs6 = hs.slice(0, 6);
  let reading = NONE;
  if (hs6.length === 6) {
    const mapped = toHs2022(hs6, version);
    for (const code of mapped.codes) {
      const entry = chplEntry(code);
      if (entry) {
        reading = { entry, tier: entry.tier, partial: mapped.share === "partial" };
        break;
      }
    }
  }
  if (byCode.size < 200_000) byCode.set(hs, reading);
  return reading;
}
