/** All CLI output goes through here: tables for people, JSON for pipes, a progress bar on stderr. */

/**
 * Thrown by a write once the reader of stdout or stderr has gone (`chokepoint … | head -1`): it stops
 * the command at its next line of output, and main exits 0 without a message.
 */
export class OutputClosedError extends Error {
  constructor() {
    super("output closed by the reader (EPIPE)");
    this.name = "OutputClosedError";
  }
}

export interface Output {
  /** True when --json was given: print exactly one JSON document (or NDJSON lines) on stdout. */
  readonly json: boolean;
  json1(value: unknown): void;
  ndjson(value: unknown): void;
  line(text?: string): void;
  table(rows: Record<string, unknown>[], columns?: string[]): void;
  /** Notes for people, on stderr so that stdout stays clean for pipes. */
  note(text: string): void;
  progress(label: string, total?: number): Progress;
}

export interface Progress {
  tick(n?: number): void;
  set(done: number, total?: number): void;
  done(summary?: string): void;
}

export interface OutputStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

export function createOutput(options: { json: boolean; color?: boolean }, streams: OutputStreams = process): Output {
  const tty = Boolean(streams.stderr.isTTY) && options.color !== false;
  // A write to a pipe whose reader left marks the stream errored at once (the EPIPE event comes later).
  const writer = (stream: NodeJS.WritableStream & { destroyed?: boolean; errored?: Error | null }) => (text: string) => {
    const closed = () => stream.destroyed || Boolean(stream.errored);
    if (closed()) throw new OutputClosedError();
    stream.write(text);
    if (closed()) throw new OutputClosedError();
  };
  const stdout = writer(streams.stdout);
  const stderr = writer(streams.stderr);
  return {
    json: options.json,
    json1(value) {
      stdout(`${JSON.stringify(value, null, 2)}\n`);
    },
    ndjson(value) {
      stdout(`${JSON.stringify(value)}\n`);
    },
    line(text = "") {
      stdout(`${text}\n`);
    },
    table(rows, columns) {
      stdout(formatTable(rows, columns));
    },
    note(text) {
      stderr(`${text}\n`);
    },
    progress(label, total) {
      return createProgress(label, total, tty ? streams.stderr : undefined);
    },
  };
}

export function formatTable(rows: Record<string, unknown>[], columns?: string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (!cols.length) return "";
  const cell = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));
  const cells = rows.map((r) => cols.map((c) => cell(r[c]).replace(/\s+/g, " ")));
  const widths = cols.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((r) => (r[i] ?? "").length))));
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const numeric = cols.map((_, i) => cells.length > 0 && cells.every((r) => /^-?[\d.,%+]*$/.test(r[i] ?? "")));
  const fmt = (r: string[]) =>
    r
      .map((s, i) => (numeric[i] ? s.padStart(widths[i] ?? 0) : fit(s, widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return `${[fmt(cols), widths.map((w) => "─".repeat(w)).join("  "), ...cells.map(fmt)].join("\n")}\n`;
}

function createProgress(label: string, total: number | undefined, stream: NodeJS.WritableStream | undefined): Progress {
  let done = 0;
  let last = 0;
  const draw = (force = false) => {
    if (!stream) return;
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    if (total) {
      const frac = Math.min(1, done / total);
      const width = 30;
      const filled = Math.round(frac * width);
      stream.write(`\r${label} [${"█".repeat(filled)}${" ".repeat(width - filled)}] ${Math.round(frac * 100)}% ${done}/${total}`);
    } else stream.write(`\r${label} ${done}`);
  };
  return {
    tick(n = 1) {
      done += n;
      draw();
    },
    set(d, t) {
      done = d;
      if (t !== undefined) total = t;
      draw();
    },
    done(summary) {
      if (!stream) return;
      draw(true);
      stream.write(`\r\x1b[K${summary ?? ""}${summary ? "\n" : ""}`);
    },
  };
}
