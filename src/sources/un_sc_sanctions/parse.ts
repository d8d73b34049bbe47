/**
 * The UN Security Council Consolidated List XML (https://www.un.org/sc/resources/sc-sanctions.xsd):
 * <CONSOLIDATED_LIST dateGenerated="..."><INDIVIDUALS><INDIVIDUAL>...</INDIVIDUALS><ENTITIES><ENTITY>...
 * streamed record by record.
 */
import type { Readable } from "node:stream";
import { ParseError } from "../../errors.js";
import type { Entity } from "../../model/index.js";
import { readXmlRecords, type XmlNode } from "../common/xml.js";
import type { InputFile, ParseContext, ParseMeta } from "../types.js";
import { mapUnRecord, SOURCE_KEY } from "./map.js";

const ROOT = "CONSOLIDATED_LIST";

/** Yields each <INDIVIDUAL> and <ENTITY>; sets meta.publishedAt from the root's dateGenerated. */
export async function* readUnRecords(input: Readable, file: string, meta: ParseMeta): AsyncGenerator<XmlNode> {
  let root: string | undefined;
  const records = readXmlRecords(input, {
    source: SOURCE_KEY,
    file,
    recordTags: ["INDIVIDUAL", "ENTITY"],
    onOpen(name, attrs) {
      if (root) return;
      root = name;
      if (name !== ROOT)
        throw new ParseError(`not a UN consolidated list: the root element is <${name}>, not <${ROOT}>`, { source: SOURCE_KEY, file });
      const generated = attrs.dateGenerated?.trim();
      if (generated) {
        if (Number.isNaN(Date.parse(generated)))
          throw new ParseError(`dateGenerated is not a timestamp ('${generated}')`, { source: SOURCE_KEY, file, field: "dateGenerated" });
        meta.publishedAt = generated;
      }
    },
  });
  yield* records;
}

/** Entities of one UN list file, in file order; a DATAID seen twice is an error. */
export async function* parseUnFile(file: InputFile, ctx: ParseContext): AsyncGenerator<Entity> {
  const seen = new Set<string>();
  for await (const node of readUnRecords(ctx.open(file), file.name, ctx.meta)) {
    const entity = mapUnRecord(node, { file: file.name });
    if (seen.has(entity.source.recordId))
      throw new ParseError(`DATAID ${entity.source.recordId} appears twice`, {
        source: SOURCE_KEY,
        file: file.name,
        line: node.line,
        field: "DATAID",
      });
    seen.add(entity.source.recordId);
    yield entity;
  }
}
