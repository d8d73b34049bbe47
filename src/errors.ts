/** Errors that carry their HTTP status and, for the CLI, an exit code. */

export interface AppErrorOptions {
  status?: number;
  cause?: unknown;
}

export class AppError extends Error {
  readonly status: number;
  constructor(detail: string, options: AppErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.status = options.status ?? 500;
  }
}

export class NotFoundError extends AppError {
  constructor(detail: string, options: Omit<AppErrorOptions, "status"> = {}) {
    super(detail, { ...options, status: 404 });
  }
}

export class ValidationError extends AppError {
  constructor(detail: string, options: Omit<AppErrorOptions, "status"> = {}) {
    super(detail, { ...options, status: 400 });
  }
}

/** A refused operation that a flag could allow (e.g. a release that drops >25% of entities). */
export class ConflictError extends AppError {
  constructor(detail: string, options: Omit<AppErrorOptions, "status"> = {}) {
    super(detail, { ...options, status: 409 });
  }
}

export class NotReadyError extends AppError {
  constructor(detail: string, options: Omit<AppErrorOptions, "status"> = {}) {
    super(detail, { ...options, status: 503 });
  }
}

/** A list's publisher or a file of theirs failed us: bad bytes, an unreachable URL. */
export class SourceError extends AppError {
  readonly source: string;
  readonly url?: string;
  constructor(detail: string, options: Omit<AppErrorOptions, "status"> & { source: string; url?: string }) {
    super(detail, { cause: options.cause, status: 502 });
    this.source = options.source;
    if (options.url !== undefined) this.url = options.url;
  }
}

/**
 * A file that does not parse: names the file, the line or record, and the field where known.
 * Message: "us_ofac_sdn sdn.csv line 1203, field 'ent_num': not a number ('x12')".
 */
export class ParseError extends ValidationError {
  readonly file: string;
  readonly line?: number;
  readonly field?: string;
  constructor(reason: string, where: { source?: string; file: string; line?: number; record?: string; field?: string }, cause?: unknown) {
    const parts = [where.source, where.file].filter(Boolean).join(" ");
    const at = where.line !== undefined ? ` line ${where.line}` : where.record ? ` record ${where.record}` : "";
    const field = where.field ? `, field '${where.field}'` : "";
    super(`${parts}${at}${field}: ${reason}`, { cause });
    this.file = where.file;
    if (where.line !== undefined) this.line = where.line;
    if (where.field !== undefined) this.field = where.field;
  }
}

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CliError";
    this.exitCode = options.exitCode ?? 1;
  }
}

/** Exit codes: 0 ok, 1 unexpected failure, 2 usage or missing data, 3 bad input file, 4 refused (use --force), 5 network/source. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof ParseError) return 3;
  if (error instanceof ConflictError) return 4;
  if (error instanceof SourceError) return 5;
  if (error instanceof NotFoundError || error instanceof ValidationError) return 2;
  return 1;
}
