/** What every list source provides: the registry in index.ts holds one of these per list. */
import type { Readable } from "node:stream";
import type { Entity } from "../model/index.js";

export interface Download {
  /** The publisher's own URL. */
  url: string;
  /** The file name it is stored under (and looked up by in a mirror). */
  file: string;
  /** Optional files are fetched when present; a release does not need them. */
  optional?: boolean;
}

export interface InputFile {
  /** Base name as published, e.g. "sdn.csv" or "sdn_2022-02-23_1846Z.csv.gz". */
  name: string;
  path: string;
}

/** What a parser learns about its release from the file itself. */
export interface ParseMeta {
  /** Publication date or timestamp as the file states it (ISO 8601). */
  publishedAt?: string;
  /** Counts a format carries in a header, checked against what was parsed (e.g. OFAC Record_Count). */
  declaredCount?: number;
}

export interface ParseContext {
  files: InputFile[];
  /** The bytes of a file, gunzipped when its name ends in .gz. */
  open(file: InputFile): Readable;
  /** Filled in by the parser as it reads. */
  meta: ParseMeta;
}

export interface Selection {
  files: InputFile[];
  /** The format id, e.g. "legacy-csv", "enhanced-xml". */
  format: string;
  /** Files a complete release of this format has and these files lack: a partial release. */
  missing?: string[];
}

export interface Source {
  /** snake_case, stable forever: `us_ofac_sdn`. */
  key: string;
  title: string;
  authority: string;
  /** Human page describing the list. */
  homepage: string;
  downloads: Download[];
  /** The format ids `select` may return. */
  formats: string[];
  /**
   * From the files found at an import path (one file, or a folder's contents), those that make up
   * one release and their format. Throws ValidationError saying what is missing.
   */
  select(files: InputFile[]): Selection;
  /**
   * For formats made of several files: the entity fields each optional file feeds ("alt.csv" →
   * ["names:aka", "names:fka"]), so that a partial release can carry them over (lists/carry.ts).
   */
  partialFields?: Record<string, string[]>;
  parse(selection: Selection, ctx: ParseContext): AsyncIterable<Entity>;
}
