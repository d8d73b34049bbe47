/** The 2024-05 OFAC SDN release, parsed by the real us_ofac_sdn source from ../shared/data in place. */
import { createReadStream, readdirSync } from "node:fs";
import { join } from "node:path";
import type { StoredEntity } from "../../src/model/index.js";
import { usOfacSdn } from "../../src/sources/us_ofac_sdn/index.js";
import { sharedData } from "../../test/data.js";

export async function loadSdnEntities(folder = "ofac_sdn_2024-05-composite"): Promise<StoredEntity[]> {
  const dir = sharedData(folder);
  const files = readdirSync(dir).map((name) => ({ name, path: join(dir, name) }));
  const selection = usOfacSdn.select(files);
  const out: StoredEntity[] = [];
  for await (const e of usOfacSdn.parse(selection, { files, open: (f) => createReadStream(f.path), meta: {} })) {
    out.push({ ...e, releaseId: 1 });
  }
  return out;
}
