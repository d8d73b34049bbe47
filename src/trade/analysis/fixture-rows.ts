/** For tests: the hand-written Comtrade fixtures imported into an in-memory store, as flow rows. */
import type { FlowRow } from "../../store/trade-store.js";
import { importTradeFile } from "../import.js";
import { fixture, memoryStore } from "../importers/test-helpers.js";

export async function comtradeFixtureRows(): Promise<FlowRow[]> {
  const store = memoryStore();
  await importTradeFile(store, "comtrade", fixture("comtrade-api-v1-kz-monthly.json"));
  await importTradeFile(store, "comtrade", fixture("comtrade-bulk-annual.txt"));
  return store.queryFlows({});
}
