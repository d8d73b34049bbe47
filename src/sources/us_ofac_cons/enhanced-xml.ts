/**
 * OFAC's ENHANCED_XML format (CONS_ENHANCED.XML, SDN_ENHANCED.XML, or the same in a .ZIP):
 * <sanctionsData> <publicationInfo> <referenceValues> <featureTypes> <entities><entity id="..."> ...
 *
 * Read in two streaming passes. The first collects the look-up tables, dataAsOf and the set of entity
 * numbers (a relationship may point to an entity further down the file, and whether it is in this file
 * at all decides which list its link goes to). The second yields one record per <entity>. So the
 * order of the sections does not matter, and only the look-ups and the ids are held in memory.
 */
import type { Readable } from "node:stream";
import { ParseError } from "../../errors.js";
import { readXmlRecords, text } from "../common/xml.js";
import { DEFAULT_ZIP_LIMITS, readZipEntry, type ZipLimits } from "../common/zip.js";
import type { InputFile, ParseContext } from "../types.js";
import { type EnhancedLookups, type EnhancedRecord, type FeatureType, type ReferenceValue, toEnhancedRecord } from "./enhanced-record.js";

export const ENHANCED_ROOT = "sanctionsData";

export interface EnhancedInput {
  /** Name used in errors: "CONS_ENHANCED.XML", or "CONS_ENHANCED.ZIP/CONS_ENHANCED.XML" for a zip entry. */
  label: string;
  /** A fresh stream of the XML text each time (the parser reads it twice). */
  open(): Readable;
}

export interface EnhancedHeader {
  /** publicationInfo/dataAsOf as written, e.g. "2025-01-10T00:00:00". */
  dataAsOf?: string;
  /** The lists the publication was filtered on (publicationInfo/filters), e.g. ["Consolidated List"]. */
  filterLists: string[];
  lookups: EnhancedLookups;
  /** Every entity number in the file. */
  entityIds: Set<string>;
}

/**
 * A zip entry is streamed from the archive on each pass (inflated and checked as it goes: sizes,
 * ratio, CRC-32), never held whole in memory.
 */
export async function openEnhancedInput(
  file: InputFile,
  ctx: ParseContext,
  source: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<EnhancedInput> {
  if (!/\.zip$/i.test(file.name)) return { label: file.name, open: () => ctx.open(file) };
  const entry = readZipEntry(file.path, file.name, /\.xml$/i, limits);
  const label = `${file.name}/${entry.name}`;
  if (!entry.size) throw new ParseError("the zip entry is empty", { source, file: label });
  return { label, open: () => entry.open() };
}

/** Pass 1: the look-up tables, dataAsOf, the filter lists and the entity numbers. */
export async function scanEnhancedXml(input: EnhancedInput, source: string): Promise<EnhancedHeader> {
  const header: EnhancedHeader = { filterLists: [], lookups: { refs: new Map(), featureTypes: new Map() }, entityIds: new Set() };
  let root: string | undefined;
  const records = readXmlRecords(input.open(), {
    source,
    file: input.label,
    recordTags: ["referenceValue", "featureType"],
    onOpen(name, attrs) {
      if (!root) {
        root = name;
        if (name !== ENHANCED_ROOT)
          throw new ParseError(`not an OFAC enhanced XML file: the root element is <${name}>, not <${ENHANCED_ROOT}>`, {
            source,
            file: input.label,
          });
      }
      if (name === "entity" && attrs.id !== undefined) header.entityIds.add(attrs.id.trim());
    },
    onText(path, value) {
      if (path[1] !== "publicationInfo") return;
      if (path[2] === "dataAsOf") header.dataAsOf = value;
      else if (path[path.length - 1] === "sanctionsList") header.filterLists.push(value);
    },
  });
  for await (const node of records) {
    if (node.name === "referenceValue") {
      const refId = node.attrs.refId;
      const type = text(node, "type");
      if (!refId || !type)
        throw new ParseError("a referenceValue without refId or type", {
          source,
          file: input.label,
          line: node.line,
          field: "referenceValue",
        });
      const value: ReferenceValue = { type, value: text(node, "value") ?? "" };
      const iso = text(node, "isoCode");
      const code = text(node, "code");
      if (iso) value.isoCode = iso;
      if (code) value.code = code;
      header.lookups.refs.set(refId, value);
    } else {
      const id = node.attrs.featureTypeId;
      const type = text(node, "type");
      if (!id || !type)
        throw new ParseError("a featureType without featureTypeId or type", {
          source,
          file: input.label,
          line: node.line,
          field: "featureType",
        });
      const feature: FeatureType = { type };
      const detail = text(node, "detailType");
      if (detail) feature.detailType = detail;
      header.lookups.featureTypes.set(id, feature);
    }
  }
  if (header.dataAsOf !== undefined && Number.isNaN(Date.parse(header.dataAsOf)))
    throw new ParseError(`dataAsOf is not a date ('${header.dataAsOf}')`, { source, file: input.label, field: "publicationInfo/dataAsOf" });
  return header;
}

/** Pass 2: one record per <entity>, in file order; an entity number seen twice is an error. */
export async function* readEnhancedRecords(input: EnhancedInput, header: EnhancedHeader, source: string): AsyncGenerator<EnhancedRecord> {
  const seen = new Set<string>();
  const where = { source, file: input.label };
  for await (const node of readXmlRecords(input.open(), { ...where, recordTags: ["entity"] })) {
    const record = toEnhancedRecord(node, header.lookups, where);
    if (seen.has(record.id)) throw new ParseError(`entity ${record.id} appears twice`, { ...where, line: node.line, field: "entity/@id" });
    seen.add(record.id);
    yield record;
  }
}
