/** OFAC Specially Designated Nationals and Blocked Persons List (SDN). */
import { ValidationError } from "../../errors.js";
import type { InputFile, Selection, Source } from "../types.js";
import { parseClassicXml } from "./classic-xml.js";
import { mapOfacRecord } from "./map.js";
import { type LegacyFiles, parseLegacyCsv } from "./parse.js";

const EXPORTS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports";

/**
 * What each file of the legacy set besides the main one feeds: a release without one of them is
 * partial. sdn_comments.csv goes on the main file's cut remarks, and what the remarks say.
 */
export function legacyPartialFields(prefix: string): Record<string, string[]> {
  return {
    [`${prefix}add.csv`]: ["addresses", "countries"],
    [`${prefix}alt.csv`]: ["names:aka", "names:fka", "names:weak"],
    // A cut remark parses into cut facts: all that remarks feed goes with sdn_comments.csv.
    [`${prefix === "" ? "sdn_" : prefix}comments.csv`]: [
      "remarks",
      "identifiers",
      "birthDates",
      "birthPlaces",
      "nationalities",
      "links",
      "gender",
      "properties",
      "names:fka",
      "names:weak",
    ],
  };
}

/** The companion files a legacy set lacks, by their canonical names ("alt.csv"). */
export function legacyMissing(set: LegacyFiles, prefix: string): string[] {
  const comments = `${prefix === "" ? "sdn_" : prefix}comments.csv`;
  return [...(set.add ? [] : [`${prefix}add.csv`]), ...(set.alt ? [] : [`${prefix}alt.csv`]), ...(set.comments ? [] : [comments])];
}

/** Picks the legacy CSV set out of a folder's files: `prefix` is "" for SDN, "cons_" for the consolidated list. */
export function selectLegacySet(files: InputFile[], main: RegExp, prefix: string): LegacyFiles | undefined {
  const find = (re: RegExp) => files.find((f) => re.test(f.name.toLowerCase()));
  const mainFile = find(main);
  if (!mainFile) return undefined;
  const set: LegacyFiles = { main: mainFile };
  const add = find(new RegExp(`^${prefix}add\\.csv(\\.gz)?$`));
  const alt = find(new RegExp(`^${prefix}alt\\.csv(\\.gz)?$`));
  const comments = find(new RegExp(`^${prefix === "" ? "sdn_" : prefix}comments\\.csv(\\.gz)?$`));
  if (add) set.add = add;
  if (alt) set.alt = alt;
  if (comments) set.comments = comments;
  return set;
}

export function legacyFiles(selection: Selection): LegacyFiles {
  const [main, ...rest] = selection.files;
  if (!main) throw new ValidationError("no files selected");
  const set: LegacyFiles = { main };
  for (const f of rest) {
    const n = f.name.toLowerCase();
    if (/add\.csv/.test(n)) set.add = f;
    else if (/alt\.csv/.test(n)) set.alt = f;
    else if (/comments\.csv/.test(n)) set.comments = f;
  }
  return set;
}

const LIST = { key: "us_ofac_sdn", list: "SDN List", url: `${EXPORTS}/SDN.CSV` };

export const usOfacSdn: Source = {
  key: "us_ofac_sdn",
  title: "OFAC Specially Designated Nationals and Blocked Persons List",
  authority: "US Treasury, Office of Foreign Assets Control",
  homepage: "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists",
  downloads: [
    { url: `${EXPORTS}/SDN.CSV`, file: "sdn.csv" },
    { url: `${EXPORTS}/ADD.CSV`, file: "add.csv", optional: true },
    { url: `${EXPORTS}/ALT.CSV`, file: "alt.csv", optional: true },
    { url: `${EXPORTS}/SDN_COMMENTS.CSV`, file: "sdn_comments.csv", optional: true },
  ],
  formats: ["legacy-csv", "classic-xml"],
  partialFields: legacyPartialFields(""),
  select(files) {
    // sdn.csv, or a dated copy such as sdn_2022-02-23_1846Z.csv.gz; a lone main file is a valid release.
    const set = selectLegacySet(files, /^sdn(?!_comments)([_-][\w-]+)?\.csv(\.gz)?$/, "");
    if (set) {
      const missing = legacyMissing(set, "");
      return {
        format: "legacy-csv",
        files: [set.main, set.add, set.alt, set.comments].filter((f): f is InputFile => Boolean(f)),
        ...(missing.length ? { missing } : {}),
      };
    }
    const xml = files.find((f) => /^sdn([_-][\w-]+)?\.xml(\.gz)?$/i.test(f.name));
    if (xml) return { format: "classic-xml", files: [xml] };
    throw new ValidationError(`no sdn.csv or sdn.xml found among: ${files.map((f) => f.name).join(", ") || "(no files)"}`);
  },
  async *parse(selection, ctx) {
    if (selection.format === "classic-xml") {
      yield* parseClassicXml(selection.files[0] as InputFile, ctx, { ...LIST, url: `${EXPORTS}/SDN.XML` });
      return;
    }
    for await (const record of parseLegacyCsv(legacyFiles(selection), ctx, "us_ofac_sdn")) yield mapOfacRecord(record, LIST);
  },
};
