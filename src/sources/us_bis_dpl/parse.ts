/**
 * BIS Denied Persons List, `dpl.txt`: tab-delimited, every field double-quoted, UTF-8, one row per
 * (party, address). Header:
 * "Name" "Street_Address" "City" "State" "Country" "Postal_Code" "Effective_Date" "Expiration_Date"
 * "Standard_Order" "Last_Update" "Action" "FR_Citation".
 * Dates are MM/DD/YYYY except Last_Update (YYYY-MM-DD). The file carries no publication date.
 */
import type { Readable } from "node:stream";
import { ParseError } from "../../errors.js";
import { readCheckedCsv } from "../common/csv-rows.js";
import { parseDate, validDate } from "../common/dates.js";

export const DPL_COLUMNS = [
  "Name",
  "Street_Address",
  "City",
  "State",
  "Country",
  "Postal_Code",
  "Effective_Date",
  "Expiration_Date",
  "Standard_Order",
  "Last_Update",
  "Action",
  "FR_Citation",
] as const;

export interface DplRow {
  /** Record number in the file, the header being 1 (the same as the line: no DPL field spans lines). */
  row: number;
  name: string;
  streetAddress: string;
  city: string;
  state: string;
  country: string;
  postalCode: string;
  /** ISO dates. */
  effectiveDate: string;
  expirationDate?: string;
  lastUpdate?: string;
  standardOrder: string;
  action: string;
  frCitation: string;
}

export const SOURCE_KEY = "us_bis_dpl";

/** Collapses the runs of spaces the file has inside values ("AL-NASER  AIRLINES") and trims. */
function clean(value: string | undefined): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

function isoDate(value: string, file: string, row: number, field: string, pattern: RegExp): string | undefined {
  if (!value) return undefined;
  const iso = pattern.test(value) ? parseDate(value) : undefined;
  if (!iso || !validDate(iso)) throw new ParseError(`not a date ('${value.slice(0, 40)}')`, { source: SOURCE_KEY, file, line: row, field });
  return iso;
}

const US_DATE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Streams the rows of one dpl.txt; any defect throws a ParseError naming the file, row and field. */
export async function* parseDplRows(input: Readable, file: string): AsyncGenerator<DplRow> {
  const onHeader = (header: string[]) => {
    const missing = DPL_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length)
      throw new ParseError(`not a Denied Persons List file: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`, {
        source: SOURCE_KEY,
        file,
        line: 1,
        field: missing[0],
      });
  };
  let count = 0;
  for await (const { row, record } of readCheckedCsv(input, { source: SOURCE_KEY, file, delimiter: "\t", onHeader })) {
    count++;
    const get = (c: (typeof DPL_COLUMNS)[number]) => clean(record[c]);
    const name = get("Name");
    if (!name) throw new ParseError("empty name", { source: SOURCE_KEY, file, line: row, field: "Name" });
    const effectiveDate = isoDate(get("Effective_Date"), file, row, "Effective_Date", US_DATE);
    if (!effectiveDate) throw new ParseError("empty effective date", { source: SOURCE_KEY, file, line: row, field: "Effective_Date" });
    const out: DplRow = {
      row,
      name,
      streetAddress: get("Street_Address"),
      city: get("City"),
      state: get("State"),
      country: get("Country"),
      postalCode: get("Postal_Code"),
      effectiveDate,
      // "y" appears once for "Y".
      standardOrder: get("Standard_Order").toUpperCase(),
      action: get("Action"),
      frCitation: get("FR_Citation"),
    };
    const expirationDate = isoDate(get("Expiration_Date"), file, row, "Expiration_Date", US_DATE);
    if (expirationDate) out.expirationDate = expirationDate;
    const lastUpdate = isoDate(get("Last_Update"), file, row, "Last_Update", ISO_DATE);
    if (lastUpdate) out.lastUpdate = lastUpdate;
    yield out;
  }
  // A header and nothing else would import as an empty list.
  if (!count) throw new ParseError("no records", { source: SOURCE_KEY, file });
}
