/** The 2024-05 OFAC SDN release, parsed by the real us_ofac_sdn source from ../shared/data in place. */
import type { StoredEntity } from "../../src/model/index.js";
import { loadSourceEntities } from "./six-sources.js";

export function loadSdnEntities(folder = "ofac_sdn_2024-05-composite"): Promise<StoredEntity[]> {
  return loadSourceEntities("us_ofac_sdn", folder);
}
