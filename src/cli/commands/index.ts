/** The CLI's commands. Adding one is one line. */
import type { Command } from "commander";
import { registerDiff } from "./diff.js";
import { registerImport } from "./import.js";
import { registerLists } from "./lists.js";
import { registerScreen } from "./screen.js";
import { registerServe } from "./serve.js";
import { registerShow } from "./show.js";
import { registerSync } from "./sync.js";
import { registerTrade } from "./trade.js";

export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [
  registerImport,
  registerLists,
  registerDiff,
  registerShow,
  registerSync,
  registerScreen,
  registerTrade,
  registerServe,
];
