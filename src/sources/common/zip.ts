/**
 * Zip archives, read from the central directory and streamed: entry names, declared sizes and
 * ratios are checked before anything is unpacked, and while an entry inflates the bytes actually
 * produced are counted against its declared size and the limits, and its CRC-32 is verified at the
 * end. Nothing is held in memory but the central directory and one chunk at a time.
 */
import { closeSync, createReadStream, fstatSync, openSync, readSync } from "node:fs";
import { Readable, Transform } from "node:stream";
import { crc32, createInflateRaw } from "node:zlib";
import { ParseError } from "../../errors.js";

export interface ZipLimits {
  maxArchiveBytes: number;
  maxEntryBytes: number;
  maxEntries: number;
  /** Largest accepted uncompressed/compressed ratio: a zip bomb goes far beyond. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxArchiveBytes: 512 * 1024 ** 2, maxEntryBytes: 1024 ** 3, maxEntries: 100, maxRatio: 200 };

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  const n = readSync(fd, buf, 0, length, position);
  return buf.subarray(0, n);
}

/** The central directory's entries; throws ParseError for what is not a plain (non-zip64) archive. */
export function readCentralDirectory(fd: number, fileSize: number, file: string, limits: ZipLimits): ZipEntry[] {
  const fail = (reason: string) => new ParseError(`not a readable zip archive (${reason})`, { file });
  // The end record is 22 bytes plus a comment of up to 65,535.
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at < 0) throw fail("no end of central directory record");
  const count = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw fail("zip64 archives are not supported");
  if (count > limits.maxEntries) throw new ParseError(`zip refused: more than ${limits.maxEntries} entries`, { file });
  if (cdOffset + cdSize > fileSize) throw fail("the central directory lies past the end of the file");
  const cd = readAt(fd, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw fail(`central directory entry ${i + 1} is damaged`);
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const commentLength = cd.readUInt16LE(p + 32);
    entries.push({
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      crc: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
      name: cd.subarray(p + 46, p + 46 + nameLength).toString("utf8"),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** What is wrong with an entry's declared facts, before any byte is inflated. */
function declaredProblem(entry: ZipEntry, limits: ZipLimits): string | undefined {
  const name = entry.name;
  if (name.includes("..") || name.startsWith("/") || name.includes("\\")) return `entry '${name}' has an unsafe path`;
  if (entry.flags & 1) return `entry '${name}' is encrypted`;
  if (entry.size > limits.maxEntryBytes) return `entry '${name}' unpacks to ${entry.size} bytes`;
  // A deflated entry that declares bytes out of none, or more than maxRatio per compressed byte, lies or is a bomb.
  if (entry.size > 0 && (entry.compressedSize === 0 || entry.size / entry.compressedSize > limits.maxRatio)) {
    const ratio = entry.compressedSize === 0 ? "∞" : String(Math.round(entry.size / entry.compressedSize));
    return `entry '${name}' has a compression ratio of ${ratio}:1 (${entry.compressedSize} bytes declared to unpack to ${entry.size})`;
  }
  if (entry.method !== 0 && entry.method !== 8)
    return `entry '${name}' uses compression method ${entry.method} (only stored and deflate are read)`;
  return undefined;
}

/**
 * Counts the bytes an entry actually inflates to and their CRC-32: more than declared (or than the
 * limits allow) fails at once, fewer or a CRC that differs fails at the end.
 */
function checkedBytes(entry: ZipEntry, label: string, limits: ZipLimits): Transform {
  let bytes = 0;
  let crc = 0;
  const cap = Math.min(entry.size, limits.maxEntryBytes);
  const ratioCap = Math.max(entry.compressedSize, 1) * limits.maxRatio;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > cap || bytes > ratioCap) {
        done(new ParseError(`zip refused: entry inflates past its declared ${entry.size} bytes (or the limits)`, { file: label }));
        return;
      }
      crc = crc32(chunk, crc);
      done(null, chunk);
    },
    flush(done) {
      if (bytes !== entry.size)
        done(new ParseError(`zip refused: entry holds ${bytes} bytes, its directory says ${entry.size}`, { file: label }));
      else if (crc >>> 0 !== entry.crc >>> 0)
        done(
          new ParseError(
            `zip refused: CRC-32 mismatch (computed ${(crc >>> 0).toString(16).padStart(8, "0")}, stored ${(entry.crc >>> 0).toString(16).padStart(8, "0")}): the entry was altered or damaged`,
            { file: label },
          ),
        );
      else done();
    },
  });
}

/**
 * The one entry whose name matches, after checking every entry's declared names, sizes and ratios.
 * `open()` streams it (as many times as needed), inflating and checking as it goes.
 */
export function readZipEntry(
  path: string,
  file: string,
  match: RegExp,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): { name: string; size: number; open(): Readable } {
  const fd = openSync(path, "r");
  let entry: ZipEntry | undefined;
  let dataStart = 0;
  try {
    const size = fstatSync(fd).size;
    if (size > limits.maxArchiveBytes) throw new ParseError(`zip larger than ${limits.maxArchiveBytes} bytes`, { file });
    const entries = readCentralDirectory(fd, size, file, limits);
    for (const e of entries) {
      const problem = declaredProblem(e, limits);
      if (problem) throw new ParseError(`zip refused: ${problem}`, { file });
    }
    entry = entries.find((e) => match.test(e.name.split("/").pop() ?? ""));
    if (!entry) throw new ParseError(`zip holds no entry matching ${match}`, { file });
    const local = readAt(fd, entry.localOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL)
      throw new ParseError(`not a readable zip archive (entry '${entry.name}' has no local header)`, { file });
    dataStart = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (dataStart + entry.compressedSize > size)
      throw new ParseError(`not a readable zip archive (entry '${entry.name}' runs past the end of the file)`, { file });
  } finally {
    closeSync(fd);
  }
  const chosen = entry;
  const label = `${file}/${chosen.name}`;
  return {
    name: chosen.name,
    size: chosen.size,
    open() {
      const check = checkedBytes(chosen, label, limits);
      // An empty entry (declared 0 bytes out of 0) has nothing to read or inflate.
      if (chosen.compressedSize === 0) return Readable.from([]).pipe(check);
      const raw = createReadStream(path, { start: dataStart, end: dataStart + chosen.compressedSize - 1 });
      const inflate = chosen.method === 8 ? createInflateRaw() : undefined;
      const fail = (e: Error) =>
        check.destroy(e instanceof ParseError ? e : new ParseError(`not a readable zip archive (${e.message})`, { file: label }, e));
      raw.on("error", fail);
      inflate?.on("error", fail);
      // A reader that stops early (or a failed check) stops the file and the inflater too.
      check.on("close", () => {
        raw.destroy();
        inflate?.destroy();
      });
      if (inflate) raw.pipe(inflate).pipe(check);
      else raw.pipe(check);
      return check;
    },
  };
}
