/** Every CLI command, in the order `casefile help` lists them. Add a command by adding it here. */
import type { Command } from "../command.js";
import { claimsCommand } from "./claims.js";
import { estimateCommand } from "./estimate.js";
import { extractCommand } from "./extract.js";
import { generatePersonsCommand } from "./generate-persons.js";
import { ingestCommand } from "./ingest.js";
import { linkCommand } from "./link.js";
import { logCommand } from "./log.js";
import { serveCommand } from "./serve.js";
import { sourcesCommand } from "./sources.js";
import { splitCommand } from "./split.js";
import { verifyCommand } from "./verify.js";

export const COMMANDS: readonly Command[] = [
  serveCommand,
  ingestCommand,
  sourcesCommand,
  claimsCommand,
  verifyCommand,
  logCommand,
  splitCommand,
  extractCommand,
  linkCommand,
  estimateCommand,
  generatePersonsCommand,
];
