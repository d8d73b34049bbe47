/** Opening trade files as UTF-8 text or as bytes (gunzipped when the name ends in .gz). */
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { TradeFile } from "./types.js";

function bytesOf(path: string): Readable {
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  if (!path.endsWith(".gz")) return raw;
  const gunzip = raw.pipe(createGunzip());
  raw.on("error", (e) => gunzip.destroy(e));
  return gunzip;
}

export function openTradeFile(path: string): TradeFile {
  return {
    name: basename(path),
    path,
    open: () => bytesOf(path).setEncoding("utf8"),
    openBytes: () => bytesOf(path),
  };
}
