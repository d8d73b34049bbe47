/**
 * Customs records for the store, parsed either here (small files) or in a worker thread beside the
 * database writes (large ones: parsing and SQLite each take about half the time of a 10M-row
 * import, and the machine has two cores).
 */
import { Worker } from "node:worker_threads";
import { ParseError, ValidationError } from "../../errors.js";
import type { CustomsBatch, CustomsImportSource, SkipSummary } from "../../store/trade-store.js";
import { createCustomsRollup } from "../customs-rollup.js";
import { SkipReport } from "./common.js";
import { customsImporter } from "./customs.js";
import type { WorkerError } from "./customs-worker.js";
import { openTradeFile } from "./files.js";
import type { TradeImportOptions } from "./types.js";

const YOUNG_GENERATION_MB = 64;

/** Files from this size up are parsed in a worker thread unless `parallel` says otherwise. */
export const PARALLEL_FROM_BYTES = 32 * 1024 * 1024;

export function inlineCustomsSource(path: string, options: TradeImportOptions): CustomsImportSource {
  const skips = new SkipReport();
  const rollup = createCustomsRollup();
  async function* batches(): AsyncGenerator<CustomsBatch> {
    for await (const batch of customsImporter.read(openTradeFile(path), options, skips)) {
      rollup.add(batch);
      yield batch;
    }
  }
  return { batches: batches(), rollup: () => rollup.rows(), skipped: () => skips.summary() };
}

function rebuild(e: WorkerError): Error {
  if (e.kind === "parse") {
    const error = new ParseError("", {
      file: e.file ?? "",
      ...(e.line !== undefined ? { line: e.line } : {}),
      ...(e.field ? { field: e.field } : {}),
    });
    error.message = e.message;
    return error;
  }
  return e.kind === "validation" ? new ValidationError(e.message) : new Error(`customs worker: ${e.message}`);
}

/**
 * Built, the worker is a .js file. Run from sources under tsx (tests, development), a worker does
 * not get tsx's loader from --import on Node 20, so a small bootstrap registers it first.
 */
function startWorker(workerData: { path: string; options: TradeImportOptions }): Worker {
  // Parsing makes short-lived strings by the million: a larger young generation collects them less often.
  const options = { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./customs-worker.js", import.meta.url), options);
  const entry = JSON.stringify(new URL("./customs-worker.ts", import.meta.url).href);
  const tsx = JSON.stringify(import.meta.resolve("tsx/esm/api"));
  const bootstrap = `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(bootstrap, { eval: true, ...options });
}

type Message = { type: "batch"; batch: CustomsBatch } | { type: "done"; skipped: SkipSummary } | { type: "error"; error: WorkerError };

export function parallelCustomsSource(path: string, options: TradeImportOptions): CustomsImportSource {
  const rollup = createCustomsRollup();
  let skipped: SkipSummary = { total: 0, reasons: [] };
  async function* batches(): AsyncGenerator<CustomsBatch> {
    const worker = startWorker({ path, options });
    const queue: Message[] = [];
    let failure: Error | undefined;
    let exited = false;
    let wake: (() => void) | undefined;
    const notify = () => {
      wake?.();
      wake = undefined;
    };
    worker.on("message", (m: Message) => {
      queue.push(m);
      notify();
    });
    worker.on("error", (e) => {
      failure = e;
      notify();
    });
    worker.on("exit", () => {
      exited = true;
      notify();
    });
    try {
      for (;;) {
        const m = queue.shift();
        if (!m) {
          if (failure) throw failure;
          if (exited) throw new Error("customs worker stopped without finishing");
          await new Promise<void>((resolve) => (wake = resolve));
          continue;
        }
        if (m.type === "error") throw rebuild(m.error);
        if (m.type === "done") {
          skipped = m.skipped;
          return;
        }
        // Ask for the next batch before writing this one: the worker parses while SQLite writes.
        worker.postMessage("ack");
        rollup.add(m.batch);
        yield m.batch;
      }
    } finally {
      await worker.terminate();
    }
  }
  return { batches: batches(), rollup: () => rollup.rows(), skipped: () => skipped };
}
