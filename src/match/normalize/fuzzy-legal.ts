/**
 * Misspelt legal forms: "Aktiengeselschaft", "Corporaton", "Incorparated" are legal forms a clerk typed
 * wrong, not name parts. Only long one-word forms are tried (a typo in "AG" or "Ltd" is another word).
 */
import { editSimilarity } from "../compare/tokens.js";
import type { NameToken, PreparedName } from "../types.js";
import { LEGAL_FORMS } from "./legal-forms.js";

/** Shorter forms are too close to ordinary words ("limited" / "limitex" may be a brand). */
const MIN_LENGTH = 9;
const MIN_SIM = 0.85;

const LONG_FORMS: [string, string][] = Object.entries(LEGAL_FORMS).flatMap(([cls, forms]) =>
  forms.filter((f) => !f.includes(" ") && f.length >= MIN_LENGTH).map((f): [string, string] => [f, cls]),
);

/** The legal-form class a long name part is a misspelling of, if any. */
export function misspeltLegalForm(text: string): string | undefined {
  if (text.length < MIN_LENGTH) return undefined;
  let best: { sim: number; cls?: string } = { sim: 0 };
  for (const [form, cls] of LONG_FORMS) {
    if (Math.abs(form.length - text.length) > 2) continue;
    const { sim } = editSimilarity(text, form, MIN_SIM);
    if (sim > best.sim) best = { sim, cls };
  }
  return best.sim >= MIN_SIM ? best.cls : undefined;
}

/** The name with misspelt legal forms of organisations classed as legal forms (people's names are left alone). */
export function classifyMisspeltLegalForms(name: PreparedName, schema?: string): PreparedName {
  if (schema === "Person") return name;
  let changed = false;
  const tokens = name.tokens.map((t): NameToken => {
    if (t.cls !== "name" || t.script !== "Latn") return t;
    const cls = misspeltLegalForm(t.text);
    if (!cls) return t;
    changed = true;
    return { ...t, cls: "legal", concept: cls, key: `#${cls}` };
  });
  return changed ? { ...name, tokens } : name;
}
