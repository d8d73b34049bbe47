/** A screening worker thread: builds an index from the records it is given, then screens chunks of rows. */
import { parentPort, workerData } from "node:worker_threads";
import type { StoredEntity } from "../../model/index.js";
import { createScreener, type ScreenerOptions } from "../screener.js";
import type { ScreenOptions } from "../types.js";
import type { BatchRow } from "./input.js";
import type { ScreeningRecord } from "./parallel.js";
import { screenBatch } from "./run.js";

const port = parentPort;
if (!port) throw new Error("worker.ts runs as a worker thread");
const data = workerData as { records: ScreeningRecord[]; options: ScreenerOptions };

try {
  // The screener reads only the fields a ScreeningRecord keeps.
  const screener = await createScreener(data.records as StoredEntity[], data.options);
  data.records = [];
  port.postMessage({
    ready: true,
    algorithm: screener.algorithm,
    defaultThreshold: screener.defaultThreshold,
    size: screener.size,
    sources: screener.sources,
  });
  port.on("message", (m: { rows: BatchRow[]; options: ScreenOptions }) => {
    try {
      // A JSON string crosses threads faster than the structured clone of many small objects.
      port.postMessage({ json: JSON.stringify(screenBatch(screener, m.rows, m.options)) });
    } catch (e) {
      port.postMessage({ error: (e as Error).message });
    }
  });
} catch (e) {
  port.postMessage({ error: (e as Error).message });
}
