import assert from "node:assert/strict";
import { test } from "node:test";
import { rng } from "../../bench/lib/queries.js";
import { editSimilarity } from "../match/compare/tokens.js";
import { FuzzyStrings } from "./fuzzy-strings.js";

/** Strings over a small alphabet (many near neighbours), and edited copies of them (swaps included). */
function corpus(seed: number, count: number, alphabet: string): string[] {
  const r = rng(seed);
  const pick = () => alphabet[Math.floor(r() * alphabet.length)] as string;
  const out: string[] = [];
  while (out.length < count) {
    const base = Array.from({ length: 1 + Math.floor(r() * 16) }, pick);
    out.push(base.join(""));
    const edited = [...base];
    for (let e = Math.floor(r() * 4); e > 0; e--) {
      const at = Math.floor(r() * edited.length);
      const op = r();
      if (op < 0.25) edited.splice(at, 1);
      else if (op < 0.5) edited.splice(at, 0, pick());
      else if (op < 0.75) edited[at] = pick();
      else if (at + 1 < edited.length) [edited[at], edited[at + 1]] = [edited[at + 1] as string, edited[at] as string];
    }
    out.push(edited.join(""));
  }
  return out;
}

function brute(strings: readonly string[], x: string, floor: number): string[] {
  return [...new Set(strings.filter((y) => editSimilarity(x, y, floor).sim >= floor))].sort();
}

function found(fuzzy: FuzzyStrings, x: string, floor: number): string[] {
  const out: string[] = [];
  fuzzy.search(x, floor, (id, sim) => {
    assert.equal(sim, editSimilarity(x, fuzzy.strings[id] as string, floor).sim);
    out.push(fuzzy.strings[id] as string);
  });
  return out.sort();
}

test("finds exactly the strings within the edit similarity floor (random strings, edits and swaps)", () => {
  for (const [seed, alphabet] of [
    [1, "ab"],
    [2, "abcd"],
    [3, "aeiourstnl"],
    [4, "高市早苗石田中"],
  ] as const) {
    const strings = corpus(seed, 1500, alphabet);
    const fuzzy = new FuzzyStrings();
    for (const s of strings) fuzzy.add(s);
    fuzzy.freeze();
    const queries = corpus(seed + 100, 150, alphabet);
    for (const floor of [0.5, 0.6, 0.7, 0.75, 0.8, 0.9]) {
      for (const x of queries) assert.deepEqual(found(fuzzy, x, floor), brute(strings, x, floor), `'${x}' at ${floor} (${alphabet})`);
    }
  }
});

test("short strings meet only their equals above 0.6; exact lookups", () => {
  const fuzzy = new FuzzyStrings();
  for (const s of ["abc", "abd", "abcd", "ab"]) fuzzy.add(s);
  assert.deepEqual(found(fuzzy, "abc", 0.75), ["abc"]);
  assert.deepEqual(found(fuzzy, "abc", 0.5), ["ab", "abc", "abcd", "abd"]);
  assert.equal(fuzzy.exact("abd"), 1);
  assert.equal(fuzzy.exact("zz"), undefined);
  assert.equal(fuzzy.add("abc"), 0);
  assert.throws(() => fuzzy.add("new"), /after freeze/);
});
