#!/usr/bin/env node
/** The chokepoint CLI: every command registers itself from commands/; errors are caught once, here. */
import { Command, CommanderError } from "commander";
import { CliError, exitCodeFor } from "../errors.js";
import { COMMANDS } from "./commands/index.js";
import { closeStores } from "./context.js";

export function createProgram(): Command {
  const program = new Command("chokepoint")
    .description("Sanctions and export-control lists, cross-script screening and dual-use trade flows.")
    .version("0.1.0")
    .option("--db <path>", "SQLite database file (env CHOKEPOINT_DB; default ~/.local/share/chokepoint/chokepoint.db)")
    .option("--json", "machine-readable output (one JSON document, or NDJSON for streams)")
    .showHelpAfterError()
    .addHelpText(
      "after",
      "\nExit codes: 0 ok, 1 unexpected failure, 2 usage or missing data, 3 bad input file, 4 refused (see --force), 5 download failed.",
    );
  for (const register of COMMANDS) register(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = createProgram().exitOverride();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const code = exitCodeFor(error);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`chokepoint: ${message}\n`);
    if (code === 1 && error instanceof Error && !(error instanceof CliError)) process.stderr.write(`${error.stack ?? ""}\n`);
    return code;
  } finally {
    await closeStores();
  }
}

const invoked = process.argv[1] ?? "";
if (invoked.endsWith("cli/main.js") || invoked.endsWith("cli/main.ts")) {
  let settled = false;
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
