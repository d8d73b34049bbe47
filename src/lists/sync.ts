/**
 * `sync`: fetch a source's files from the publisher (or a mirror), with conditional requests and
 * sha256 checks, then import them as a release. Side effects come in through SyncEffects.
 */
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { SourceError } from "../errors.js";
import { getSource } from "../sources/index.js";
import type { Download } from "../sources/types.js";
import type { ListStore } from "../store/store.js";
import { type ImportOutcome, importRelease } from "./import-release.js";

export interface SyncEffects {
  store: ListStore;
  fetch: typeof fetch;
  /** Folder where downloaded files are kept, one sub-folder per source. */
  cacheDir: string;
  timeoutMs: number;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface SyncOptions {
  /** A folder or base URL holding files under the names of Download.file. */
  mirror?: string;
  force?: boolean;
  /** Largest accepted download, bytes (default 2 GiB). */
  maxBytes?: number;
}

export interface FileState {
  url: string;
  etag?: string;
  lastModified?: string;
  sha256: string;
  size: number;
}

export interface SyncOutcome {
  source: string;
  status: "imported" | "unchanged";
  files: { file: string; url: string; status: "downloaded" | "not-modified" | "mirror" | "absent"; sha256?: string }[];
  release?: ImportOutcome;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** `SHA256SUMS` beside the files (as `sha256sum` writes it), when a mirror publishes one. */
async function expectedSums(base: string, effects: SyncEffects): Promise<Map<string, string>> {
  const sums = new Map<string, string>();
  let text: string | undefined;
  if (isUrl(base)) {
    const res = await effects
      .fetch(`${base.replace(/\/$/, "")}/SHA256SUMS`, { signal: AbortSignal.timeout(effects.timeoutMs) })
      .catch(() => undefined);
    if (res?.ok) text = await res.text();
  } else if (existsSync(join(base, "SHA256SUMS"))) text = readFileSync(join(base, "SHA256SUMS"), "utf8");
  for (const line of text?.split("\n") ?? []) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/i.exec(line.trim());
    if (m) sums.set((m[2] as string).trim(), (m[1] as string).toLowerCase());
  }
  return sums;
}

async function download(
  source: string,
  d: Download,
  url: string,
  dir: string,
  previous: FileState | undefined,
  effects: SyncEffects,
  maxBytes: number,
) {
  const headers: Record<string, string> = { "user-agent": "chokepoint (sanctions list sync)" };
  const cached = join(dir, d.file);
  if (previous?.url === url && existsSync(cached)) {
    if (previous.etag) headers["if-none-match"] = previous.etag;
    if (previous.lastModified) headers["if-modified-since"] = previous.lastModified;
  }
  let res: Response;
  try {
    res = await effects.fetch(url, { headers, redirect: "follow", signal: AbortSignal.timeout(effects.timeoutMs) });
  } catch (error) {
    throw new SourceError(`${source}: cannot fetch ${url}: ${(error as Error).message}`, { source, url, cause: error });
  }
  if (res.status === 304 && previous) return { status: "not-modified" as const, state: previous };
  if (res.status === 404 && d.optional) {
    rmSync(cached, { force: true });
    return { status: "absent" as const };
  }
  if (!res.ok || !res.body) throw new SourceError(`${source}: ${url} answered HTTP ${res.status}`, { source, url });
  const declared = Number(res.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new SourceError(`${source}: ${url} is ${declared} bytes, over the limit of ${maxBytes}`, { source, url });
  const hash = createHash("sha256");
  let size = 0;
  const part = `${cached}.part`;
  try {
    await pipeline(
      Readable.fromWeb(res.body as import("node:stream/web").ReadableStream<Uint8Array>),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          size += chunk.length;
          if (size > maxBytes) throw new Error(`more than ${maxBytes} bytes`);
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(part),
    );
  } catch (error) {
    rmSync(part, { force: true });
    throw new SourceError(`${source}: download of ${url} failed: ${(error as Error).message}`, { source, url, cause: error });
  }
  const state: FileState = { url, sha256: hash.digest("hex"), size };
  const etag = res.headers.get("etag");
  const lastModified = res.headers.get("last-modified");
  if (etag) state.etag = etag;
  if (lastModified) state.lastModified = lastModified;
  return { status: "downloaded" as const, state, part };
}

export async function syncSource(key: string, options: SyncOptions, effects: SyncEffects): Promise<SyncOutcome> {
  const source = getSource(key);
  const maxBytes = options.maxBytes ?? 2 * 1024 ** 3;
  const mirror = options.mirror;
  const outcome: SyncOutcome = { source: source.key, status: "unchanged", files: [] };

  // A mirror folder is imported in place: nothing to download.
  if (mirror && !isUrl(mirror)) {
    const dir = join(mirror, source.key);
    const base = existsSync(dir) ? dir : mirror;
    const sums = await expectedSums(base, effects);
    const release = await importRelease({ source: source.key, path: base, force: Boolean(options.force), origin: base }, effects);
    for (const f of release.files) {
      const want = sums.get(f.name);
      if (want && want !== f.sha256)
        throw new SourceError(`${source.key}: ${f.name} has sha256 ${f.sha256}, SHA256SUMS says ${want}`, { source: source.key });
      outcome.files.push({ file: f.name, url: join(base, f.name), status: "mirror", sha256: f.sha256 });
    }
    return { ...outcome, status: release.created ? "imported" : "unchanged", release };
  }

  const dir = join(effects.cacheDir, source.key);
  mkdirSync(dir, { recursive: true });
  const statePath = join(dir, "state.json");
  const previous: Record<string, FileState> = existsSync(statePath) ? JSON.parse(readFileSync(statePath, "utf8")) : {};
  const sums = mirror ? await expectedSums(mirror, effects) : new Map<string, string>();
  const fetched: { d: Download; part?: string; state?: FileState }[] = [];
  for (const d of source.downloads) {
    const url = mirror ? `${mirror.replace(/\/$/, "")}/${d.file}` : d.url;
    const got = await download(source.key, d, url, dir, previous[d.file], effects, maxBytes);
    const want = sums.get(d.file);
    if (got.state && want && want !== got.state.sha256) {
      if (got.part) rmSync(got.part, { force: true });
      throw new SourceError(`${source.key}: ${url} has sha256 ${got.state.sha256}, SHA256SUMS says ${want}`, { source: source.key, url });
    }
    outcome.files.push({ file: d.file, url, status: got.status, ...(got.state ? { sha256: got.state.sha256 } : {}) });
    fetched.push({ d, ...(got.part ? { part: got.part } : {}), ...(got.state ? { state: got.state } : {}) });
  }
  const changed = fetched.some((f) => f.part && f.state?.sha256 !== previous[f.d.file]?.sha256);
  // Every file is in; only now replace the cached copies.
  const state: Record<string, FileState> = {};
  for (const f of fetched) {
    if (f.part) renameSync(f.part, join(dir, f.d.file));
    if (f.state) state[f.d.file] = f.state;
  }
  writeFileSync(statePath, JSON.stringify(state, null, 2));
  if (!changed && !options.force && Object.keys(previous).length > 0) {
    effects.log?.(`${source.key}: not modified since the last sync`);
    return outcome;
  }
  const release = await importRelease(
    { source: source.key, path: dir, force: Boolean(options.force), origin: mirror ?? source.downloads[0]?.url ?? dir },
    effects,
  );
  return { ...outcome, status: release.created ? "imported" : "unchanged", release };
}
