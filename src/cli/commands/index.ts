/** Every CLI command, in the order `casefile help` lists them. Add a command by adding it here. */
import type { Command } from "../command.js";
import { ingestCommand } from "./ingest.js";
import { logCommand } from "./log.js";
import { serveCommand } from "./serve.js";
import { sourcesCommand } from "./sources.js";
import { verifyCommand } from "./verify.js";

export const COMMANDS: readonly Command[] = [
  serveCommand,
  ingestCommand,
  sourcesCommand,
  verifyCommand,
  logCommand,
];
