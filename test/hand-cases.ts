/**
 * Hand-written screening cases (src/match/fixtures/hand-cases.csv): Russian companies and people in Cyrillic
 * against English list names, Chinese companies and people in characters, pinyin, Wade-Giles and
 * English, legal-form variants, typos, and near names that must not match. A second measure beside the
 * public name benchmark, written for this project, not drawn from it.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";

export interface HandCase {
  schema: string;
  query: string;
  listName: string;
  match: boolean;
}

export function loadHandCases(): HandCase[] {
  const text = readFileSync(new URL("../src/match/fixtures/hand-cases.csv", import.meta.url), "utf8");
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  return rows.map((r) => ({ schema: r.schema ?? "", query: r.query ?? "", listName: r.list_name ?? "", match: r.match === "true" }));
}
