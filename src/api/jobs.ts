/**
 * Batch screening jobs: an uploaded file's rows are screened in the background, a slice at a time,
 * so that the server keeps answering other requests meanwhile. One job runs at a time (the others
 * queue); jobs live in memory for `ttlMs` after they finish and are visible only to the key that
 * made them.
 */
import { randomUUID } from "node:crypto";
import { NotFoundError, ValidationError } from "../errors.js";
import { type BadRow, type BatchResult, type BatchRow, screenBatch } from "../screen/batch/index.js";
import type { Screener, ScreenOptions } from "../screen/types.js";
import type { ScreeningIndex } from "./screening.js";

export type JobStatus = "queued" | "running" | "done" | "failed";

export interface JobInput {
  file: string;
  format: "csv" | "xlsx";
  rows: BatchRow[];
  bad: BadRow[];
  warnings: BadRow[];
}

export interface Job {
  id: string;
  owner: string;
  status: JobStatus;
  file: string;
  format: "csv" | "xlsx";
  createdAt: string;
  finishedAt: string | null;
  total: number;
  done: number;
  threshold: number;
  algorithm: string;
  options: ScreenOptions;
  /**
   * The index at the time the job was made: every row of a job is screened against the same releases.
   * Dropped when the job ends, so that a finished job does not keep an old index in memory.
   */
  screener?: Screener;
  rows: BatchRow[];
  results: BatchResult[];
  bad: BadRow[];
  warnings: BadRow[];
  error: string | null;
}

export interface JobRunner {
  create(owner: string, input: JobInput, options: ScreenOptions): Job;
  /** The job if it exists and belongs to `owner` (else NotFoundError: another key's job does not exist for you). */
  get(id: string, owner: string): Job;
  /** Resolves when no job is queued or running (for tests and shutdown). */
  idle(): Promise<void>;
  stop(): void;
}

export interface JobRunnerOptions {
  /** Time spent screening before yielding to other requests (ms). */
  sliceMs?: number;
  /** Jobs kept (finished ones are dropped oldest first beyond this). */
  maxJobs?: number;
  /** How long a finished job is kept (ms). */
  ttlMs?: number;
  /** Most rows accepted in one file. */
  maxRows?: number;
  now?: () => Date;
}

export function createJobRunner(index: ScreeningIndex, options: JobRunnerOptions = {}): JobRunner {
  const sliceMs = options.sliceMs ?? 10;
  const maxJobs = options.maxJobs ?? 50;
  const ttlMs = options.ttlMs ?? 60 * 60 * 1000;
  const maxRows = options.maxRows ?? 100_000;
  const now = options.now ?? (() => new Date());
  const jobs = new Map<string, Job>();
  const queue: Job[] = [];
  let running = false;
  let stopped = false;
  let waiters: (() => void)[] = [];

  const finish = (job: Job, status: JobStatus, error: string | null = null) => {
    job.status = status;
    job.error = error;
    job.finishedAt = now().toISOString();
    job.rows = [];
    delete job.screener;
  };

  function prune() {
    const cutoff = now().getTime() - ttlMs;
    for (const [id, job] of jobs) if (job.finishedAt && Date.parse(job.finishedAt) < cutoff) jobs.delete(id);
    const finished = [...jobs.values()].filter((j) => j.finishedAt).sort((a, b) => (a.finishedAt ?? "").localeCompare(b.finishedAt ?? ""));
    while (jobs.size > maxJobs && finished.length) jobs.delete((finished.shift() as Job).id);
  }

  function step(job: Job) {
    if (stopped) return;
    try {
      const screener = job.screener;
      if (!screener) throw new Error("the job's index is gone");
      const started = performance.now();
      while (job.done < job.rows.length && performance.now() - started < sliceMs) {
        const chunk = job.rows.slice(job.done, job.done + 10);
        const outcome = screenBatch(screener, chunk, job.options);
        job.results.push(...outcome.results);
        job.bad.push(...outcome.bad);
        job.done += chunk.length;
      }
      if (job.done >= job.rows.length) {
        job.bad.sort((a, b) => a.row - b.row);
        finish(job, "done");
        return next();
      }
      setImmediate(() => step(job));
    } catch (e) {
      finish(job, "failed", e instanceof Error ? e.message : String(e));
      next();
    }
  }

  function next() {
    const job = queue.shift();
    if (!job || stopped) {
      running = false;
      for (const w of waiters.splice(0)) w();
      return;
    }
    running = true;
    job.status = "running";
    setImmediate(() => step(job));
  }

  return {
    create(owner, input, screenOptions) {
      if (input.rows.length > maxRows) throw new ValidationError(`${input.file}: ${input.rows.length} rows; at most ${maxRows} per job`);
      const { screener } = index.current();
      // A source that is not loaded would screen nothing: refuse it now (400), not report "done, no matches".
      screener.checkSources(screenOptions.sources);
      prune();
      const job: Job = {
        id: randomUUID(),
        owner,
        status: "queued",
        file: input.file,
        format: input.format,
        createdAt: now().toISOString(),
        finishedAt: null,
        total: input.rows.length,
        done: 0,
        threshold: screenOptions.threshold ?? screener.defaultThreshold,
        algorithm: screener.algorithm,
        options: screenOptions,
        screener,
        rows: input.rows,
        results: [],
        bad: [...input.bad],
        warnings: input.warnings,
        error: null,
      };
      jobs.set(job.id, job);
      queue.push(job);
      if (!running) next();
      return job;
    },
    get(id, owner) {
      const job = jobs.get(id);
      if (!job || job.owner !== owner) throw new NotFoundError(`no screening job '${id}'`);
      return job;
    },
    idle() {
      if (!running && !queue.length) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    stop() {
      stopped = true;
      for (const w of waiters.splice(0)) w();
      waiters = [];
    },
  };
}
