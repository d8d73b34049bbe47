/**
 * The HS 2017 → HS 2022 correspondences the CHPL needs (WCO correlation table, as summarised in
 * ../shared/data/chpl/README.md). The other 43 CHPL codes are the same in both editions.
 * Data in HS 2012 is read with the same table: none of these subheadings changed from 2012 to 2017
 * (an assumption, noted in docs/trade.md).
 */
import type { HsVersion } from "../../model/hs.js";

export interface Correspondence {
  /** The HS 2017 subheading. */
  from: string;
  /** The HS 2022 subheadings it became (those that matter to the CHPL). */
  to: string[];
  /**
   * "full": all of the old code's trade falls in `to`. "partial": only part does (854140 also held
   * LEDs and photovoltaic cells), so counting the whole old code would overstate CHPL trade.
   */
  share: "full" | "partial";
  note: string;
}

export const HS2017_TO_HS2022: readonly Correspondence[] = [
  { from: "854890", to: ["854800"], share: "full", note: "HS2017 854810 (waste of cells) is not CHPL; 854890 became 854800" },
  { from: "880330", to: ["880730"], share: "full", note: "parts of aeroplanes and helicopters moved to heading 8807" },
  { from: "852580", to: ["852589"], share: "partial", note: "852580 split into 852581/82/83/89; only 852589 is CHPL" },
  { from: "854140", to: ["854149"], share: "partial", note: "854140 also held LEDs (854141) and photovoltaic cells (854142/43)" },
  { from: "854150", to: ["854151", "854159"], share: "full", note: "854150 split into 854151 and 854159, both CHPL tier 3.A" },
];

const FORWARD = new Map(HS2017_TO_HS2022.map((c) => [c.from, c]));
const BACKWARD = new Map<string, Correspondence>();
for (const c of HS2017_TO_HS2022) for (const t of c.to) BACKWARD.set(t, c);

export interface MappedCode {
  /** HS 2022 subheadings the code stands for. */
  codes: string[];
  share: "full" | "partial";
  /** Set when a correspondence was applied. */
  via?: Correspondence;
}

/**
 * The HS 2022 reading of a six-digit code reported in `version`. HS 2022 codes map to themselves.
 * A pre-2022 code with a correspondence maps to its successors; other pre-2022 codes keep their
 * number (true for every CHPL code outside the table above). A pre-2022 record carrying a code that
 * only exists in HS 2022 ("854800") can only mean that subheading, so it maps to itself as well.
 */
export function toHs2022(hs6: string, version: HsVersion): MappedCode {
  if (version === "HS2022") return { codes: [hs6], share: "full" };
  const c = FORWARD.get(hs6);
  if (c) return { codes: c.to, share: c.share, via: c };
  return { codes: [hs6], share: "full" };
}

/** The HS 2017 code an HS 2022 CHPL code is reported under in older data (with how much of it is CHPL). */
export function hs2017For(hs2022: string): { code: string; share: "full" | "partial" } {
  const c = BACKWARD.get(hs2022);
  return c ? { code: c.from, share: c.share } : { code: hs2022, share: "full" };
}
