/**
 * OFAC's legacy CSV set: sdn.csv (or cons_prim.csv), add.csv, alt.csv, sdn_comments.csv. Headerless,
 * Windows-1252, "-0-" for an empty field, a 0x1A byte at the end. The main file is read first; the
 * others attach to its records by entity number.
 */
import { ParseError } from "../../errors.js";
import { readCsv } from "../common/csv.js";
import type { InputFile, ParseContext } from "../types.js";

export interface OfacMainRow {
  entNum: string;
  name: string;
  type: string;
  program: string;
  title: string;
  callSign: string;
  vesselType: string;
  tonnage: string;
  grt: string;
  vesselFlag: string;
  vesselOwner: string;
  remarks: string;
}

export interface OfacAddressRow {
  addNum: string;
  address: string;
  cityStatePostal: string;
  country: string;
  remarks: string;
}

export interface OfacAltRow {
  altNum: string;
  type: string;
  name: string;
  remarks: string;
}

export interface OfacRecord {
  row: number;
  main: OfacMainRow;
  addresses: OfacAddressRow[];
  alts: OfacAltRow[];
  /** sdn_comments.csv: the continuation of remarks that did not fit in the main file. */
  comments: string[];
}

export interface LegacyFiles {
  main: InputFile;
  add?: InputFile;
  alt?: InputFile;
  comments?: InputFile;
}

const TYPES = new Set(["", "individual", "vessel", "aircraft"]);

/** "-0-" (with its trailing space) is OFAC's null. */
function clean(value: string | undefined): string {
  const v = (value ?? "").trim();
  return v === "-0-" ? "" : v;
}

async function* rows(ctx: ParseContext, file: InputFile, width: number, source: string) {
  for await (const { row, fields } of readCsv(ctx.open(file), { encoding: "windows-1252", file: file.name, source })) {
    // The file ends with a 0x1A (DOS end-of-file) byte on a line of its own.
    if (fields.length === 1 && /^[\x1a\s]*$/.test(fields[0] ?? "")) continue;
    if (fields.length !== width)
      throw new ParseError(`expected ${width} fields, found ${fields.length}`, { source, file: file.name, line: row });
    const entNum = clean(fields[0]);
    if (!/^\d+$/.test(entNum))
      throw new ParseError(`entity number is not a number ('${entNum.slice(0, 40)}')`, {
        source,
        file: file.name,
        line: row,
        field: "ent_num",
      });
    yield { row, entNum, fields };
  }
}

export async function* parseLegacyCsv(files: LegacyFiles, ctx: ParseContext, source: string): AsyncGenerator<OfacRecord> {
  const records = new Map<string, OfacRecord>();
  for await (const { row, entNum, fields } of rows(ctx, files.main, 12, source)) {
    const type = clean(fields[2]).toLowerCase();
    if (!TYPES.has(type))
      throw new ParseError(`unknown SDN type '${type.slice(0, 40)}'`, { source, file: files.main.name, line: row, field: "SDN_Type" });
    const name = clean(fields[1]);
    if (!name) throw new ParseError("empty name", { source, file: files.main.name, line: row, field: "SDN_Name" });
    if (records.has(entNum))
      throw new ParseError(`entity number ${entNum} appears twice`, { source, file: files.main.name, line: row, field: "ent_num" });
    const [, , , program, title, callSign, vesselType, tonnage, grt, vesselFlag, vesselOwner, remarks] = fields.map(clean);
    records.set(entNum, {
      row,
      main: {
        entNum,
        name,
        type,
        program: program ?? "",
        title: title ?? "",
        callSign: callSign ?? "",
        vesselType: vesselType ?? "",
        tonnage: tonnage ?? "",
        grt: grt ?? "",
        vesselFlag: vesselFlag ?? "",
        vesselOwner: vesselOwner ?? "",
        remarks: remarks ?? "",
      },
      addresses: [],
      alts: [],
      comments: [],
    });
  }
  if (records.size === 0) throw new ParseError("no records", { source, file: files.main.name });
  // Rows of the other files whose entity is not in the main file are dropped: they belong to another release.
  if (files.add)
    for await (const { entNum, fields } of rows(ctx, files.add, 6, source)) {
      records.get(entNum)?.addresses.push({
        addNum: clean(fields[1]),
        address: clean(fields[2]),
        cityStatePostal: clean(fields[3]),
        country: clean(fields[4]),
        remarks: clean(fields[5]),
      });
    }
  if (files.alt)
    for await (const { entNum, fields } of rows(ctx, files.alt, 5, source)) {
      records
        .get(entNum)
        ?.alts.push({ altNum: clean(fields[1]), type: clean(fields[2]), name: clean(fields[3]), remarks: clean(fields[4]) });
    }
  if (files.comments)
    for await (const { entNum, fields } of rows(ctx, files.comments, 2, source)) records.get(entNum)?.comments.push(clean(fields[1]));
  yield* records.values();
}

/**
 * The main file's remarks cut at a fixed length go on in sdn_comments.csv. A comments file of another
 * day may repeat the end of the cut text, so the overlap is joined once.
 */
export function joinRemarks(main: string, comments: string[]): string {
  let text = main;
  for (const extra of comments) {
    let overlap = 0;
    for (let k = Math.min(extra.length, text.length); k >= 8; k--) {
      if (text.endsWith(extra.slice(0, k))) {
        overlap = k;
        break;
      }
    }
    text += extra.slice(overlap);
  }
  return text;
}
