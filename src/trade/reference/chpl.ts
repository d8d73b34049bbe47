/**
 * The Common High Priority List (CHPL): 50 HS-6 subheadings (HS 2022) in tiers, as BIS, the EU, the
 * UK and Japan published it on 23 February 2024 (bis.gov "Common High Priority List"; EU Annex XL to
 * Reg. 833/2014). `added` is the first list version holding the code: 2023-05-19 (the nine codes of
 * the FinCEN/BIS supplemental alert), 2023-09 (the 45-code list; day not confirmed), 2024-02-23 (the
 * CNC tier 4.B). Descriptions are short HS 2022 texts, not the official list's wording.
 * chpl.test.ts checks this table against ../shared/data/chpl/chpl.csv.
 */

export type ChplTier = "1" | "2" | "3.A" | "3.B" | "4.A" | "4.B";

export const CHPL_TIERS: readonly ChplTier[] = ["1", "2", "3.A", "3.B", "4.A", "4.B"];

export interface ChplEntry {
  hs6: string;
  tier: ChplTier;
  /** YYYY-MM-DD, or YYYY-MM where the day is not confirmed. */
  added: string;
  description: string;
}

/** The list version of 23 February 2024. */
export const CHPL_VERSION = "2024-02-23";

const ROWS: [string, ChplTier, string, string][] = [
  [
    "854231",
    "1",
    "2023-05-19",
    "Electronic integrated circuits: processors and controllers (whether or not combined with memories, converters, logic circuits, amplifiers, clock/timing or other circuits)",
  ],
  ["854232", "1", "2023-05-19", "Electronic integrated circuits: memories"],
  ["854233", "1", "2023-05-19", "Electronic integrated circuits: amplifiers"],
  ["854239", "1", "2023-05-19", "Electronic integrated circuits: other"],
  [
    "851762",
    "2",
    "2023-05-19",
    "Machines for the reception, conversion and transmission or regeneration of voice, images or other data, including switching and routing apparatus",
  ],
  ["852691", "2", "2023-05-19", "Radio navigational aid apparatus"],
  ["853221", "2", "2023-05-19", "Fixed capacitors: tantalum"],
  ["853224", "2", "2023-05-19", "Fixed capacitors: ceramic dielectric, multilayer"],
  [
    "854800",
    "2",
    "2023-05-19",
    "Electrical parts of machinery or apparatus, not specified or included elsewhere in Chapter 85 (HS2022 code; HS2017 equivalent 854890)",
  ],
  ["847150", "3.A", "2023-09", "Processing units other than those of subheading 8471.41 or 8471.49"],
  ["850440", "3.A", "2023-09", "Static converters"],
  [
    "851769",
    "3.A",
    "2023-09",
    "Other apparatus for the transmission or reception of voice, images or other data (other than 8443, 8525, 8527, 8528)",
  ],
  [
    "852589",
    "3.A",
    "2023-09",
    "Other television cameras, digital cameras and video camera recorders (HS2022 code; HS2017 equivalent 852580)",
  ],
  ["852910", "3.A", "2023-09", "Aerials and aerial reflectors of all kinds; parts suitable for use therewith"],
  ["852990", "3.A", "2023-09", "Other parts suitable for use solely or principally with apparatus of headings 8524 to 8528"],
  ["853669", "3.A", "2023-09", "Plugs and sockets, for a voltage not exceeding 1,000 V"],
  [
    "853690",
    "3.A",
    "2023-09",
    "Other electrical apparatus for switching, protecting or making connections to or in electrical circuits, for a voltage not exceeding 1,000 V",
  ],
  ["854110", "3.A", "2023-09", "Diodes, other than photosensitive or light-emitting diodes (LED)"],
  ["854121", "3.A", "2023-09", "Transistors (other than photosensitive), with a dissipation rate of less than 1 W"],
  ["854129", "3.A", "2023-09", "Other transistors (other than photosensitive)"],
  ["854130", "3.A", "2023-09", "Thyristors, diacs and triacs (other than photosensitive devices)"],
  ["854149", "3.A", "2023-09", "Other photosensitive semiconductor devices (HS2022 code; part of HS2017 854140)"],
  ["854151", "3.A", "2023-09", "Other semiconductor devices: semiconductor-based transducers (HS2022 code; part of HS2017 854150)"],
  ["854159", "3.A", "2023-09", "Other semiconductor devices: other (HS2022 code; part of HS2017 854150)"],
  ["854160", "3.A", "2023-09", "Mounted piezo-electric crystals"],
  ["848210", "3.B", "2023-09", "Ball bearings"],
  ["848220", "3.B", "2023-09", "Tapered roller bearings, including cone and tapered roller assemblies"],
  ["848230", "3.B", "2023-09", "Spherical roller bearings"],
  ["848250", "3.B", "2023-09", "Other cylindrical roller bearings, including cage and roller assemblies"],
  ["880730", "3.B", "2023-09", "Other parts of aeroplanes, helicopters or unmanned aircraft (HS2022 code; HS2017 equivalent 880330)"],
  [
    "901310",
    "3.B",
    "2023-09",
    "Telescopic sights for fitting to arms; periscopes; telescopes designed to form parts of machines, appliances, instruments or apparatus of Chapter 90 or Section XVI",
  ],
  ["901380", "3.B", "2023-09", "Other optical devices, appliances and instruments (not elsewhere specified in heading 9013)"],
  ["901420", "3.B", "2023-09", "Instruments and appliances for aeronautical or space navigation (other than compasses)"],
  ["901480", "3.B", "2023-09", "Other navigational instruments and appliances"],
  ["847180", "4.A", "2023-09", "Other units of automatic data-processing machines"],
  ["848610", "4.A", "2023-09", "Machines and apparatus for the manufacture of boules or wafers"],
  ["848620", "4.A", "2023-09", "Machines and apparatus for the manufacture of semiconductor devices or of electronic integrated circuits"],
  ["848640", "4.A", "2023-09", "Machines and apparatus specified in Note 11(C) to Chapter 84"],
  ["853400", "4.A", "2023-09", "Printed circuits"],
  ["854320", "4.A", "2023-09", "Signal generators"],
  ["902750", "4.A", "2023-09", "Other instruments and apparatus using optical radiations (ultraviolet, visible, infrared)"],
  ["903020", "4.A", "2023-09", "Oscilloscopes and oscillographs"],
  ["903032", "4.A", "2023-09", "Multimeters, with a recording device"],
  [
    "903039",
    "4.A",
    "2023-09",
    "Other instruments and apparatus for measuring or checking voltage, current, resistance or power, with a recording device",
  ],
  ["903082", "4.A", "2023-09", "Other instruments and apparatus for measuring or checking semiconductor wafers or devices"],
  ["845710", "4.B", "2024-02-23", "Machining centres for working metal"],
  ["845811", "4.B", "2024-02-23", "Horizontal lathes (including turning centres) for removing metal, numerically controlled"],
  ["845891", "4.B", "2024-02-23", "Other lathes (including turning centres) for removing metal, numerically controlled"],
  ["845961", "4.B", "2024-02-23", "Other milling machines for metal, numerically controlled"],
  ["846693", "4.B", "2024-02-23", "Parts and accessories suitable for use solely or principally with machines of headings 8456 to 8461"],
];

