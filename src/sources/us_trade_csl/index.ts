/**
 * us_trade_csl: the trade.gov Consolidated Screening List — 13 lists of the Commerce (BIS Entity
 * List, Unverified List, Military End User List, Denied Persons List), State (ITAR Debarred,
 * Nonproliferation Sanctions) and Treasury (SDN, SSI, FSE, CAPTA, NS-MBS, CMIC, PLC) departments in
 * one file. Each entity's `sanctions[].list` is its source list as the file names it, so counts per
 * list are counts by `sanctions[0].list`.
 */
import { ValidationError } from "../../errors.js";
import type { Entity } from "../../model/index.js";
import type { InputFile, ParseContext, Selection, Source } from "../types.js";
import { mapCslRow, mergeEntity } from "./map.js";
import { parseCslCsv, SOURCE_KEY } from "./parse.js";
import { parseCslJson } from "./parse-json.js";

const DATA = /\.(csv|json)(\.gz)?$/i;
/** consolidated.csv, csl.csv, consolidated.json, and dated copies ("consolidated_2022-04.csv.gz"). */
const CSL_FILE = /^(consolidated|csl)([-_ .][^/]*)?\.(csv|json)(\.gz)?$/i;

const formatOf = (file: InputFile) => (/\.json(\.gz)?$/i.test(file.name) ? "json" : "csv");

function select(files: InputFile[]): Selection {
  // A single file given by path is taken whatever its name; in a folder we look for the CSL's names.
  const candidates = files.length === 1 ? files.filter((f) => DATA.test(f.name)) : files.filter((f) => CSL_FILE.test(f.name));
  // The same release in both formats: the CSV is the one checked against real files.
  const csv = candidates.filter((f) => formatOf(f) === "csv");
  const chosen = candidates.length === 1 ? candidates : csv.length === 1 ? csv : candidates.length === 0 ? [] : undefined;
  const file = chosen?.[0];
  if (file) return { files: [file], format: formatOf(file) };
  const names = files.map((f) => f.name).join(", ") || "none";
  if (!chosen)
    throw new ValidationError(`${SOURCE_KEY}: several CSL files, import one at a time: ${candidates.map((f) => f.name).join(", ")}`);
  throw new ValidationError(`${SOURCE_KEY}: no consolidated.csv or consolidated.json found (files: ${names})`);
}

async function* parse(selection: Selection, ctx: ParseContext): AsyncIterable<Entity> {
  const file = selection.files[0];
  if (!file || !["csv", "json"].includes(selection.format)) throw new ValidationError(`${SOURCE_KEY}: nothing to parse`);
  const input = ctx.open(file);
  const rows = selection.format === "json" ? parseCslJson(input, file.name) : parseCslCsv(input, file.name);
  // Rows are read one at a time; entities are kept until the end because two rows of one entry
  // (same list and _id) need not be next to each other. The full list is ~25k entities.
  const entities = new Map<string, Entity>();
  for await (const row of rows) {
    const entity = mapCslRow(row);
    const seen = entities.get(entity.id);
    if (seen) mergeEntity(seen, entity);
    else entities.set(entity.id, entity);
  }
  yield* entities.values();
}

export const usTradeCsl: Source = {
  key: SOURCE_KEY,
  title: "Consolidated Screening List",
  authority: "US Department of Commerce, International Trade Administration",
  homepage: "https://www.trade.gov/consolidated-screening-list",
  downloads: [{ url: "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv", file: "consolidated.csv" }],
  formats: ["csv", "json"],
  select,
  parse,
};
