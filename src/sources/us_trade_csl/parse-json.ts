/**
 * trade.gov Consolidated Screening List, JSON format (consolidated.json): `{"results": [ … ]}` with
 * the CSV's columns as fields, multi-valued ones as arrays: `alt_names: [string]`,
 * `addresses: [{address, city, state, postal_code, country}]`,
 * `ids: [{type, number, country, issue_date, expiration_date}]`. The record id is `id` (the CSV's
 * `_id`). Read element by element (json-stream.ts): the file is tens of MB.
 */
import type { Readable } from "node:stream";
import { ParseError } from "../../errors.js";
import type { CslId } from "./ids.js";
import { readJsonArray } from "./json-stream.js";
import { type CslAddress, type CslRow, checkRow, clean, SOURCE_KEY, splitList } from "./parse.js";

type Json = Record<string, unknown>;

/** "2020-12-23T00:00:00Z" → "2020-12-23"; anything else is left for checkRow to judge. */
function dateOnly(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
}

export async function* parseCslJson(input: Readable, file: string): AsyncGenerator<CslRow> {
  let count = 0;
  for await (const { index, line, value } of readJsonArray(input, { source: SOURCE_KEY, file, arrayKey: "results" })) {
    count = index;
    const where = (field: string) => ({ source: SOURCE_KEY, file, line, field });
    const bad = (field: string, what: string): never => {
      throw new ParseError(`result ${index}: ${field} is not ${what}`, where(field));
    };
    const r = value as Json;
    const text = (field: string, v: unknown = r[field]): string => {
      if (v === undefined || v === null) return "";
      if (typeof v === "string" || typeof v === "number") return clean(String(v));
      return bad(field, "a string");
    };
    // Either an array of strings or one "; "-joined string (the API has used both).
    const list = (field: string): string[] => {
      const v = r[field];
      if (Array.isArray(v)) return v.flatMap((x) => splitList(text(field, x)));
      return splitList(text(field));
    };
    const objects = (field: string): Json[] => {
      const v = r[field];
      if (v === undefined || v === null) return [];
      if (!Array.isArray(v) || v.some((x) => typeof x !== "object" || x === null || Array.isArray(x)))
        return bad(field, "an array of objects");
      return v as Json[];
    };
    const addresses = objects("addresses").map((a): CslAddress => {
      const parts = {
        street: text("addresses.address", a.address),
        city: text("addresses.city", a.city),
        state: text("addresses.state", a.state ?? a.state_or_province),
        postalCode: text("addresses.postal_code", a.postal_code),
        country: text("addresses.country", a.country),
      };
      const out: CslAddress = { full: Object.values(parts).filter(Boolean).join(", ") };
      if (parts.street) out.street = parts.street;
      if (parts.city) out.city = parts.city;
      if (parts.state) out.state = parts.state;
      if (parts.postalCode) out.postalCode = parts.postalCode;
      if (parts.country) out.country = parts.country;
      return out;
    });
    const ids = objects("ids").flatMap((i): CslId[] => {
      const id: CslId = { type: text("ids.type", i.type), number: text("ids.number", i.number), dates: [] };
      const country = text("ids.country", i.country);
      if (country) id.country = country;
      for (const d of [text("ids.issue_date", i.issue_date), text("ids.expiration_date", i.expiration_date)]) if (d) id.dates.push(d);
      return id.type && id.number ? [id] : [];
    });
    yield checkRow({
      file,
      row: line,
      id: text("id", r.id ?? r._id),
      source: text("source"),
      entityNumber: text("entity_number"),
      type: text("type"),
      programs: list("programs"),
      name: text("name"),
      title: text("title"),
      addresses: addresses.filter((a) => a.full),
      federalRegisterNotice: text("federal_register_notice"),
      startDate: dateOnly(text("start_date")),
      endDate: dateOnly(text("end_date")),
      standardOrder: text("standard_order"),
      licenseRequirement: text("license_requirement"),
      licensePolicy: text("license_policy"),
      callSign: text("call_sign"),
      vesselType: text("vessel_type"),
      grossTonnage: text("gross_tonnage"),
      grossRegisteredTonnage: text("gross_registered_tonnage"),
      vesselFlag: text("vessel_flag"),
      vesselOwner: text("vessel_owner"),
      remarks: text("remarks"),
      sourceListUrl: text("source_list_url"),
      altNames: list("alt_names"),
      citizenships: list("citizenships"),
      datesOfBirth: list("dates_of_birth"),
      nationalities: list("nationalities"),
      placesOfBirth: list("places_of_birth"),
      sourceInformationUrl: text("source_information_url"),
      ids,
    });
  }
  if (!count) throw new ParseError("no results", { source: SOURCE_KEY, file });
}
