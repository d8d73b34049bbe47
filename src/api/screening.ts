/**
 * The screening index the API serves from: built at startup (readyz says 503 until it is), and built
 * again when the store holds a newer release of any list (checked every `refreshMs` and on request).
 * The old index keeps answering while a new one builds; the swap is one assignment.
 */
import type { FastifyBaseLogger } from "fastify";
import { NotReadyError } from "../errors.js";
import type { Release } from "../model/index.js";
import type { Screener } from "../screen/types.js";
import type { Store } from "../store/store.js";

export type BuildScreener = (store: Store) => Promise<Screener>;

export interface IndexedRelease {
  id: number;
  source: string;
  releaseDate: string;
  entityCount: number;
}

export interface IndexStatus {
  state: "building" | "ready" | "empty" | "failed";
  /** True while a (re)build runs, also when an older index still answers. */
  building: boolean;
  algorithm: string | null;
  /** The algorithm's default threshold, so that clients (the dashboard) need not hard-code one. */
  threshold: number | null;
  entities: number;
  builtAt: string | null;
  buildMs: number | null;
  releases: IndexedRelease[];
  error: string | null;
}

export interface ScreeningIndex {
  /** The current screener and the releases it holds; throws NotReadyError before the first build. */
  current(): { screener: Screener; releases: IndexedRelease[] };
  status(): IndexStatus;
  /** Rebuilds when the newest release of some source differs from the indexed ones. Resolves when done. */
  refresh(): Promise<boolean>;
  /** First build now, then a check every `refreshMs` (0: no timer). */
  start(): Promise<void>;
  stop(): void;
}

/** The newest release of each source, as the store's currentEntities() reads them. */
export function newestPerSource(releases: readonly Release[]): IndexedRelease[] {
  const best = new Map<string, Release>();
  for (const r of releases) {
    const b = best.get(r.source);
    if (!b || r.releaseDate > b.releaseDate || (r.releaseDate === b.releaseDate && r.id > b.id)) best.set(r.source, r);
  }
  return [...best.values()]
    .map((r) => ({ id: r.id, source: r.source, releaseDate: r.releaseDate, entityCount: r.entityCount }))
    .sort((a, b) => a.source.localeCompare(b.source));
}

const signature = (list: readonly IndexedRelease[]) => list.map((r) => `${r.source}:${r.id}`).join(",");

export function createScreeningIndex(
  store: Store,
  build: BuildScreener,
  options: { refreshMs?: number; log?: FastifyBaseLogger; now?: () => Date } = {},
): ScreeningIndex {
  const now = options.now ?? (() => new Date());
  let live: { screener: Screener; releases: IndexedRelease[]; builtAt: string; buildMs: number } | undefined;
  let building: Promise<boolean> | undefined;
  let empty = false;
  let error: string | null = null;
  let timer: NodeJS.Timeout | undefined;

  async function rebuild(): Promise<boolean> {
    const releases = newestPerSource(await store.listReleases());
    if (live && signature(live.releases) === signature(releases)) return false;
    if (!releases.length) {
      empty = true;
      live = undefined;
      return false;
    }
    const started = performance.now();
    const screener = await build(store);
    const buildMs = Math.round(performance.now() - started);
    live = { screener, releases, builtAt: now().toISOString(), buildMs };
    empty = false;
    error = null;
    options.log?.info({ entities: screener.size, buildMs, releases: signature(releases) }, "screening index built");
    return true;
  }

  function refresh(): Promise<boolean> {
    // One build at a time: callers that arrive during a build wait for it.
    building ??= rebuild()
      .catch((e: unknown) => {
        error = e instanceof Error ? e.message : String(e);
        options.log?.error({ err: e }, "screening index build failed");
        return false;
      })
      .finally(() => {
        building = undefined;
      });
    return building;
  }

  return {
    current() {
      if (live) return { screener: live.screener, releases: live.releases };
      if (empty) throw new NotReadyError("no lists loaded: run `chokepoint import` or `chokepoint sync`, then retry");
      if (error) throw new NotReadyError(`the screening index failed to build: ${error}`);
      throw new NotReadyError("the screening index is being built; retry in a few seconds");
    },
    status() {
      return {
        state: live ? "ready" : empty ? "empty" : error ? "failed" : "building",
        building: building !== undefined,
        algorithm: live?.screener.algorithm ?? null,
        threshold: live?.screener.defaultThreshold ?? null,
        entities: live?.screener.size ?? 0,
        builtAt: live?.builtAt ?? null,
        buildMs: live?.buildMs ?? null,
        releases: live?.releases ?? [],
        error,
      };
    },
    refresh,
    async start() {
      const first = refresh();
      if (options.refreshMs && options.refreshMs > 0) {
        timer = setInterval(() => void refresh(), options.refreshMs);
        timer.unref();
      }
      await first;
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
