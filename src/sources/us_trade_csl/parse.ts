/**
 * trade.gov Consolidated Screening List, CSV format (consolidated.csv): UTF-8, one row per entry of
 * one of 13 source lists, multi-valued columns joined with "; ". The JSON format (parse-json.ts)
 * yields the same rows. The file carries no publication date.
 */
import type { Readable } from "node:stream";
import { ParseError } from "../../errors.js";
import { countryCode } from "../../model/index.js";
import { readCheckedCsv } from "../common/csv-rows.js";
import { validDate } from "../common/dates.js";
import { type CslId, createIdReader } from "./ids.js";

export const SOURCE_KEY = "us_trade_csl";

export const CSL_COLUMNS = [
  "_id",
  "source",
  "entity_number",
  "type",
  "programs",
  "name",
  "title",
  "addresses",
  "federal_register_notice",
  "start_date",
  "end_date",
  "standard_order",
  "license_requirement",
  "license_policy",
  "call_sign",
  "vessel_type",
  "gross_tonnage",
  "gross_registered_tonnage",
  "vessel_flag",
  "vessel_owner",
  "remarks",
  "source_list_url",
  "alt_names",
  "citizenships",
  "dates_of_birth",
  "nationalities",
  "places_of_birth",
  "source_information_url",
  "ids",
] as const;

export interface CslAddress {
  /** The address as one line, as the CSV gives it: "street, city, state, postal code, country". */
  full: string;
  street?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2: the CSV's last part when it is a code or a known country name; the JSON's `country`. */
  country?: string;
  /** The country as written when it was a name ("China", "Hong Kong"). */
  countryName?: string;
}

/** One CSL entry, list-shaped: what the file says, split but not interpreted. */
export interface CslRow {
  file: string;
  /** CSV record number (header = 1), or the line where the JSON element starts: where errors point. */
  row: number;
  id: string;
  source: string;
  entityNumber: string;
  /** "Individual", "Entity", "Vessel", "Aircraft" or "" (the non-Treasury lists leave it empty). */
  type: string;
  programs: string[];
  name: string;
  title: string;
  addresses: CslAddress[];
  federalRegisterNotice: string;
  /** ISO dates or "". */
  startDate: string;
  endDate: string;
  standardOrder: string;
  licenseRequirement: string;
  licensePolicy: string;
  callSign: string;
  vesselType: string;
  grossTonnage: string;
  grossRegisteredTonnage: string;
  vesselFlag: string;
  vesselOwner: string;
  remarks: string;
  sourceListUrl: string;
  altNames: string[];
  citizenships: string[];
  /** As written: "1962-08-06", "1967", "circa 1955", "1955 to 1957", "Feb 1943". */
  datesOfBirth: string[];
  nationalities: string[];
  placesOfBirth: string[];
  sourceInformationUrl: string;
  ids: CslId[];
}

export const CSL_TYPES = new Set(["", "Individual", "Entity", "Vessel", "Aircraft"]);

export function clean(value: string | undefined | null): string {
  return (value ?? "").replace(/\s+/g, " ").trim();
}

/** "a; b; and c" → ["a", "b", "c"]: the Entity List writes its last alias or address with "and". */
export function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(";")
    .map((part) => clean(part).replace(/^and\s+/, ""))
    .filter(Boolean);
}

/**
 * "Agiou Andreou, 332, Partician Chambers, Limassol, 3035, CY", "Basrah, IQ", "SY": the parts are
 * street, city, state and postal code joined with ", " when present, so only the country (the last
 * part, an ISO-2 code or now and then a name) can be told apart.
 */
export function splitCsvAddress(text: string): CslAddress {
  const parts = text.split(/,\s*/);
  const last = (parts[parts.length - 1] ?? "").trim();
  const address: CslAddress = { full: text };
  if (/^[A-Z]{2}$/.test(last)) {
    if (countryCode(last)) address.country = last;
  } else if (/^\p{L}[\p{L} ]{3,}$/u.test(last)) {
    // "Hong Kong", "China", "Gaza Strip"; not "Ramallah" or "undetermined".
    const code = countryCode(last);
    if (code) {
      address.country = code;
      address.countryName = last;
    }
  }
  return address;
}

/** Checks the fields every row needs; shared by the CSV and JSON readers. */
export function checkRow(row: CslRow): CslRow {
  const where = (field: string) => ({ source: SOURCE_KEY, file: row.file, line: row.row, field });
  if (!row.id) throw new ParseError("empty record id", where("_id"));
  if (!row.source) throw new ParseError("empty source list", where("source"));
  if (!row.name) throw new ParseError("empty name", where("name"));
  if (!CSL_TYPES.has(row.type)) throw new ParseError(`unknown type '${row.type.slice(0, 40)}'`, where("type"));
  for (const [field, value] of [
    ["start_date", row.startDate],
    ["end_date", row.endDate],
  ] as const) {
    if (value && !validDate(value)) throw new ParseError(`not a YYYY-MM-DD date ('${value.slice(0, 40)}')`, where(field));
  }
  return row;
}

/** Streams the rows of consolidated.csv; any defect throws a ParseError naming the file, row and field. */
export async function* parseCslCsv(input: Readable, file: string): AsyncGenerator<CslRow> {
  const onHeader = (header: string[]) => {
    const missing = CSL_COLUMNS.filter((c) => !header.includes(c));
    if (missing.length)
      throw new ParseError(
        `not a Consolidated Screening List CSV: missing column${missing.length > 1 ? "s" : ""} ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", …" : ""}`,
        { source: SOURCE_KEY, file, line: 1, field: missing[0] },
      );
  };
  const readIds = createIdReader();
  let count = 0;
  for await (const { row, record } of readCheckedCsv(input, { source: SOURCE_KEY, file, onHeader })) {
    count++;
    const get = (c: (typeof CSL_COLUMNS)[number]) => clean(record[c]);
    yield checkRow({
      file,
      row,
      id: get("_id"),
      source: get("source"),
      entityNumber: get("entity_number"),
      type: get("type"),
      programs: splitList(record.programs),
      name: get("name"),
      title: get("title"),
      addresses: splitList(record.addresses).map(splitCsvAddress),
      federalRegisterNotice: get("federal_register_notice"),
      startDate: get("start_date"),
      endDate: get("end_date"),
      standardOrder: get("standard_order"),
      licenseRequirement: get("license_requirement"),
      licensePolicy: get("license_policy"),
      callSign: get("call_sign"),
      vesselType: get("vessel_type"),
      grossTonnage: get("gross_tonnage"),
      grossRegisteredTonnage: get("gross_registered_tonnage"),
      vesselFlag: get("vessel_flag"),
      vesselOwner: get("vessel_owner"),
      remarks: get("remarks"),
      sourceListUrl: get("source_list_url"),
      altNames: splitList(record.alt_names),
      citizenships: splitList(record.citizenships),
      datesOfBirth: splitList(record.dates_of_birth),
      nationalities: splitList(record.nationalities),
      placesOfBirth: splitList(record.places_of_birth),
      sourceInformationUrl: get("source_information_url"),
      ids: readIds(clean(record.ids)),
    });
  }
  // A header and nothing else would import as an empty list.
  if (!count) throw new ParseError("no records", { source: SOURCE_KEY, file });
}
