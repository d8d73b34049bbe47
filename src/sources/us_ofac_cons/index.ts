/** OFAC Consolidated Sanctions List (non-SDN lists: SSI, NS-MBS, CMIC, FSE, PLC, CAPTA). */
import { ValidationError } from "../../errors.js";
import type { InputFile, Source } from "../types.js";
import { parseClassicXml } from "../us_ofac_sdn/classic-xml.js";
import { legacyFiles, legacyMissing, legacyPartialFields } from "../us_ofac_sdn/index.js";
import { mapOfacRecord } from "../us_ofac_sdn/map.js";
import { parseLegacyCsv } from "../us_ofac_sdn/parse.js";
import { type EnhancedListInfo, parseEnhancedEntities } from "./enhanced-map.js";

const EXPORTS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports";

export const CONS_ENHANCED: EnhancedListInfo = { key: "us_ofac_cons", otherKey: "us_ofac_sdn", otherList: "SDN List" };

/** The legacy formats do not say which non-SDN list a record is on (the enhanced XML does). */
const LEGACY_LIST = { key: "us_ofac_cons", list: "Consolidated List (non-SDN)", url: `${EXPORTS}/CONS_PRIM.CSV` };

/** CONS_ENHANCED.ZIP / .XML, also a dated copy ("CONS_ENHANCED_2025-01-10.XML") or a gzipped XML. */
const ENHANCED_FILE = /^cons_enhanced([_-][\w-]+)?\.(zip|xml(\.gz)?)$/i;
const LEGACY_MAIN = /^cons_prim\.csv(\.gz)?$/i;

export const usOfacCons: Source = {
  key: "us_ofac_cons",
  title: "OFAC Consolidated Sanctions List (non-SDN)",
  authority: "US Treasury, Office of Foreign Assets Control",
  homepage: "https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists",
  downloads: [{ url: `${EXPORTS}/CONS_ENHANCED.ZIP`, file: "CONS_ENHANCED.ZIP" }],
  formats: ["enhanced-xml", "legacy-csv", "classic-xml"],
  partialFields: legacyPartialFields("cons_"),
  select(files) {
    // The enhanced XML wins over the legacy CSV set in the same folder: it states its own date and carries more.
    const enhanced = files.filter((f) => ENHANCED_FILE.test(f.name));
    if (enhanced.length > 1) {
      // The same release zipped and unzipped side by side: take the XML.
      const xml = enhanced.filter((f) => /\.xml(\.gz)?$/i.test(f.name));
      if (xml.length !== 1)
        throw new ValidationError(
          `several OFAC enhanced XML files found (${enhanced.map((f) => f.name).join(", ")}); import one at a time`,
        );
      return { format: "enhanced-xml", files: xml };
    }
    if (enhanced.length === 1) return { format: "enhanced-xml", files: enhanced };
    const prim = files.find((f) => LEGACY_MAIN.test(f.name));
    if (prim) {
      const rest = files.filter((f) => /^cons_(add|alt|comments)\.csv(\.gz)?$/i.test(f.name));
      const missing = legacyMissing(legacyFiles({ format: "legacy-csv", files: [prim, ...rest] }), "cons_");
      return { format: "legacy-csv", files: [prim, ...rest], ...(missing.length ? { missing } : {}) };
    }
    const classic = files.find((f) => /^consolidated([_-][\w-]+)?\.xml(\.gz)?$/i.test(f.name));
    if (classic) return { format: "classic-xml", files: [classic] };
    const names = files.map((f) => f.name).join(", ") || "(no files)";
    throw new ValidationError(`no CONS_ENHANCED.ZIP, CONS_ENHANCED.XML, cons_prim.csv or consolidated.xml found among: ${names}`);
  },
  async *parse(selection, ctx) {
    if (selection.format === "enhanced-xml") {
      const [file] = selection.files as [InputFile | undefined];
      if (!file) throw new ValidationError("us_ofac_cons: no file selected");
      yield* parseEnhancedEntities(file, ctx, CONS_ENHANCED);
      return;
    }
    if (selection.format === "classic-xml") {
      yield* parseClassicXml(selection.files[0] as InputFile, ctx, LEGACY_LIST);
      return;
    }
    for await (const record of parseLegacyCsv(legacyFiles(selection), ctx, "us_ofac_cons")) yield mapOfacRecord(record, LEGACY_LIST);
  },
};
