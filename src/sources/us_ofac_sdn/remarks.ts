/**
 * OFAC remarks ("DOB 01 Oct 1952; POB Moscow, Russia; nationality Russia; Passport 123 (Russia);
 * Linked To: BANK ROSSIYA.") into structured facts. Parts no rule knows stay in the raw remarks only.
 */
import { addName, addProperty, countryCode, type Entity, pushUnique } from "../../model/index.js";
import { parseDates } from "../common/dates.js";

/** OFAC's identifier labels → normalised type. Longest labels first so "Tax ID No." wins over "ID No.". */
const ID_LABELS: [string, string][] = (
  [
    ["Passport", "passport"],
    ["Diplomatic Passport", "passport"],
    ["National ID No.", "national_id"],
    ["National Foreign ID Number", "national_id"],
    ["Identification Number", "national_id"],
    ["Cedula No.", "national_id"],
    ["C.U.I.P.", "national_id"],
    ["C.U.R.P.", "national_id"],
    ["D.N.I.", "national_id"],
    ["SSN", "national_id"],
    ["Personal ID Card", "national_id"],
    ["Residency Number", "national_id"],
    ["Tax ID No.", "tax_id"],
    ["R.F.C.", "tax_id"],
    ["RUC #", "tax_id"],
    ["NIT #", "tax_id"],
    ["V.A.T. Number", "vat"],
    ["Registration Number", "registration"],
    ["Registration ID", "registration"],
    ["Business Registration Number", "registration"],
    ["Business Registration Document #", "registration"],
    ["Business Number", "registration"],
    ["Company Number", "registration"],
    ["Commercial Registry Number", "registration"],
    ["Commercial Registration Number", "registration"],
    ["C.R. No.", "registration"],
    ["Folio Mercantil No.", "registration"],
    ["Trade License No.", "registration"],
    ["Public Registration Number", "registration"],
    ["Government Gazette Number", "registration"],
    ["Economic Register Number", "registration"],
    ["Chinese Commercial Code", "registration"],
    ["Unified Social Credit Code (USCC)", "registration"],
    ["Legal Entity Number", "lei"],
    ["D-U-N-S Number", "duns"],
    ["Vessel Registration Identification IMO", "imo"],
    ["Identification Number IMO", "imo"],
    ["IMO", "imo"],
    ["MMSI", "mmsi"],
    ["Aircraft Tail Number", "aircraft_tail"],
    ["Aircraft Manufacturer's Serial Number (MSN)", "aircraft_msn"],
    ["Aircraft Mode S Transponder Code", "aircraft_mode_s"],
    ["Aircraft Construction Number (also called L/N or S/N or F/N)", "aircraft_msn"],
    ["SWIFT/BIC", "swift"],
    ["License", "license"],
    ["Driver's License No.", "drivers_license"],
    ["Birth Certificate Number", "birth_certificate"],
    ["Stock Ticker", "ticker"],
    ["ISIN", "isin"],
    ["Digital Currency Address -", "crypto_wallet"],
    ["Kassenzeichen", "registration"],
    ["Refugee ID Card", "national_id"],
    ["Matricula Mercantil No", "registration"],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);

/** The normalised identifier type for one of OFAC's labels ("Tax ID No." → "tax_id"), if known. */
export function identifierType(label: string): string | undefined {
  const l = label.trim().replace(/\s*-$/, "");
  return ID_LABELS.find(([known]) => known.replace(/\s*-$/, "") === l)?.[1];
}

const CONTACT: [RegExp, string][] = [
  [/^Website\s+(.+)$/i, "website"],
  [/^Email(?: Address)?\s*:?\s*(.+)$/i, "email"],
  [/^(?:Telephone|Phone Number|Phone)\s*:?\s*(.+)$/i, "phone"],
  [/^Fax\s*:?\s*(.+)$/i, "fax"],
];

/** Splits remarks at ";" outside quotes and parentheses; drops the final full stop. */
export function splitRemarks(remarks: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = "";
  for (let i = 0; i < remarks.length; i++) {
    const c = remarks[i] as string;
    if (c === "'" && (quoted || /[\s(]|^$/.test(remarks[i - 1] ?? ""))) quoted = !quoted;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    if (c === ";" && depth === 0 && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  return parts.map((p) => p.trim().replace(/\.$/, "").trim()).filter(Boolean);
}

/** "12345 (Russia), issued 01 Jan 2010, expires 01 Jan 2020" → value, country and dates. */
function identifierValue(rest: string): { value: string; country?: string; issued?: string; expires?: string } {
  let value = rest.trim();
  const out: { value: string; country?: string; issued?: string; expires?: string } = { value };
  const expires = /,?\s*expires\s+([^,;]+)$/i.exec(value);
  if (expires) {
    out.expires = parseDates(expires[1])[0];
    value = value.slice(0, expires.index);
  }
  const issued = /,?\s*issued\s+([^,;]+)$/i.exec(value);
  if (issued) {
    out.issued = parseDates(issued[1])[0];
    value = value.slice(0, issued.index);
  }
  const country = /\s*\(([^()]+)\)\s*$/.exec(value);
  if (country) {
    const code = countryCode(country[1]);
    if (code) {
      out.country = code;
      value = value.slice(0, country.index);
    }
  }
  out.value = value.trim();
  return out;
}

/** Remarks facts with a property of their own: OFAC's label → property key. */
const PROPERTY_LABELS: Record<string, string> = {
  "secondary sanctions risk": "secondarySanctionsRisk",
  "additional sanctions information -": "additionalSanctionsInformation",
  "transactions prohibited for persons owned or controlled by u.s. financial institutions": "transactionsProhibited",
  "target type": "targetType",
  "organization type": "organizationType",
  "organization established date": "incorporationDate",
};
const PROPERTY_RE = new RegExp(
  `^(${Object.keys(PROPERTY_LABELS)
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|")})\\s*:?\\s*(.+)$`,
  "i",
);

/** One rule per kind of remark; the first whose pattern matches applies. */
const RULES: [RegExp, (entity: Entity, m: RegExpExecArray) => void][] = [
  [
    /^DOB\s+(.+)$/i,
    (e, m) => {
      for (const d of parseDates(m[1])) pushUnique(e.birthDates, d);
    },
  ],
  [/^POB\s+(.+)$/i, (e, m) => pushUnique(e.birthPlaces, m[1]?.trim())],
  [
    /^(?:nationality|citizen)\s+(.+)$/i,
    (e, m) => {
      const code = countryCode(m[1]);
      pushUnique(e.nationalities, code ?? m[1]?.trim());
      if (code) pushUnique(e.countries, code);
    },
  ],
  [
    /^Gender\s+(Male|Female)$/i,
    (e, m) => {
      e.gender = (m[1] as string).toLowerCase();
    },
  ],
  [/^Linked To:\s*(.+)$/i, (e, m) => pushUnique(e.links, m[1]?.trim())],
  // Remarks aliases are OFAC's weak (low-quality) a.k.a.s: they are not in alt.csv.
  [/^a\.k\.a\.,?\s*'(.+)'$/i, (e, m) => addName(e, m[1], "weak")],
  [/^f\.k\.a\.,?\s*'(.+)'$/i, (e, m) => addName(e, m[1], "fka")],
  [
    PROPERTY_RE,
    (e, m) => {
      const key = PROPERTY_LABELS[(m[1] as string).toLowerCase()] as string;
      addProperty(e, key, key === "incorporationDate" ? (parseDates(m[2])[0] ?? m[2]) : m[2]);
    },
  ],
];

/** Applies what the remarks say to the entity (which keeps the raw text in `remarks`). */
export function applyRemarks(entity: Entity, remarks: string): void {
  for (const raw of splitRemarks(remarks)) {
    const part = raw.replace(/^alt\.\s+/i, "");
    const rule = RULES.find(([re]) => re.test(part));
    if (rule) {
      rule[1](entity, rule[0].exec(part) as RegExpExecArray);
    } else {
      const contact = CONTACT.find(([re]) => re.test(part));
      if (contact) {
        const value = (contact[0].exec(part)?.[1] ?? "").trim();
        entity.identifiers.push({ type: contact[1], value, label: part.slice(0, part.length - value.length).trim() });
        continue;
      }
      const label = ID_LABELS.find(([l]) => part.startsWith(`${l} `) || (l.endsWith("-") && part.startsWith(l)));
      if (label) {
        const rest = part.slice(label[0].length);
        const id = identifierValue(rest);
        if (!id.value) continue;
        const identifier: Entity["identifiers"][number] = { type: label[1], value: id.value, label: label[0].replace(/\s*-$/, "") };
        if (id.country) identifier.country = id.country;
        entity.identifiers.push(identifier);
        if (id.issued) entity.properties[`${label[1]}IssueDate`] = [id.issued];
        if (id.expires) entity.properties[`${label[1]}ExpiryDate`] = [id.expires];
      }
    }
  }
}
