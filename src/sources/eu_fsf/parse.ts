/** Streams EU FSF files of either format into entities, reading the publication date from the root. */
import type { Readable } from "node:stream";
import { ParseError } from "../../errors.js";
import type { Entity } from "../../model/index.js";
import { readXmlRecords, type XmlNode } from "../common/xml.js";
import type { InputFile, ParseContext, ParseMeta } from "../types.js";
import { type EuFormat, ROOTS } from "./detect.js";
import { mapSanctionEntity, SOURCE_KEY } from "./map.js";
import { mapLegacyEntity } from "./map-legacy.js";

const RECORD_TAG: Record<EuFormat, string> = { "legacy-xml": "ENTITY", "xml-1.1": "sanctionEntity" };

/** WHOLE/@Date is day first: "11/02/2016" is 11 February 2016. */
export function legacyDate(raw: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim());
  if (!m) return undefined;
  const iso = `${m[3]}-${(m[2] as string).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : undefined;
}

/** Yields the record elements of one file after checking that its root matches the expected format. */
export async function* readEuRecords(input: Readable, file: string, format: EuFormat, meta: ParseMeta): AsyncGenerator<XmlNode> {
  let root: string | undefined;
  yield* readXmlRecords(input, {
    source: SOURCE_KEY,
    file,
    recordTags: [RECORD_TAG[format]],
    onOpen(name, attrs) {
      if (root) return;
      root = name;
      if (ROOTS[name] !== format) {
        const what = ROOTS[name] ? `a ${ROOTS[name]} file` : `not an EU FSF file (root element <${name}>)`;
        throw new ParseError(`expected the ${format} format, found ${what}`, { source: SOURCE_KEY, file });
      }
      const field = format === "legacy-xml" ? "Date" : "generationDate";
      const raw = attrs[field]?.trim();
      if (!raw) return;
      const published = format === "legacy-xml" ? legacyDate(raw) : Number.isNaN(Date.parse(raw)) ? undefined : raw;
      if (!published) throw new ParseError(`not a date ('${raw}')`, { source: SOURCE_KEY, file, field });
      meta.publishedAt = published;
    },
  });
}

export async function* parseEuFile(file: InputFile, format: EuFormat, ctx: ParseContext): AsyncGenerator<Entity> {
  const seen = new Set<string>();
  const map = format === "legacy-xml" ? mapLegacyEntity : mapSanctionEntity;
  for await (const node of readEuRecords(ctx.open(file), file.name, format, ctx.meta)) {
    const entity = map(node, file.name);
    const id = entity.source.recordId;
    if (seen.has(id))
      throw new ParseError(`record id ${id} appears twice`, {
        source: SOURCE_KEY,
        file: file.name,
        line: node.line,
        field: format === "legacy-xml" ? "Id" : "logicalId",
      });
    seen.add(id);
    yield entity;
  }
}
