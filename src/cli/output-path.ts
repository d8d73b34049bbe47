/** Output files are checked before the work that fills them: a wrong extension or folder fails in a moment, not after a batch. */
import { accessSync, constants, statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import { CliError } from "../errors.js";

/**
 * Throws a usage error (exit 2) unless `path` can be written: its extension is one of `extensions`
 * (when given, e.g. [".csv", ".xlsx", ".json"]), its folder exists and is writable, and it is not a folder.
 */
export function checkOutputPath(path: string, flag: string, extensions?: readonly string[]): void {
  if (extensions && !extensions.includes(extname(path).toLowerCase()))
    throw new CliError(`${flag} '${path}': use a ${extensions.join(", ").replace(/, ([^,]+)$/, " or $1")} file`, { exitCode: 2 });
  const folder = dirname(resolve(path));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    // missing: reported below
  }
  if (!isFolder) throw new CliError(`${flag} '${path}': the folder ${folder} does not exist`, { exitCode: 2 });
  try {
    if (statSync(path).isDirectory()) throw new CliError(`${flag} '${path}' is a folder; give a file name`, { exitCode: 2 });
  } catch (e) {
    if (e instanceof CliError) throw e;
    // does not exist yet: fine
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new CliError(`${flag} '${path}': the folder ${folder} is not writable`, { exitCode: 2 });
  }
}
