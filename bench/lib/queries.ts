/**
 * Query sets for the speed bench: names from the loaded list with realistic defects (typos, swapped
 * letters, dropped or reordered parts, case and punctuation), and clean names that should not hit.
 * Deterministic (seeded), so that runs compare.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { StoredEntity } from "../../src/model/index.js";
import { sharedData } from "../../test/data.js";

export interface BenchQuery {
  name: string;
  /** The entity the query was made from, when it should be found. */
  expected?: string;
  kind: "exact" | "typo" | "swap" | "drop" | "reorder" | "clean";
}

/** mulberry32: a small seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function typo(name: string, r: () => number): string {
  const letters = [...name];
  const positions = letters.map((c, i) => (/\p{L}/u.test(c) ? i : -1)).filter((i) => i > 0);
  const at = positions[Math.floor(r() * positions.length)] ?? 1;
  const op = r();
  if (op < 0.33) letters.splice(at, 1);
  else if (op < 0.66) letters.splice(at, 0, letters[at] ?? "e");
  else letters[at] = "aeiou"[Math.floor(r() * 5)] as string;
  return letters.join("");
}

function swap(name: string, r: () => number): string {
  const letters = [...name];
  const at = 1 + Math.floor(r() * Math.max(1, letters.length - 3));
  const a = letters[at] as string;
  letters[at] = letters[at + 1] as string;
  letters[at + 1] = a;
  return letters.join("");
}

export function perturbedQueries(entities: StoredEntity[], count: number, seed = 42): BenchQuery[] {
  const r = rng(seed);
  const out: BenchQuery[] = [];
  const kinds: BenchQuery["kind"][] = ["exact", "typo", "swap", "drop", "reorder"];
  while (out.length < count) {
    const e = entities[Math.floor(r() * entities.length)] as StoredEntity;
    const n = e.names[Math.floor(r() * e.names.length)];
    if (!n || n.value.length < 6) continue;
    const kind = kinds[out.length % kinds.length] as BenchQuery["kind"];
    const words = n.value.replace(/,/g, "").split(/\s+/);
    let name = n.value;
    if (kind === "typo") name = typo(n.value, r);
    else if (kind === "swap") name = swap(n.value, r);
    else if (kind === "drop" && words.length >= 4) name = words.filter((_, i) => i !== 1 + Math.floor(r() * (words.length - 2))).join(" ");
    else if (kind === "reorder" && words.length >= 2) name = [...words.slice(1), words[0]].join(" ");
    out.push({ name: r() < 0.5 ? name.toLowerCase() : name, expected: e.id, kind });
  }
  return out;
}

/** 146 Norwegian company names (perchrh): real companies, none of them listed. */
export function cleanQueries(): BenchQuery[] {
  const text = readFileSync(sharedData("benchmarks/perchrh_queries/eu_test_queries_companies.csv"), "utf8");
  const rows = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ";", skipEmptyLines: true }).data;
  return rows.map((row) => ({ name: row.business_name ?? "", kind: "clean" as const })).filter((q) => q.name);
}
