/**
 * Numbers as statistics and customs extracts write them: "1234.5", "1,234.5", "1 234,5",
 * "1.234.567,8", "1'234.5", "-12". A lone comma followed by exactly three digits ("1,234") could be
 * either convention, so it is refused unless the caller says which one the file uses.
 */

export type DecimalMark = "comma" | "point";

export type NumberResult = { value: number } | { error: string };

// Thousands separators other than "," and ".": space, no-break space, narrow no-break space, thin space, apostrophe.
const GROUP = /[ \u00a0\u202f\u2009']/g;

export function parseNumber(input: string, decimal?: DecimalMark): NumberResult {
  const raw = input.trim();
  if (!raw) return { error: "empty" };
  const spaced = GROUP.test(raw);
  GROUP.lastIndex = 0;
  let s = raw.replace(GROUP, "");
  const commas = s.split(",").length - 1;
  const dots = s.split(".").length - 1;
  if (commas && dots) {
    const mark = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    if (decimal && (mark === "," ? "comma" : "point") !== decimal) return { error: `decimal mark is not a ${decimal}` };
    if (s.split(mark).length - 1 > 1) return { error: "two decimal marks" };
    s = s.replace(mark === "," ? /\./g : /,/g, "").replace(",", ".");
  } else if (commas) {
    if (decimal === undefined && commas === 1 && !spaced && /^[+-]?\d{1,3},\d{3}$/.test(s)) {
      return { error: "ambiguous: ',' may be a decimal or a thousands mark (say which with --decimal comma|point)" };
    }
    // Auto: one comma is a decimal mark ("1 234,5", "0,25", "1234,567"); several are thousands marks.
    const asDecimal = decimal === "comma" || (decimal === undefined && commas === 1);
    if (asDecimal) {
      if (commas > 1) return { error: "two decimal marks" };
      s = s.replace(",", ".");
    } else {
      if (!/^[+-]?\d{1,3}(,\d{3})+$/.test(s)) return { error: "',' thousands groups are not of three digits" };
      s = s.replace(/,/g, "");
    }
  } else if (dots > 1 || (dots === 1 && decimal === "comma")) {
    if (!/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return { error: "'.' thousands groups are not of three digits" };
    s = s.replace(/\./g, "");
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return { error: "not a number" };
  const value = Number(s);
  return Number.isFinite(value) ? { value } : { error: "not a finite number" };
}
