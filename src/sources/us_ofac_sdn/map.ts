/** OFAC legacy CSV records → entities. Shared by the SDN and the consolidated (non-SDN) lists. */
import { addName, addProperty, countryCode, createEntity, type Entity, type NameKind, pushUnique, type Schema } from "../../model/index.js";
import { joinRemarks, type OfacRecord } from "./parse.js";
import { applyRemarks } from "./remarks.js";

const SCHEMA: Record<string, Schema> = { individual: "Person", vessel: "Vessel", aircraft: "Aircraft", "": "Organization" };
const ALT_KIND: Record<string, NameKind> = { aka: "aka", fka: "fka", nka: "aka" };

export interface OfacListInfo {
  key: string;
  /** "SDN List", or the consolidated list's name. */
  list: string;
  url: string;
}

export function mapOfacRecord(record: OfacRecord, info: OfacListInfo): Entity {
  const { main } = record;
  const entity = createEntity(info.key, main.entNum, SCHEMA[main.type] ?? "Organization");
  entity.source.url = `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${main.entNum}`;
  addName(entity, main.name, "primary");
  for (const alt of record.alts) {
    addName(entity, alt.name, ALT_KIND[alt.type.toLowerCase().replace(/\./g, "")] ?? "aka");
  }
  // "SDGT] [IRGC" in the file: programs are bracketed and the outer brackets are cut off.
  for (const p of main.program.split(/\]\s*\[/)) {
    const program = p.replace(/[[\]]/g, "").trim();
    if (!program) continue;
    pushUnique(entity.programs, program);
    entity.sanctions.push({ authority: "US Treasury OFAC", list: info.list, program });
  }
  for (const a of record.addresses) {
    const parts = [a.address, a.cityStatePostal, a.country].filter(Boolean);
    if (!parts.length) continue;
    const address: Entity["addresses"][number] = { full: parts.join(", ") };
    if (a.address) address.street = a.address;
    if (a.cityStatePostal) address.city = a.cityStatePostal;
    if (a.country) {
      address.countryName = a.country;
      const code = countryCode(a.country);
      if (code) {
        address.country = code;
        pushUnique(entity.countries, code);
      }
    }
    entity.addresses.push(address);
  }
  addProperty(entity, "title", main.title);
  addProperty(entity, "callSign", main.callSign);
  addProperty(entity, "vesselType", main.vesselType);
  addProperty(entity, "tonnage", main.tonnage);
  addProperty(entity, "grossRegisteredTonnage", main.grt);
  addProperty(entity, "vesselOwner", main.vesselOwner);
  if (main.vesselFlag) {
    addProperty(entity, "flag", main.vesselFlag);
    const code = countryCode(main.vesselFlag);
    if (code) pushUnique(entity.countries, code);
  }
  const remarks = joinRemarks(main.remarks, record.comments);
  if (remarks) {
    entity.remarks.push(remarks);
    applyRemarks(entity, remarks);
  }
  return entity;
}
