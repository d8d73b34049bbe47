/** POST /screen (a batch file becomes a job) and GET /screen/{job} (its progress and results). */
import { Type } from "typebox";
import { Defaulted, Nullable, ScreenMatch, StringEnum } from "./schemas.js";

const RowNote = Type.Object({ row: Type.Integer({ description: "Row in the file (the header is row 1)" }), reason: Type.String() });

export const BatchResult = Type.Object({
  row: Type.Integer(),
  query: Type.String(),
  country: Type.Optional(Type.String()),
  birthDate: Type.Optional(Type.String()),
  matches: Type.Array(ScreenMatch),
});

export const ScreenJob = Type.Object({
  id: Type.String({ format: "uuid" }),
  status: StringEnum(["queued", "running", "done", "failed"]),
  file: Type.String(),
  format: StringEnum(["csv", "xlsx"]),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
  total: Type.Integer({ description: "Rows to screen" }),
  done: Type.Integer({ description: "Rows screened so far" }),
  progress: Type.Number({ description: "done / total, 0..1" }),
  withMatches: Type.Integer({ description: "Rows screened so far with at least one match" }),
  threshold: Type.Number(),
  algorithm: Type.String(),
  notScreened: Type.Array(RowNote),
  warnings: Type.Array(RowNote),
  error: Nullable(Type.String()),
  results: Type.Array(BatchResult, { description: "A page of results (see offset, limit, only)" }),
  resultsTotal: Type.Integer({ description: "Results available under `only`" }),
  offset: Type.Integer(),
});

export const JobParams = Type.Object({ job: Type.String({ format: "uuid" }) });

export const JobQuery = Type.Object({
  offset: Defaulted(Type.Integer({ minimum: 0, default: 0 })),
  limit: Defaulted(Type.Integer({ minimum: 0, maximum: 1000, default: 100 })),
  only: Defaulted(StringEnum(["matches", "all"], { default: "matches", description: "matches: rows with at least one match" })),
});

/** The multipart form of POST /screen, for the OpenAPI document (the route reads it by hand). */
export const ScreenUpload = Type.Object({
  file: Type.String({ format: "binary", description: "A .csv or .xlsx file, header in the first row" }),
  column: Type.String({ description: "Header of the name column" }),
  countryColumn: Type.Optional(Type.String()),
  dobColumn: Type.Optional(Type.String()),
  threshold: Type.Optional(Type.String({ description: "0..1 (default the algorithm's)" })),
  limit: Type.Optional(Type.String({ description: "Matches per row (default 10)" })),
  source: Type.Optional(Type.String({ description: "Only this source key" })),
});