export const CHPL: readonly ChplEntry[] = ROWS.map(([hs6, tier, added, description]) => ({ hs6, tier, added, description }));

const BY_CODE = new Map(CHPL.map((e) => [e.hs6, e]));

/** The CHPL entry of an HS 2022 code at level 6 or deeper ("85423190" → 854231, tier 1). */
export function chplEntry(hs2022: string): ChplEntry | undefined {
  return hs2022.length >= 6 ? BY_CODE.get(hs2022.slice(0, 6)) : undefined;
}

/** "1", "tier1", "T1", "tier 3.a", "3A" → the tier; undefined when the text names none. */
export function parseTier(input: string): ChplTier | undefined {
  const m = /^(?:tier\s*|t)?([1-4])\.?([ab])?$/i.exec(input.trim());
  if (!m) return undefined;
  const tier = m[2] ? `${m[1]}.${m[2].toUpperCase()}` : m[1];
  return (CHPL_TIERS as readonly string[]).includes(tier as string) ? (tier as ChplTier) : undefined;
}

/** The codes of a tier; tier "3" or "4" (without A/B) takes both halves. */
export function codesOfTier(tier: string): string[] {
  return CHPL.filter((e) => e.tier === tier || e.tier.startsWith(`${tier}.`)).map((e) => e.hs6);
}

/** Was the code on the list on that date (YYYY-MM-DD)? A month-only date counts from the month's end. */
export function onChplAt(hs6: string, date: string): boolean {
  const e = BY_CODE.get(hs6);
  if (!e) return false;
  const added = e.added.length === 7 ? `${e.added}-31` : e.added;
  return date >= added;
}
