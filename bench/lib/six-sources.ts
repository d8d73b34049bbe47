/**
 * The six sources' real files in ../shared/data, parsed by the real sources in place: the list set that
 * exactness and self-recall are checked against (OFAC SDN 2024-05, OFAC non-SDN 2025-02, the 2022-04
 * Consolidated Screening List, the 2023-11 BIS Denied Persons List, the 2026-02 UN list, the 2016 EU file).
 */
import { inputFiles, openInput } from "../../src/lists/import-release.js";
import type { StoredEntity } from "../../src/model/index.js";
import { getSource } from "../../src/sources/index.js";
import { sharedData } from "../../test/data.js";

export const SIX_SOURCES: readonly { key: string; path: string }[] = [
  { key: "us_ofac_sdn", path: "ofac_sdn_2024-05-composite" },
  { key: "us_ofac_cons", path: "ofac_consolidated_nonsdn_2025-02/CONS_ENHANCED.ZIP" },
  { key: "us_trade_csl", path: "us_csl_2022-04/consolidated.csv.gz" },
  { key: "us_bis_dpl", path: "us_bis_dpl/dpl_2023-11.txt" },
  { key: "un_sc_sanctions", path: "un_consolidated/consolidated_2026-02-27.xml" },
  { key: "eu_fsf", path: "eu_fsf_legacy_2016/global_v1.xml" },
];

/** The entities of one source's real file, each with release id `releaseId`. */
export async function loadSourceEntities(key: string, path: string, releaseId = 1): Promise<StoredEntity[]> {
  const source = getSource(key);
  const files = inputFiles(sharedData(path));
  const selection = source.select(files);
  const out: StoredEntity[] = [];
  for await (const e of source.parse(selection, { files, open: openInput, meta: {} })) out.push({ ...e, releaseId });
  return out;
}

/** All six sources' entities (release ids 1..6 in the order above). */
export async function loadSixSources(): Promise<StoredEntity[]> {
  const out: StoredEntity[] = [];
  let releaseId = 1;
  for (const s of SIX_SOURCES) out.push(...(await loadSourceEntities(s.key, s.path, releaseId++)));
  return out;
}
