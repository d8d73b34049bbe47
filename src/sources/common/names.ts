/**
 * Aliases written inside a name, as the BIS and State lists do it (they have no alias column, or use
 * it unevenly): "FUYI SUN A/K/A FRANK SUN", "SIBERIAN AIRLINES D/B/A S7 AIRLINES",
 * "PEARL (A.K.A. NEI-CHIEN CHU) LI", "Far East Trading Company, Inc. (a.k.a. FETCO, Inc.)",
 * "Gazprom Telekom, OOO (f.k.a. Zakrytoe Aktsionernoe Obshchestvo Gaztelekom)",
 * "Astronautics Research Institute [aka Astronautics Systems Research Center, Aerospace Research Institute]",
 * "Ardis Group of Companies LLC and any successor, sub-unit, or subsidiary thereof". The name as
 * published stays the primary name; these are extra names to screen against.
 */
import type { NameKind } from "../../model/index.js";

export interface NameVariant {
  value: string;
  kind: NameKind;
}

const BRACKETED = /\s*[([]\s*(a\.?\s?k\.?\s?a\.?|f\.?\s?k\.?\s?a\.?|d\/b\/a)\s*,?\s*([^)\]]+)[)\]]/gi;
const INFIX = /\s+(?:A\/K\/A|D\/B\/A|F\/K\/A)\s+/i;
const SUCCESSOR = /[;,]?\s*and any successors?,? sub-units?,? or subsidiar(?:y|ies) thereof\.?$/i;

function kindOf(marker: string): NameKind {
  return /^f/i.test(marker) ? "fka" : "aka";
}

function tidy(value: string): string {
  return value.replace(/\s+/g, " ").replace(/\s+,/g, ",").trim();
}

export function nameVariants(name: string): NameVariant[] {
  const out: NameVariant[] = [];
  const push = (value: string, kind: NameKind) => {
    const v = tidy(value).replace(/^[,;]\s*|[,;]$/g, "");
    if (v && v !== tidy(name) && !out.some((o) => o.value === v)) out.push({ value: v, kind });
  };
  const bracketed = [...name.matchAll(BRACKETED)];
  if (bracketed.length) {
    for (const m of bracketed) {
      for (const part of (m[2] as string).split(";")) push(part, kindOf(m[1] as string));
    }
    push(name.replace(BRACKETED, " "), "aka");
  }
  const infix = name.split(INFIX);
  if (infix.length > 1) {
    const fka = /F\/K\/A/i.test(name);
    for (const [i, part] of infix.entries()) push(part, fka && i > 0 ? "fka" : "aka");
  }
  if (SUCCESSOR.test(name)) push(name.replace(SUCCESSOR, ""), "aka");
  return out;
}

/**
 * trade.gov's CSL export lost the non-ASCII characters of some BIS names to "?": "Donetsk People?s
 * Republic", "Xi?an Research Institute", "FAU ?Glavgosekspertiza Rossii?". A weak extra name with
 * the likely apostrophe back and other "?" as spaces lets them match; undefined when there is none.
 */
export function repairedQuestionMarks(name: string): string | undefined {
  if (!/\p{L}\?|\?\p{L}/u.test(name)) return undefined;
  return tidy(name.replace(/(\p{L})\?(s\b)/gu, "$1'$2").replace(/\?/g, " "));
}
