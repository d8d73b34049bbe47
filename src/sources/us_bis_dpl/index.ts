/**
 * us_bis_dpl: the BIS Denied Persons List in its own `dpl.txt` format. The same list also reaches us
 * inside the trade.gov Consolidated Screening List (us_trade_csl), with other ids.
 */
import { ValidationError } from "../../errors.js";
import type { Entity } from "../../model/index.js";
import type { InputFile, ParseContext, Selection, Source } from "../types.js";
import { groupDplRows, mapDplGroup } from "./map.js";
import { parseDplRows, SOURCE_KEY } from "./parse.js";

export const DPL_FORMAT = "dpl-txt";

/** dpl.txt, or a dated copy such as dpl_2023-11.txt. */
const DPL_FILE = /^dpl([-_ .].*)?\.txt(\.gz)?$/i;

function select(files: InputFile[]): Selection {
  // A single file given by path is taken whatever its name; in a folder we look for dpl*.txt.
  const candidates = files.length === 1 ? files.filter((f) => /\.txt(\.gz)?$/i.test(f.name)) : files.filter((f) => DPL_FILE.test(f.name));
  if (candidates.length === 1) return { files: candidates, format: DPL_FORMAT };
  const names = files.map((f) => f.name).join(", ") || "none";
  if (!candidates.length) throw new ValidationError(`${SOURCE_KEY}: no dpl.txt found (files: ${names})`);
  throw new ValidationError(`${SOURCE_KEY}: several DPL files, import one at a time: ${candidates.map((f) => f.name).join(", ")}`);
}

async function* parse(selection: Selection, ctx: ParseContext): AsyncIterable<Entity> {
  const file = selection.files[0];
  if (!file || selection.format !== DPL_FORMAT) throw new ValidationError(`${SOURCE_KEY}: nothing to parse`);
  // No publication date is set: the file has none, and its latest Effective_Date is not one.
  const groups = await groupDplRows(parseDplRows(ctx.open(file), file.name));
  for (const rows of groups) yield mapDplGroup(rows);
}

export const usBisDpl: Source = {
  key: SOURCE_KEY,
  title: "Denied Persons List",
  authority: "US Department of Commerce, Bureau of Industry and Security",
  homepage: "https://www.bis.gov/licensing/end-user-guidance/denied-persons-list-dpl",
  downloads: [{ url: "https://www.bis.doc.gov/dpl/dpl.txt", file: "dpl.txt" }],
  formats: [DPL_FORMAT],
  select,
  parse,
};
