/** Which EU FSF format a file is, from its root element, read from the first bytes only. */
import { closeSync, openSync, readSync } from "node:fs";
import { constants, gunzipSync } from "node:zlib";
import type { InputFile } from "../types.js";

export type EuFormat = "legacy-xml" | "xml-1.1";

/** Root element local name → format: <WHOLE Date="..."> (v1.0, until 2017) or <export generationDate="..."> (1.1). */
export const ROOTS: Record<string, EuFormat> = { WHOLE: "legacy-xml", export: "xml-1.1" };

const PEEK_BYTES = 4096;

function head(path: string, bytes: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** The first element's local name after the XML declaration, comments and a BOM; undefined when none is seen. */
export function rootElementOf(text: string): string | undefined {
  const body = text
    .replace(/^\uFEFF/, "")
    .replace(/<\?[\s\S]*?\?>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, "");
  const m = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(body);
  return m?.[2];
}

/** Reads the first few KB (gunzipped for .gz) and names the root element. */
export function peekRootElement(file: InputFile): string | undefined {
  if (/\.gz$/i.test(file.name)) {
    // A partial gzip stream inflates as far as it goes with a sync flush.
    const text = gunzipSync(head(file.path, 64 * 1024), { finishFlush: constants.Z_SYNC_FLUSH }).subarray(0, PEEK_BYTES);
    return rootElementOf(text.toString("utf8"));
  }
  return rootElementOf(head(file.path, PEEK_BYTES).toString("utf8"));
}

export function formatOfRoot(root: string | undefined): EuFormat | undefined {
  return root ? ROOTS[root] : undefined;
}
