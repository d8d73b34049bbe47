/** The trade importers, one per format. Adding one is one line. */
import { ValidationError } from "../../errors.js";
import { armstatImporter } from "./armstat.js";
import { comtradeImporter } from "./comtrade.js";
import { customsImporter } from "./customs.js";
import { eurostatImporter } from "./eurostat.js";
import { imfImporter } from "./imf.js";
import type { TradeImporter } from "./types.js";

export const IMPORTERS: readonly TradeImporter[] = [eurostatImporter, imfImporter, armstatImporter, comtradeImporter, customsImporter];

export function getImporter(id: string): TradeImporter {
  const found = IMPORTERS.find((i) => i.id === id);
  if (!found) throw new ValidationError(`unknown trade format '${id}'; known: ${IMPORTERS.map((i) => i.id).join(", ")}`);
  return found;
}
