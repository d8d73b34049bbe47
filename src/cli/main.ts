#!/usr/bin/env node
/** The chokepoint CLI: every command registers itself from commands/; errors are caught once, here. */
import { Command, CommanderError } from "commander";
import { CliError, exitCodeFor } from "../errors.js";
import { COMMANDS } from "./commands/index.js";
import { closeStores } from "./context.js";
import { OutputClosedError } from "./output.js";

export function createProgram(): Command {
  const program = new Command("chokepoint")
    .description("Sanctions and export-control lists, cross-script screening and dual-use trade flows.")
    .version("0.1.0")
    .option("--db <path>", "SQLite database file (env CHOKEPOINT_DB; default ~/.local/share/chokepoint/chokepoint.db)")
    .option("--json", "machine-readable output (one JSON document, or NDJSON for streams); errors as one JSON line on stderr")
    .showHelpAfterError()
    .addHelpText(
      "after",
      "\nExit codes: 0 ok, 1 unexpected failure, 2 usage or missing data, 3 bad input file, 4 refused (see --force), 5 download failed.",
    );
  for (const register of COMMANDS) register(program);
  return program;
}

/** Commander copies these settings only to subcommands created after them: apply them to the whole tree. */
function forEachCommand(command: Command, apply: (c: Command) => void): void {
  apply(command);
  for (const sub of command.commands) forEachCommand(sub, apply);
}

/** File-system and socket failures are the user's to fix (a folder, a port), not bugs: one line, no stack. */
const USER_ERRNO: Record<string, string> = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "is a folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EADDRINUSE: "address already in use",
  EADDRNOTAVAIL: "address not available on this machine",
};

function systemError(error: unknown): { message: string; code: number } | undefined {
  const e = error as NodeJS.ErrnoException & { address?: string; port?: number };
  if (!(error instanceof Error) || typeof e.code !== "string" || !(e.code in USER_ERRNO)) return undefined;
  const where = e.path ?? (e.address !== undefined ? `${e.address}${e.port !== undefined ? `:${e.port}` : ""}` : undefined);
  const what = `${USER_ERRNO[e.code]} (${e.code})`;
  return { message: `${e.syscall ? `${e.syscall} ` : ""}${where ?? ""}: ${what}`.trim(), code: e.code === "ENOSPC" ? 1 : 2 };
}

/**
 * Runs the CLI and returns its exit code. Every failure is one line on stderr, `chokepoint: <message>`,
 * or under --json one JSON object, `{"error": {"message", "exitCode"}}` (docs/cli.md "Errors").
 */
export async function main(argv: string[]): Promise<number> {
  // Usage errors happen before options are parsed, so --json is looked for in the raw arguments.
  const json = argv.slice(2).includes("--json");
  const fail = (message: string, code: number) => {
    process.stderr.write(json ? `${JSON.stringify({ error: { message, exitCode: code } })}\n` : `chokepoint: ${message}\n`);
    return code;
  };
  const program = createProgram();
  forEachCommand(program, (c) => {
    c.exitOverride();
    // Under --json the help text commander prints after a usage error would spoil the one JSON line.
    if (json) c.configureOutput({ writeErr: () => {}, outputError: () => {} });
  });
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof OutputClosedError) return 0;
    if (error instanceof CommanderError) {
      // --help and --version throw with 0; unknown options, missing arguments and a missing subcommand are usage errors.
      if (error.exitCode === 0) return 0;
      if (!json) return 2;
      const message = error.message.trim().replace(/^error: /, "");
      return fail(message === "(outputHelp)" ? "a subcommand is required (see --help)" : message, 2);
    }
    const system = systemError(error);
    if (system) return fail(system.message, system.code);
    const code = exitCodeFor(error);
    const message = error instanceof Error ? error.message : String(error);
    fail(message, code);
    // An unexpected error is a bug: its stack helps the report (not under --json, which stays one line).
    if (code === 1 && !json && error instanceof Error && !(error instanceof CliError)) process.stderr.write(`${error.stack ?? ""}\n`);
    return code;
  } finally {
    await closeStores();
  }
}

const invoked = process.argv[1] ?? "";
if (invoked.endsWith("cli/main.js") || invoked.endsWith("cli/main.ts")) {
  let settled = false;
  // `chokepoint … | head`: the reader leaving is not a failure; output.ts stops the command at its next write.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
    });
  // A promise that never settles lets Node exit with 0: report it as the failure it is.
  process.on("beforeExit", () => {
    if (!settled) {
      process.stderr.write("chokepoint: internal error: the command stopped before finishing\n");
      process.exitCode = 1;
    }
  });
  main(process.argv).then((code) => {
    settled = true;
    process.exitCode = code;
  });
}
