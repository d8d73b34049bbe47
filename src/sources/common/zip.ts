/** Zip archives, checked before anything is unpacked: entry names, sizes and compression ratios. */
import { readFileSync, statSync } from "node:fs";
import { Readable } from "node:stream";
import { unzipSync } from "fflate";
import { ParseError } from "../../errors.js";

export interface ZipLimits {
  maxArchiveBytes: number;
  maxEntryBytes: number;
  maxEntries: number;
  /** Largest accepted uncompressed/compressed ratio: a zip bomb goes far beyond. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxArchiveBytes: 512 * 1024 ** 2, maxEntryBytes: 1024 ** 3, maxEntries: 100, maxRatio: 200 };

/** Unpacks the one entry whose name matches, after checking every entry's declared sizes. */
export function readZipEntry(
  path: string,
  file: string,
  match: RegExp,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): { name: string; stream: Readable } {
  const size = statSync(path).size;
  if (size > limits.maxArchiveBytes) throw new ParseError(`zip larger than ${limits.maxArchiveBytes} bytes`, { file });
  const data = readFileSync(path);
  let entries = 0;
  let chosen: string | undefined;
  let problem: string | undefined;
  let result: Record<string, Uint8Array>;
  try {
    result = unzipSync(data, {
      filter(entry) {
        entries++;
        if (entries > limits.maxEntries) problem ??= `more than ${limits.maxEntries} entries`;
        if (entry.name.includes("..") || entry.name.startsWith("/")) problem ??= `entry '${entry.name}' has an unsafe path`;
        if (entry.originalSize > limits.maxEntryBytes) problem ??= `entry '${entry.name}' unpacks to ${entry.originalSize} bytes`;
        if (entry.size > 0 && entry.originalSize / entry.size > limits.maxRatio)
          problem ??= `entry '${entry.name}' has a compression ratio of ${Math.round(entry.originalSize / entry.size)}:1`;
        const wanted = !problem && !chosen && match.test(entry.name.split("/").pop() ?? "");
        if (wanted) chosen = entry.name;
        return wanted;
      },
    });
  } catch (e) {
    throw new ParseError(`not a readable zip archive (${(e as Error).message})`, { file }, e);
  }
  if (problem) throw new ParseError(`zip refused: ${problem}`, { file });
  const bytes = chosen ? result[chosen] : undefined;
  if (!chosen || !bytes) throw new ParseError(`zip holds no entry matching ${match}`, { file });
  return { name: chosen, stream: Readable.from([Buffer.from(bytes)]) };
}
