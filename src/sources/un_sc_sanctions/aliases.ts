/**
 * UN alias texts hold more than one name at times. Seen in the published files:
 *   "Abas Rashidi; Abbas Rashedi; Abas Rashedi"                      several spellings
 *   "Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet"        a numbered list cut mid-way
 *   "Abou Mouhadjir (ابو مهاجر)", "Abu Muhammad (original script: Абу Мухаммад)"
 *   "حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)"                    the name in another script
 *   "Safia Farkash Mohammed Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239, ...)"
 * Abbreviations and same-script qualifiers stay in the name ("Al-Qaida in Yemen (AQY)", "華信船務(香港)有限公司").
 */
import { detectScript } from "../../model/index.js";

export interface SplitAlias {
  names: string[];
  /** Text that describes the alias rather than naming it (birth details, documents). */
  note?: string;
}

/** Splits at a separator that is not inside parentheses. */
function splitTopLevel(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      separator.lastIndex = i;
      const m = separator.exec(text);
      if (m && m.index === i) {
        out.push(text.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  out.push(text.slice(start));
  return out;
}

/** The final balanced "( ... )" group of a text, if the text ends with one. */
function trailingGroup(text: string): { head: string; inner: string } | undefined {
  if (!text.endsWith(")")) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) return { head: text.slice(0, i).trim(), inner: text.slice(i + 1, -1).trim() };
  }
  return undefined;
}

const tidy = (s: string) =>
  s
    .replace(/\s+/g, " ")
    .replace(/^[\s),;]+|[\s,;]+$/g, "")
    .trim();

function scriptOf(text: string): string | undefined {
  return detectScript(text.replace(/\([^)]*\)/g, ""));
}

export function splitAlias(raw: string): SplitAlias {
  const notes: string[] = [];
  const names: string[] = [];
  for (const part of splitTopLevel(tidy(raw), /;\s*|\s+[a-z]\)\s+/g)) {
    let text = tidy(part);
    const others: string[] = [];
    const group = trailingGroup(text);
    if (group?.head) {
      const inner = group.inner.replace(/^original script:\s*/i, "");
      if (scriptOf(inner) !== scriptOf(group.head)) {
        // The same name in another script, possibly several spellings of it.
        text = group.head;
        for (const n of splitTopLevel(inner, /;\s*/g)) others.push(tidy(n.replace(/\(original script\)/i, "")));
      } else if (/\d/.test(inner) || inner.length > 40) {
        text = group.head;
        notes.push(inner);
      }
    }
    // "..., born 1 Jan. 1953", "Mohammad Ishaq Akhund born in 1963".
    const born = /,?\s+born\b.*$/i.exec(text);
    if (born) {
      notes.unshift(tidy(born[0]));
      text = text.slice(0, born.index);
    }
    names.push(tidy(text), ...others);
  }
  const unique = [...new Set(names.filter(Boolean))];
  const result: SplitAlias = { names: unique };
  if (notes.length) result.note = notes.join("; ");
  return result;
}
