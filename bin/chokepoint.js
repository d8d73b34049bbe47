#!/usr/bin/env node
// The installed CLI runs the compiled code in dist/ (built by `npm ci` through the prepare script).
import { main } from "../dist/cli/main.js";

let settled = false;
// A promise that never settles lets Node exit with 0: report it as the failure it is.
process.on("beforeExit", () => {
  if (!settled) {
    process.stderr.write("chokepoint: internal error: the command stopped before finishing\n");
    process.exitCode = 1;
  }
});
process.exitCode = await main(process.argv);
settled = true;
