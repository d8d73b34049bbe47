/**
 * OFAC's identifier wording → the normalised identifier types of `model` (Identifier.type). Covers
 * every "ID DOCUMENT TYPE" in the referenceValues of the 2025-01 consolidated file and the features
 * that are identifiers (Website, SWIFT/BIC, ISIN, ...). The label keeps OFAC's own wording.
 */

const DOCUMENT_TYPES: Record<string, string[]> = {
  passport: ["Passport", "Diplomatic Passport", "British National Overseas Passport", "Stateless Person Passport"],
  travel_document: ["Travel Document Number"],
  national_id: [
    "Cedula No.",
    "SSN",
    "D.N.I.",
    "N.I.E.",
    "National ID No.",
    "Bosnian Personal ID No.",
    "Kenyan ID No.",
    "Moroccan Personal ID No.",
    "C.U.R.P.",
    "C.U.I.P.",
    "C.I.N.",
    "Identification Number",
    "National Foreign ID Number",
    "Personal ID Card",
    "Residency Number",
    "CNP (Personal Numerical Code)",
    "Romanian Permanent Resident",
    "Turkish Identification Number",
    "Stateless Person ID Card",
    "Refugee ID Card",
    "Numero de Identidad",
    "Tazkira National ID Card",
    "Citizen's Card Number",
    "UAE Identification",
    "Credencial electoral",
    "Electoral Registry No.",
    "I.F.E.",
    "Immigration No.",
    "Public Security and Immigration No.",
  ],
  tax_id: [
    "Tax ID No.",
    "R.F.C.",
    "RFC",
    "NIT #",
    "US FEIN",
    "RUC #",
    "RIF #",
    "C.I.F.",
    "C.U.I.T.",
    "C.U.I.",
    "N.I.F.",
    "RTN",
    "RSIN",
    "Italian Fiscal Code",
    "Fiscal Code",
    "Paraguayan tax identification number",
    "Numero Unico de Identificacao Tributaria (NUIT)",
    "Romanian Tax Registration",
  ],
  vat: ["V.A.T. Number"],
  registration: [
    "Registration ID",
    "Registration Number",
    "Business Registration Document #",
    "Business Registration Number",
    "Business Number",
    "Company Number",
    "UK Company Number",
    "C.R. No.",
    "Romanian C.R.",
    "Commercial Registry Number",
    "Certificate of Incorporation Number",
    "Registration Certificate Number (Dubai)",
    "Matricula Mercantil No",
    "Folio Mercantil No.",
    "Government Gazette Number",
    "Public Registration Number",
    "Istanbul Chamber of Comm. No.",
    "Dubai Chamber of Commerce Membership No.",
    "Chamber of Commerce Number",
    "Trade License No.",
    "Enterprise Number",
    "Organization Code",
    "Branch Unit Number",
    "Unified Social Credit Code (USCC)",
    "United Social Credit Code Certificate (USCCC)",
    "Central Registration System Number",
    "Economic Register Number (CBLS)",
    "Russian State Individual Business Registration Number Pattern (OGRNIP)",
    "Registered Charity No.",
    "MSB Registration Number",
    "LE Number",
  ],
  lei: ["Legal Entity Number"],
  giin: ["Global Intermediary Identification Number"],
  license: [
    "License",
    "Tourism License No.",
    "Afghan Money Service Provider License Number",
    "Pilot License Number",
    "Permit Number",
    "SRE Permit No.",
  ],
  drivers_license: ["Driver's License No."],
  birth_certificate: ["Birth Certificate Number"],
  military_id: ["Cartilla de Servicio Militar Nacional", "Military Registration Number"],
  seafarer_id: ["Seafarer's Identification Document"],
  visa: ["VisaNumberID"],
  // Four-digit telegraph codes of the characters of a Chinese name, not a registration.
  chinese_commercial_code: ["Chinese Commercial Code"],
  imo: ["Vessel Registration Identification", "IMO"],
  mmsi: ["MMSI"],
  aircraft_msn: [
    "Aircraft Serial Identification",
    "Aircraft Manufacturer's Serial Number (MSN)",
    "Aircraft Construction Number (also called L/N or S/N or F/N)",
  ],
  aircraft_tail: ["Aircraft Tail Number"],
  aircraft_mode_s: ["Aircraft Mode S Transponder Code"],
  trademark: ["Trademark number"],
  other: ["Serial No.", "File Number"],
};

/** Features that are identifiers rather than facts. */
const FEATURE_TYPES: Record<string, string[]> = {
  website: ["Website"],
  email: ["Email Address"],
  phone: ["Phone Number", "Telephone"],
  fax: ["Fax"],
  swift: ["SWIFT/BIC"],
  isin: ["ISIN"],
  ticker: ["Equity Ticker", "Stock Ticker"],
  bik: ["BIK (RU)"],
  duns: ["D-U-N-S Number"],
  imo: ["IMO", "Vessel Registration Identification"],
  mmsi: ["MMSI"],
  aircraft_tail: ["Aircraft Tail Number"],
  aircraft_msn: ["Aircraft Manufacturer's Serial Number (MSN)", "Aircraft Construction Number (also called L/N or S/N or F/N)"],
  aircraft_mode_s: ["Aircraft Mode S Transponder Code"],
};

const invert = (table: Record<string, string[]>) =>
  new Map(Object.entries(table).flatMap(([type, labels]) => labels.map((l) => [l.toLowerCase(), type] as const)));
const DOCUMENTS = invert(DOCUMENT_TYPES);
const FEATURES = invert(FEATURE_TYPES);

/** The normalised type of an identity document; wording not in the table is classified by its words. */
export function documentType(label: string): string {
  const known = DOCUMENTS.get(label.trim().toLowerCase());
  if (known) return known;
  if (/passport/i.test(label)) return "passport";
  if (/\b(tax|fiscal)\b/i.test(label)) return "tax_id";
  if (/regist|company|commerc|incorporat|chamber/i.test(label)) return "registration";
  if (/licen[cs]e|permit/i.test(label)) return "license";
  if (/\bID\b|identi|national/i.test(label)) return "national_id";
  return "other";
}

/** The identifier type of a feature ("Website" → "website"), or undefined for features that are not identifiers. */
export function featureIdentifierType(label: string): string | undefined {
  const clean = label.trim().replace(/\s*[:-]$/, "");
  if (/^Digital Currency Address\b/i.test(clean)) return "crypto_wallet";
  return FEATURES.get(clean.toLowerCase());
}

/** "IMO 9187629" → "9187629", so that vessel numbers compare across formats. */
export function identifierValue(type: string, value: string): string {
  const v = value.trim();
  if (type === "imo") return v.replace(/^IMO\s*/i, "");
  if (type === "mmsi") return v.replace(/^MMSI\s*/i, "");
  return v;
}
