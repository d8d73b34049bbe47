/**
 * One import: files at a path → one release in the store, atomically. Used by `import` and `sync`.
 * The parse runs to the end before the store is touched, so a bad file changes nothing.
 */
import { createHash } from "node:crypto";
import { createReadStream, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { ParseError, ValidationError } from "../errors.js";
import { canonicalEntity, type DateBasis, type Entity, type ReleaseFile } from "../model/index.js";
import { dateFromName, validDate } from "../sources/common/dates.js";
import { getSource } from "../sources/index.js";
import type { InputFile, ParseContext } from "../sources/types.js";
import type { ImportResult, ListStore } from "../store/store.js";

export interface ImportRequest {
  source: string;
  /** A file or a folder holding the release's files. */
  path: string;
  /** YYYY-MM-DD, used when the file carries no date of its own. */
  date?: string;
  force?: boolean;
  /** Where the files came from, when not the path (a URL for `sync`). */
  origin?: string;
  fetchedAt?: Date;
}

export interface ImportEffects {
  store: ListStore;
  /** Called as entities are parsed. */
  onProgress?: (entities: number) => void;
  now?: () => Date;
}

export interface ImportOutcome extends ImportResult {
  files: ReleaseFile[];
}

export function inputFiles(path: string): InputFile[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    throw new ValidationError(`no such file or folder: ${path}`);
  }
  if (stat.isDirectory()) {
    return readdirSync(path, { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => ({ name: d.name, path: join(path, d.name) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  return [{ name: basename(path), path }];
}

export function openInput(file: InputFile): Readable {
  const raw = createReadStream(file.path);
  if (!file.name.toLowerCase().endsWith(".gz")) return raw;
  const gunzip = createGunzip();
  raw.on("error", (e) => gunzip.destroy(e));
  gunzip.on("error", () => {});
  return raw.pipe(gunzip);
}

async function sha256File(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest("hex"), size };
}

/** Entities by schema ("schema:Person") and by the lists they are on ("list:SDN List"). */
export function countEntities(entities: Entity[]): Record<string, number> {
  const counts: Record<string, number> = {};
  const bump = (k: string) => {
    counts[k] = (counts[k] ?? 0) + 1;
  };
  for (const e of entities) {
    bump(`schema:${e.schema}`);
    for (const list of new Set(e.sanctions.map((s) => s.list))) bump(`list:${list}`);
  }
  return counts;
}

export async function importRelease(req: ImportRequest, effects: ImportEffects): Promise<ImportOutcome> {
  const source = getSource(req.source);
  if (req.date !== undefined && !validDate(req.date)) throw new ValidationError(`--date must be YYYY-MM-DD, got '${req.date}'`);
  const selection = source.select(inputFiles(req.path));
  const files: ReleaseFile[] = [];
  for (const f of selection.files) files.push({ name: f.name, ...(await sha256File(f.path)) });
  const contentHash = createHash("sha256")
    .update(
      files
        .map((f) => f.sha256)
        .sort()
        .join("\n"),
    )
    .digest("hex");

  const ctx: ParseContext = { files: selection.files, open: openInput, meta: {} };
  const entities: Entity[] = [];
  try {
    for await (const entity of source.parse(selection, ctx)) {
      entities.push(canonicalEntity(entity));
      if (entities.length % 500 === 0) effects.onProgress?.(entities.length);
    }
  } catch (error) {
    if (error instanceof ParseError || error instanceof ValidationError) throw error;
    // zlib and stream failures: a truncated .gz, an unreadable file.
    throw new ParseError((error as Error).message, { source: source.key, file: selection.files.map((f) => f.name).join(", ") }, error);
  }
  effects.onProgress?.(entities.length);
  const main = selection.files[0] as InputFile;
  if (ctx.meta.declaredCount !== undefined && ctx.meta.declaredCount !== entities.length) {
    throw new ParseError(`the file declares ${ctx.meta.declaredCount} records but holds ${entities.length}`, {
      source: source.key,
      file: main.name,
    });
  }

  const fetchedAt = req.fetchedAt ?? (effects.now ?? (() => new Date()))();
  let releaseDate: string;
  let dateBasis: DateBasis;
  const fromName = dateFromName(main.name) ?? dateFromName(basename(dirname(main.path)));
  if (ctx.meta.publishedAt) {
    releaseDate = ctx.meta.publishedAt.slice(0, 10);
    dateBasis = "file";
  } else if (req.date) {
    releaseDate = req.date;
    dateBasis = "flag";
  } else if (fromName) {
    releaseDate = fromName.date;
    dateBasis = "filename";
  } else {
    releaseDate = fetchedAt.toISOString().slice(0, 10);
    dateBasis = "fetched";
  }

  const result = await effects.store.importRelease(
    {
      source: source.key,
      releaseDate,
      dateBasis,
      ...(ctx.meta.publishedAt ? { publishedAt: ctx.meta.publishedAt } : {}),
      fetchedAt: fetchedAt.toISOString(),
      origin: req.origin ?? req.path,
      format: selection.format,
      files,
      contentHash,
      counts: countEntities(entities),
    },
    entities,
    { force: req.force ?? false },
  );
  return { ...result, files };
}
