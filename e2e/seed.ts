/**
 * A store seeded with real published files from ../shared/data, for the API tests, the browser
 * tests and the load test: two OFAC SDN releases (2024-04-02, then the full 2024-05 set, so that
 * entities have a history and the changes feed has a diff) and, when asked, EU27 exports to
 * Kyrgyzstan, Armenia and Kazakhstan from Eurostat and Kyrgyzstan's imports by partner (for the
 * trade charts and tables).
 */

import { importRelease } from "../src/lists/import-release.js";
import { createSqliteStore } from "../src/store/sqlite/index.js";
import type { Store } from "../src/store/store.js";
import { importTradeFile } from "../src/trade/import.js";
import { sharedData } from "../test/data.js";

export const SDN_EARLIER = ["ofac_sdn_history", "sdn_2024-04-02_1843Z.csv.gz"];
export const SDN_2024_05 = ["ofac_sdn_2024-05-composite"];
export const TRADE_FILES = [
  "eurostat_eu_member_exports_to_KG_monthly.csv",
  "eurostat_eu_member_exports_to_AM_monthly.csv",
  "eurostat_eu_member_exports_to_KZ_monthly.csv",
  // Kyrgyzstan's own imports by partner (yearly): the other side of the EU27 → KG mirror, and KG's shares by origin.
  "comext_style_KG_imports_by_partner_annual.csv",
];

export interface SeedOptions {
  /** Import the SDN releases. Default true. */
  lists?: boolean;
  /** Also import the earlier SDN release first (history and changes). Default true. */
  history?: boolean;
  /** Also import Eurostat trade files. Default false. */
  trade?: boolean;
}

/** Opens (or creates) the SQLite file at `path` and imports the seed into it; importing twice is a no-op. */
export async function seedStore(path: string, options: SeedOptions = {}): Promise<Store> {
  const store = createSqliteStore(path);
  if (options.lists ?? true) {
    if (options.history ?? true) await importRelease({ source: "us_ofac_sdn", path: sharedData(...SDN_EARLIER) }, { store });
    await importRelease({ source: "us_ofac_sdn", path: sharedData(...SDN_2024_05) }, { store });
  }
  if (options.trade) {
    for (const file of TRADE_FILES) await importTradeFile(store, "eurostat", sharedData("trade", file));
  }
  return store;
}
