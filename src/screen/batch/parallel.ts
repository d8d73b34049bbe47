/**
 * Batch screening on worker threads: each worker builds its own index from a compact copy of the
 * entities and screens chunks of rows; results come back in row order. On a 2-core machine two
 * workers screen about twice as many names per second as one thread.
 */
import { availableParallelism } from "node:os";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { StoredEntity } from "../../model/index.js";
import { checkSourceKeys, type ScreenerOptions } from "../screener.js";
import type { ScreenOptions } from "../types.js";
import type { BadRow, BatchRow } from "./input.js";
import type { BatchOutcome, BatchResult } from "./run.js";

/** What a worker needs of an entity: no remarks or properties; of sanctions the list (targets show it) and authority (targets read it). */
export type ScreeningRecord = Pick<
  StoredEntity,
  | "id"
  | "schema"
  | "names"
  | "countries"
  | "nationalities"
  | "addresses"
  | "identifiers"
  | "birthDates"
  | "source"
  | "releaseId"
  | "sanctions"
>;

export function screeningRecord(e: StoredEntity): ScreeningRecord {
  return {
    id: e.id,
    schema: e.schema,
    names: e.names.map((n) => ({ value: n.value, kind: n.kind })),
    countries: e.countries,
    nationalities: e.nationalities,
    addresses: e.addresses.map((a) => ({
      full: "",
      ...(a.country ? { country: a.country } : {}),
      ...(a.countryName ? { countryName: a.countryName } : {}),
    })),
    // The country too: targets join on a passport or registration number only with its country.
    identifiers: e.identifiers.map((i) => ({ type: i.type, value: i.value, ...(i.country ? { country: i.country } : {}) })),
    sanctions: e.sanctions.map((x) => ({ authority: x.authority, list: x.list })),
    birthDates: e.birthDates,
    source: { key: e.source.key, recordId: e.source.recordId },
    releaseId: e.releaseId,
  };
}

export interface ParallelBatch {
  readonly algorithm: string;
  readonly defaultThreshold: number;
  readonly size: number;
  /** Keys of the sources indexed. */
  readonly sources: readonly string[];
  screen(rows: readonly BatchRow[], options?: ScreenOptions & { onRow?: (done: number, total: number) => void }): Promise<BatchOutcome>;
  close(): Promise<void>;
}

/** Rows per message: large enough that messaging costs little, small enough for an even spread. */
const CHUNK = 250;
/** Chunks sent to a worker before its first reply. */
const IN_FLIGHT = 2;

type Reply =
  | { ready: true; algorithm: string; defaultThreshold: number; size: number; sources: string[] }
  /** A chunk's BatchOutcome as JSON. */
  | { json: string }
  | { error: string };

/**
 * A worker's young generation: smaller than V8's default, it keeps two workers and the main thread
 * under 600 MB on a 10,000-row batch (bench/match-speed.ts; docs/screening.md) at no measurable cost in speed.
 */
const YOUNG_GENERATION_MB = 16;

/** A worker thread running worker.js (compiled) or worker.ts (under tsx, in tests and benches). */
function startWorker(workerData: unknown): Worker {
  const ext = extname(fileURLToPath(import.meta.url));
  const url = new URL(`./worker${ext}`, import.meta.url);
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  if (ext !== ".ts") return new Worker(url, { workerData, resourceLimits });
  // Loader hooks given with --import do not reach worker threads on Node 20: register tsx in the worker.
  const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

export async function createParallelBatch(
  records: ScreeningRecord[],
  options: ScreenerOptions & { workers?: number } = {},
): Promise<ParallelBatch> {
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), 8));
  const screenerOptions: ScreenerOptions = {};
  if (options.algorithm) screenerOptions.algorithm = options.algorithm;
  if (options.sources) screenerOptions.sources = options.sources;
  // Replies come in the order of the messages: each worker's waiting callers stand in a queue.
  const waiting = new Map<Worker, { resolve: (r: Reply) => void; reject: (e: Error) => void }[]>();
  const replies = (w: Worker) =>
    new Promise<Reply>((resolve, reject) => {
      waiting.get(w)?.push({ resolve, reject });
    });
  const workers: Worker[] = [];
  let first: Reply | undefined;
  try {
    for (let k = 0; k < count; k++) {
      const w = startWorker({ records, options: screenerOptions });
      const queue: { resolve: (r: Reply) => void; reject: (e: Error) => void }[] = [];
      waiting.set(w, queue);
      w.on("message", (m: Reply) => queue.shift()?.resolve(m));
      w.on("error", (e: Error) => {
        for (const q of queue.splice(0)) q.reject(e);
      });
      workers.push(w);
    }
    for (const r of await Promise.all(workers.map(replies))) {
      if ("error" in r) throw new Error(`screening worker failed to start: ${r.error}`);
      first ??= r;
    }
  } catch (e) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw e;
  }
  if (!first || !("ready" in first)) throw new Error("screening worker did not start");

  return {
    algorithm: first.algorithm,
    defaultThreshold: first.defaultThreshold,
    size: first.size,
    sources: first.sources,
    async screen(rows, opts = {}) {
      const { onRow, ...screenOptions } = opts;
      checkSourceKeys(screenOptions.sources, first.sources);
      const chunks: BatchRow[][] = [];
      for (let i = 0; i < rows.length; i += CHUNK) chunks.push(rows.slice(i, i + CHUNK));
      const results: BatchResult[] = [];
      const bad: BadRow[] = [];
      let next = 0;
      let done = 0;
      // Each worker keeps two chunks in hand, so that it never waits for the main thread between chunks.
      await Promise.all(
        workers.map(async (w) => {
          const inFlight: { size: number; reply: Promise<Reply> }[] = [];
          const send = () => {
            const chunk = chunks[next++] as BatchRow[];
            inFlight.push({ size: chunk.length, reply: replies(w) });
            w.postMessage({ rows: chunk, options: screenOptions });
          };
          while (inFlight.length < IN_FLIGHT && next < chunks.length) send();
          while (inFlight.length) {
            const { size, reply } = inFlight.shift() as { size: number; reply: Promise<Reply> };
            const r = await reply;
            if ("error" in r) throw new Error(r.error);
            if (!("json" in r)) throw new Error("unexpected reply from a screening worker");
            if (next < chunks.length) send();
            const part = JSON.parse(r.json) as BatchOutcome;
            results.push(...part.results);
            bad.push(...part.bad);
            done += size;
            onRow?.(done, rows.length);
          }
        }),
      );
      results.sort((a, b) => a.row - b.row);
      bad.sort((a, b) => a.row - b.row);
      return { results, bad };
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
