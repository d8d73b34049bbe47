/**
 * The Store: the only module that knows SQL. Methods are async so that the PostgreSQL backend can
 * share the interface; the SQLite backend answers synchronously inside.
 */
import type { DateBasis, Entity, EntityHistory, Release, ReleaseDiff, ReleaseFile, StoredEntity } from "../model/index.js";
import type { TradeStore } from "./trade-store.js";

export interface NewRelease {
  source: string;
  releaseDate: string;
  dateBasis: DateBasis;
  publishedAt?: string;
  fetchedAt: string;
  origin: string;
  format: string;
  files: ReleaseFile[];
  contentHash: string;
  counts: Record<string, number>;
  /** Files a complete release has and this one lacks (a partial release). */
  missing?: string[];
  /** The complete release whose facts were carried over into this partial one. */
  carriedFrom?: number;
}

export interface ImportOptions {
  /** Accept a release whose entity count falls by more than the limit against the previous one. */
  force?: boolean;
  /** Largest accepted fall in entity count, as a fraction (default 0.25). */
  maxDrop?: number;
}

export interface ImportResult {
  release: Release;
  /** False when the same content was imported before: nothing was written. */
  created: boolean;
  /** Against the previous release of the source by date (null for the first). */
  summary: { added: number; removed: number; changed: number; unchanged: number; previous: number | null };
}

export interface ReleaseQuery {
  source?: string;
}

export interface ListStore {
  importRelease(release: NewRelease, entities: Entity[], options?: ImportOptions): Promise<ImportResult>;
  listReleases(query?: ReleaseQuery): Promise<Release[]>;
  getRelease(id: number): Promise<Release | undefined>;
  /** The newest release of the source whose date is on or before `date` (newest of all without a date). */
  releaseAsOf(source: string, date?: string): Promise<Release | undefined>;
  /** The newest complete (not partial) release of the source dated on or before `date`. */
  completeReleaseAsOf(source: string, date: string): Promise<Release | undefined>;
  /** Every entity one release holds. */
  releaseEntities(releaseId: number): AsyncIterable<StoredEntity>;
  /** An entity as the newest release holding it (or as of a date) gives it. */
  getEntity(id: string, options?: { asOf?: string }): Promise<StoredEntity | undefined>;
  entityHistory(id: string): Promise<EntityHistory | undefined>;
  /** Changes from one release to another of the same source; `from` null means everything in `to` is added. */
  diffReleases(fromId: number | null, toId: number): Promise<ReleaseDiff>;
  /** Every entity of the newest release of each source (or of the named ones), for building indexes. */
  currentEntities(sources?: string[]): AsyncIterable<StoredEntity>;
  /** Removes a release; entity versions no other release holds go with it. */
  deleteRelease(id: number): Promise<void>;
}

export interface Store extends ListStore, TradeStore {
  readonly kind: "sqlite" | "postgres";
  close(): Promise<void>;
}
