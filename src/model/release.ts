/** A release: one publication of one list, as imported. */

export interface ReleaseFile {
  name: string;
  sha256: string;
  size: number;
}

/**
 * How the release date was found, strongest first. "filename-month": only a year and month were in
 * the name ("ofac_sdn_2024-05-composite"), so the day (the 1st) is a guess.
 */
export type DateBasis = "file" | "flag" | "filename" | "filename-month" | "fetched";

export interface Release {
  id: number;
  source: string;
  /** YYYY-MM-DD. */
  releaseDate: string;
  dateBasis: DateBasis;
  /** Publication timestamp as the file states it, when it does. */
  publishedAt?: string;
  fetchedAt: string;
  importedAt: string;
  /** Where the bytes came from: a path or URL. */
  origin: string;
  format: string;
  files: ReleaseFile[];
  /** sha256 over the sorted file hashes: the identity of a release's content. */
  contentHash: string;
  entityCount: number;
  /** Entities by schema, and by source list for aggregate sources ("list:Entity List (EL) - …"). */
  counts: Record<string, number>;
  /**
   * A partial release: the files a complete release of its format has and this one lacks (e.g. a
   * lone sdn.csv lacks "add.csv", "alt.csv", "sdn_comments.csv"). Absent for a complete release.
   */
  missing?: string[];
  /** For a partial release: the complete release whose facts for the missing files were carried over. */
  carriedFrom?: number;
}

/** One field of an entity that differs between two versions: lists give the items added and removed, scalars before and after. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
  added?: unknown[];
  removed?: unknown[];
}

export interface EntityChange {
  id: string;
  caption: string;
  schema: string;
  change: "added" | "removed" | "changed";
  fields?: FieldChange[];
}

export interface ReleaseDiff {
  source: string;
  from: Pick<Release, "id" | "releaseDate" | "entityCount"> | null;
  to: Pick<Release, "id" | "releaseDate" | "entityCount">;
  added: EntityChange[];
  removed: EntityChange[];
  changed: EntityChange[];
}

export interface HistoryEvent {
  releaseId: number;
  releaseDate: string;
  change: "added" | "changed" | "removed" | "unchanged";
  fields?: FieldChange[];
}

export interface EntityHistory {
  id: string;
  firstSeen: string | null;
  lastSeen: string | null;
  /** True when the newest release of the source still holds the entity. */
  current: boolean;
  events: HistoryEvent[];
}
