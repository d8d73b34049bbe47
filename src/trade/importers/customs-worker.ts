/**
 * Worker thread for large customs files: parses and codes the records while the main thread sums
 * the rollup and writes to SQLite. At most IN_FLIGHT batches wait for the main thread (each acknowledged), so memory stays
 * flat however large the file. Errors go back with what is needed to rebuild them.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ParseError, ValidationError } from "../../errors.js";
import { SkipReport } from "./common.js";
import { customsImporter } from "./customs.js";
import { openTradeFile } from "./files.js";
import type { TradeImportOptions } from "./types.js";

const IN_FLIGHT = 4;

export interface WorkerError {
  kind: "parse" | "validation" | "other";
  message: string;
  file?: string;
  line?: number;
  field?: string;
}

function describe(error: unknown): WorkerError {
  if (error instanceof ParseError) {
    const e: WorkerError = { kind: "parse", message: error.message, file: error.file };
    if (error.line !== undefined) e.line = error.line;
    if (error.field !== undefined) e.field = error.field;
    return e;
  }
  if (error instanceof ValidationError) return { kind: "validation", message: error.message };
  return { kind: "other", message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

async function run(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("customs-worker runs as a worker thread");
  const { path, options } = workerData as { path: string; options: TradeImportOptions };
  let credits = IN_FLIGHT;
  let wake: (() => void) | undefined;
  port.on("message", (m) => {
    if (m === "ack") {
      credits++;
      wake?.();
    }
  });
  const skips = new SkipReport();
  try {
    for await (const batch of customsImporter.read(openTradeFile(path), options, skips)) {
      while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
      credits--;
      port.postMessage({ type: "batch", batch });
    }
    port.postMessage({ type: "done", skipped: skips.summary() });
  } catch (error) {
    port.postMessage({ type: "error", error: describe(error) });
  } finally {
    port.close();
  }
}

await run();
