/**
 * Self-recall over the six sources' real files (bench/lib/six-sources.ts): every primary name and alias
 * of every entity, scored against itself (a scoring failure when below 0.99) and screened against all
 * six sources (a retrieval failure when its own entity is not at rank 1, ties allowed, with >= 0.99).
 *
 *   node --import tsx bench/self-recall.ts [--algorithm name-v4] [--screen] [--list]
 */
import { getAlgorithm } from "../src/match/algorithms/index.js";
import { createNameIndex } from "../src/screen/name-index.js";
import { createScreener } from "../src/screen/screener.js";
import { loadSixSources } from "./lib/six-sources.js";

const flag = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const algorithm = getAlgorithm(flag("--algorithm"));
const entities = await loadSixSources();
const entries = entities.flatMap((e, i) => e.names.map((n) => ({ entity: i, value: n.value, schema: e.schema })));
const index = createNameIndex(entries, algorithm);
const bySource = new Map<string, { names: number; scoring: string[]; retrieval: string[] }>();
const of = (key: string) => {
  let s = bySource.get(key);
  if (!s) {
    s = { names: 0, scoring: [], retrieval: [] };
    bySource.set(key, s);
  }
  return s;
};
const started = Date.now();
const selfScores = new Map<string, number>();
for (const e of entities) {
  const seen = new Set<string>();
  for (const n of e.names) {
    if (seen.has(n.value)) continue;
    seen.add(n.value);
    const s = of(e.source.key);
    s.names++;
    const q = algorithm.prepare(n.value);
    const c = algorithm.prepare(n.value, e.schema);
    const score = q.tokens.length ? algorithm.score(q, c, { stats: index.stats }) : 0;
    selfScores.set(`${e.id}\u0001${n.value}`, score);
    if (score < 0.99) s.scoring.push(`${score.toFixed(3)} ${e.id} ${JSON.stringify(n.value)}`);
  }
}
console.log(`${algorithm.id}: self-scores of ${entries.length} names in ${Date.now() - started} ms`);
if (process.argv.includes("--screen")) {
  const screener = await createScreener(entities, { algorithm: algorithm.id });
  for (const e of entities) {
    const seen = new Set<string>();
    for (const n of e.names) {
      if (seen.has(n.value)) continue;
      seen.add(n.value);
      if ((selfScores.get(`${e.id}\u0001${n.value}`) ?? 0) < 0.99) continue;
      let matches: ReturnType<typeof screener.screen> = [];
      try {
        matches = screener.screen({ name: n.value }, { threshold: 0.99, limit: 50 });
      } catch {
        of(e.source.key).retrieval.push(`(not screenable) ${e.id} ${JSON.stringify(n.value)}`);
        continue;
      }
      const top = matches[0]?.score ?? 0;
      const own = matches.find((m) => m.id === e.id);
      if (!own || own.score < top) of(e.source.key).retrieval.push(`${(own?.score ?? 0).toFixed(3)} ${e.id} ${JSON.stringify(n.value)}`);
    }
  }
}
for (const [key, s] of bySource) {
  console.log(
    `${key.padEnd(16)} names ${String(s.names).padStart(6)}  scoring failures ${String(s.scoring.length).padStart(4)}  retrieval failures ${s.retrieval.length}`,
  );
  if (process.argv.includes("--list")) for (const line of [...s.scoring, ...s.retrieval.map((r) => `R ${r}`)]) console.log(`  ${line}`);
}
