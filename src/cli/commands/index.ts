/** Every CLI command, in the order `casefile help` lists them. Add a command by adding it here. */
import type { Command } from "../command.js";
import { accessCommand } from "./access.js";
import { captureCommand } from "./capture.js";
import { caseCommand } from "./case.js";
import { chronicleCommand } from "./chronicle.js";
import { citeCommand } from "./cite.js";
import { claimsCommand } from "./claims.js";
import { estimateCommand } from "./estimate.js";
import { evidenceCommand } from "./evidence.js";
import { exportCommand } from "./export.js";
import { extractCommand } from "./extract.js";
import { figuresCommand } from "./figures.js";
import { gcCommand } from "./gc.js";
import { generatePersonsCommand } from "./generate-persons.js";
import { gradeCommand } from "./grade.js";
import { groupCommand } from "./group.js";
import { importCommand } from "./import.js";
import { ingestCommand } from "./ingest.js";
import { jobsCommand } from "./jobs.js";
import { linkCommand } from "./link.js";
import { linksCommand } from "./links.js";
import { listsCommand } from "./lists.js";
import { logCommand } from "./log.js";
import { matrixCommand } from "./matrix.js";
import { mediaCommand } from "./media.js";
import { peopleCommand } from "./people.js";
import { provenanceCommand } from "./provenance.js";
import { registryCommand } from "./registry.js";
import { reportCommand } from "./report.js";
import { searchCommand } from "./search.js";
import { serveCommand } from "./serve.js";
import { sourcesCommand } from "./sources.js";
import { splitCommand } from "./split.js";
import { tokenCommand } from "./token.js";
import { userCommand } from "./user.js";
import { verifyCommand } from "./verify.js";
import { workerCommand } from "./worker.js";

export const COMMANDS: readonly Command[] = [
  serveCommand,
  ingestCommand,
  sourcesCommand,
  claimsCommand,
  caseCommand,
  figuresCommand,
  searchCommand,
  verifyCommand,
  gcCommand,
  logCommand,
  splitCommand,
  extractCommand,
  listsCommand,
  linksCommand,
  registryCommand,
  linkCommand,
  estimateCommand,
  generatePersonsCommand,
  mediaCommand,
  evidenceCommand,
  matrixCommand,
  reportCommand,
  provenanceCommand,
  jobsCommand,
  workerCommand,
  gradeCommand,
  citeCommand,
  userCommand,
  groupCommand,
  tokenCommand,
  accessCommand,
  exportCommand,
  importCommand,
  peopleCommand,
  captureCommand,
  chronicleCommand,
];
