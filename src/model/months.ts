/** English month names and abbreviations ("Jan", "January", "Sept") → "01"…"12". */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function monthNumber(name: string): string | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : String(i + 1).padStart(2, "0");
}
