/** The source registry: one entry per list. Adding a list is one line. */
import { NotFoundError } from "../errors.js";
import { euFsf } from "./eu_fsf/index.js";
import type { Source } from "./types.js";
import { unScSanctions } from "./un_sc_sanctions/index.js";
import { usBisDpl } from "./us_bis_dpl/index.js";
import { usOfacCons } from "./us_ofac_cons/index.js";
import { usOfacSdn } from "./us_ofac_sdn/index.js";
import { usTradeCsl } from "./us_trade_csl/index.js";

export const SOURCES: Source[] = [usOfacSdn, usOfacCons, usTradeCsl, usBisDpl, unScSanctions, euFsf];

export function getSource(key: string): Source {
  const source = SOURCES.find((s) => s.key === key);
  if (!source) throw new NotFoundError(`unknown source '${key}'; known: ${SOURCES.map((s) => s.key).join(", ")}`);
  return source;
}

export type { Source } from "./types.js";
