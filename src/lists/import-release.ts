/**
 * One import: files at a path → one release in the store, atomically. Used by `import` and `sync`.
 * The parse runs to the end before the store is touched, so a bad file changes nothing.
 */
import { createHash } from "node:crypto";
import { createReadStream, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { ConflictError, ParseError, ValidationError } from "../errors.js";
import { canonicalEntity, type DateBasis, type Entity, type ReleaseFile } from "../model/index.js";
import { dateFromName, validDate } from "../sources/common/dates.js";
import { getSource } from "../sources/index.js";
import type { InputFile, ParseContext } from "../sources/types.js";
import type { ImportResult, ListStore } from "../store/store.js";
import { carryOver, partialGroups } from "./carry.js";

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
  /** Set when the date was guessed from a year and month in a name: what the name said. */
  dateGuess?: string;
}

/** Earliest accepted --date: no list this tool reads is older. */
export const EARLIEST_RELEASE_DATE = "1990-01-01";

/**
 * A --date after tomorrow (UTC) would pin "latest" to this release for years; one before 1990 is a
 * typo. Both are refused unless forced.
 */
export function checkReleaseDate(date: string, now: Date, force: boolean): void {
  if (force) return;
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  if (date > tomorrow)
    throw new ConflictError(`--date ${date} is after tomorrow (${tomorrow}); refused (use --force to import it with that date)`);
  if (date < EARLIEST_RELEASE_DATE)
    throw new ConflictError(`--date ${date} is before ${EARLIEST_RELEASE_DATE}; refused (use --force to import it with that date)`);
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
  const now = effects.now ?? (() => new Date());
  if (req.date !== undefined) checkReleaseDate(req.date, now(), req.force ?? false);
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

  const fetchedAt = req.fetchedAt ?? now();
  let releaseDate: string;
  let dateBasis: DateBasis;
  let dateGuess: string | undefined;
  const nameWithDate = [main.name, basename(dirname(main.path))].find((n) => dateFromName(n));
  const fromName = nameWithDate ? dateFromName(nameWithDate) : undefined;
  if (ctx.meta.publishedAt) {
    releaseDate = ctx.meta.publishedAt.slice(0, 10);
    dateBasis = "file";
  } else if (req.date) {
    releaseDate = req.date;
    dateBasis = "flag";
  } else if (fromName) {
    releaseDate = fromName.date;
    dateBasis = fromName.partial ? "filename-month" : "filename";
    if (fromName.partial) dateGuess = `${releaseDate} guessed from the year and month in '${nameWithDate}' (give --date YYYY-MM-DD)`;
  } else {
    releaseDate = fetchedAt.toISOString().slice(0, 10);
    dateBasis = "fetched";
  }

  const partial = await carryPartial(source.partialFields, selection.missing, releaseDate, entities, effects.store, source.key);

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
      ...(partial ? { missing: partial.missing } : {}),
      ...(partial?.carriedFrom ? { carriedFrom: partial.carriedFrom } : {}),
    },
    partial ? partial.entities : entities,
    { force: req.force ?? false },
  );
  return { ...result, files, ...(dateGuess ? { dateGuess } : {}) };
}

/**
 * A partial release (some of the format's files missing) carries over, entity by entity, what the
 * missing files feed from the newest complete release on or before its date, marked as carried.
 * Without such a release the entities are marked as not carrying those fields.
 */
async function carryPartial(
  table: Record<string, string[]> | undefined,
  missing: string[] | undefined,
  releaseDate: string,
  entities: Entity[],
  store: ListStore,
  source: string,
): Promise<{ missing: string[]; carriedFrom?: number; entities: Entity[] } | undefined> {
  if (!missing?.length) return undefined;
  const groups = partialGroups(missing, table);
  const base = await store.completeReleaseAsOf(source, releaseDate);
  const baseEntities = new Map<string, Entity>();
  if (base) for await (const e of store.releaseEntities(base.id)) baseEntities.set(e.id, stripRelease(e));
  const carriedFrom = base ? { releaseId: base.id, releaseDate: base.releaseDate } : undefined;
  const out = entities.map((e) => {
    const from = baseEntities.get(e.id);
    return canonicalEntity(carryOver(e, from, groups, from ? carriedFrom : undefined));
  });
  return { missing, ...(base ? { carriedFrom: base.id } : {}), entities: out };
}

function stripRelease(e: Entity & { releaseId?: number }): Entity {
  const { releaseId: _, ...rest } = e;
  return rest;
}
