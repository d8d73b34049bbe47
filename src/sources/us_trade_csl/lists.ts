/**
 * The 13 source lists of the CSL, known by the `source` column's wording, e.g.
 * "Entity List (EL) - Bureau of Industry and Security", "Non-SDN Menu-Based Sanctions List (NS-MBS
 * List) - Treasury Department", "Military End User (MEU) List - Bureau of Industry and Security".
 */

/** The code in parentheses ("EL", "NS-MBS", "MEU"), else the initials of the list's name. */
export function listCode(source: string): string {
  const name = source.split(" - ")[0] ?? source;
  const m = /\(([^)]+)\)/.exec(name);
  const code = m?.[1]
    ?.replace(/\s+List$/i, "")
    .trim()
    .toUpperCase();
  if (code && /^[A-Z0-9-]+$/.test(code)) return code;
  return (name.match(/\b[A-Za-z0-9]/g) ?? []).join("").toUpperCase() || "LIST";
}

/** The agency that maintains the list, from the part after " - ". */
export function listAuthority(source: string): string {
  const agency = source.split(" - ").slice(1).join(" - ").trim();
  if (/treasury/i.test(agency)) return "US Treasury OFAC";
  if (/bureau of industry and security/i.test(agency)) return "US Commerce BIS";
  if (/state department/i.test(agency)) {
    if (/\(DTC\)/.test(source)) return "US State Department DDTC";
    if (/\(ISN\)/.test(source)) return "US State Department ISN";
    return "US State Department";
  }
  return agency || "US Government";
}

/** Lists whose entries are OFAC records: `_id` and `entity_number` are the OFAC entity number. */
export function isTreasuryList(source: string): boolean {
  return /treasury/i.test(source.split(" - ").slice(1).join(" - "));
}

/** Lists that name people and firms alike and leave `type` empty. */
export function namesPeople(source: string): boolean {
  return /\((DPL|DTC)\)/.test(source);
}
