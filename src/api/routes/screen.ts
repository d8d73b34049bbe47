/**
 * Batch screening over HTTP: POST /screen takes a CSV or XLSX upload and answers 202 with a job;
 * GET /screen/{job} gives progress and a page of results; GET /screen/{job}/report.csv the report.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { ConflictError, ValidationError } from "../../errors.js";
import { readBatchInput, reportCsv } from "../../screen/batch/index.js";
import type { ScreenOptions } from "../../screen/types.js";
import type { ApiContext, App } from "../context.js";
import type { Job } from "../jobs.js";
import { ErrorResponse } from "../schemas.js";
import { JobParams, JobQuery, ScreenJob, ScreenUpload } from "../schemas-jobs.js";

const FIELDS = new Set(["column", "countryColumn", "dobColumn", "threshold", "limit", "source"]);

function numberField(value: string | undefined, name: string, ok: (n: number) => boolean, hint: string): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || !ok(n)) throw new ValidationError(`form field '${name}' must be ${hint} (got '${value.slice(0, 40)}')`);
  return n;
}

/** The job as the API shows it: counts, then one page of results. */
export function jobView(job: Job, page: { offset: number; limit: number; only: "matches" | "all" }) {
  const pool = page.only === "all" ? job.results : job.results.filter((r) => r.matches.length);
  return {
    id: job.id,
    status: job.status,
    file: job.file,
    format: job.format,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    total: job.total,
    done: job.done,
    progress: job.total ? job.done / job.total : 1,
    withMatches: job.results.filter((r) => r.matches.length).length,
    threshold: job.threshold,
    algorithm: job.algorithm,
    notScreened: job.bad,
    warnings: job.warnings,
    error: job.error,
    results: pool.slice(page.offset, page.offset + page.limit) as never,
    resultsTotal: pool.length,
    offset: page.offset,
  };
}

export function registerScreenRoutes(app: App, ctx: ApiContext, options: { maxUploadBytes: number }): void {
  app.post(
    "/screen",
    {
      // The multipart form is read below, field by field; the schema is here for the OpenAPI document.
      validatorCompiler: () => () => true,
      schema: {
        tags: ["Batch screening"],
        summary: "Screen every row of a CSV or XLSX file: returns a job to poll",
        consumes: ["multipart/form-data"],
        body: ScreenUpload,
        response: {
          202: ScreenJob,
          400: ErrorResponse,
          401: ErrorResponse,
          413: ErrorResponse,
          415: ErrorResponse,
          429: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new ValidationError("send the file as multipart/form-data with a 'file' part and a 'column' field");
      ctx.index.current();
      const dir = await mkdtemp(join(tmpdir(), "chokepoint-upload-"));
      try {
        const fields: Record<string, string> = {};
        let path: string | undefined;
        for await (const part of request.parts({ limits: { fileSize: options.maxUploadBytes, files: 1, fields: 20, fieldSize: 1000 } })) {
          if (part.type === "file") {
            const ext = extname(part.filename).toLowerCase();
            if (![".csv", ".xlsx", ".tsv", ".txt"].includes(ext))
              throw new ValidationError(`unsupported file '${basename(part.filename)}': use a .csv or .xlsx file`);
            const safe =
              basename(part.filename)
                .replace(/[^\w.\- ]/g, "_")
                .slice(-100) || `upload${ext}`;
            path = join(dir, safe);
            await pipeline(part.file, createWriteStream(path));
          } else if (FIELDS.has(part.fieldname)) {
            fields[part.fieldname] = String(part.value);
          }
        }
        if (!path) throw new ValidationError("no file: send the rows as a multipart part named 'file'");
        if (!fields.column?.trim()) throw new ValidationError("form field 'column' (the header of the name column) is required");
        const threshold = numberField(fields.threshold, "threshold", (n) => n >= 0 && n <= 1, "a number from 0 to 1");
        const limit = numberField(fields.limit, "limit", (n) => Number.isInteger(n) && n >= 1 && n <= 100, "a whole number from 1 to 100");
        const input = await readBatchInput(path, {
          column: fields.column.trim(),
          ...(fields.countryColumn?.trim() ? { countryColumn: fields.countryColumn.trim() } : {}),
          ...(fields.dobColumn?.trim() ? { dobColumn: fields.dobColumn.trim() } : {}),
        });
        const screenOptions: ScreenOptions = {};
        if (threshold !== undefined) screenOptions.threshold = threshold;
        if (limit !== undefined) screenOptions.limit = limit;
        if (fields.source?.trim()) screenOptions.sources = [fields.source.trim()];
        const job = ctx.jobs.create(request.principal ?? "open", input, screenOptions);
        reply.status(202).header("location", `/screen/${job.id}`);
        return jobView(job, { offset: 0, limit: 0, only: "matches" });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );

  app.get(
    "/screen/:job",
    {
      schema: {
        tags: ["Batch screening"],
        summary: "A batch job's progress and a page of its results",
        params: JobParams,
        querystring: JobQuery,
        response: { 200: ScreenJob, 400: ErrorResponse, 401: ErrorResponse, 404: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request) => jobView(ctx.jobs.get(request.params.job, request.principal ?? "open"), request.query),
  );

  app.get(
    "/screen/:job/report.csv",
    {
      schema: {
        tags: ["Batch screening"],
        summary: "The job's report as CSV: one line per match, per row without one, and per row not screened",
        params: JobParams,
        produces: ["text/csv"],
        response: {
          200: { description: "CSV report", content: { "text/csv": { schema: { type: "string" } } } },
          401: ErrorResponse,
          404: ErrorResponse,
          409: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const job = ctx.jobs.get(request.params.job, request.principal ?? "open");
      if (job.status !== "done") throw new ConflictError(`job ${job.id} is ${job.status}; the report is ready when it is done`);
      const csv = reportCsv({
        file: job.file,
        algorithm: job.algorithm,
        threshold: job.threshold,
        results: job.results,
        bad: job.bad,
        warnings: job.warnings,
      });
      const name = `${basename(job.file, extname(job.file))}-screening.csv`.replace(/[^\w.-]/g, "_");
      return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="${name}"`).send(csv);
    },
  );
}
