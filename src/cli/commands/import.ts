import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CliError, type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile import <file> [--blobs DIR] [--json]

Loads a case document made by \`casefile export <case> --format json\` into an empty store (no
case, source or person list; set CASEFILE_CASES= so that no reference case is loaded first),
identically: the same ids, hashes and review history. Archived files come from the document, or
with --blobs DIR from DIR where \`export --blobs DIR\` wrote them. A malformed document is refused
naming the place, and nothing is written. Needs an administrator.`;

/** The document with the files it names by SHA-256 read from DIR and put inline. */
function inlineBlobs(text: string, dir: string): string {
  let doc: {
    blobs?: { mode?: string; files?: Record<string, string> };
    tables?: { blobs?: { sha256?: unknown }[] };
  };
  try {
    doc = JSON.parse(text);
  } catch {
    return text; // The service names what is wrong with it.
  }
  if (doc.blobs?.mode !== "referenced") return text;
  const files: Record<string, string> = {};
  for (const row of doc.tables?.blobs ?? []) {
    const sha = String(row.sha256);
    if (!/^[0-9a-f]{64}$/.test(sha)) continue;
    try {
      files[sha] = readFileSync(join(dir, sha)).toString("base64");
    } catch {
      throw new CliError(`${join(dir, sha)}: the document names this file but it is not there`);
    }
  }
  doc.blobs = { mode: "inline", files };
  return JSON.stringify(doc);
}

export const importCommand: Command = {
  name: "import",
  summary: "loads a case document (export --format json) into an empty store",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { blobs: { type: "string" }, json: { type: "boolean" } },
      usage,
    );
    const file = positionals[0];
    if (!file || positionals.length > 1) throw new UsageError(usage);
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, file), "utf8");
    } catch (error) {
      throw new CliError(`${file}: ${(error as Error).message}`);
    }
    if (values.blobs !== undefined) text = inlineBlobs(text, resolve(io.cwd, values.blobs));
    const port = await connect(io, "import", { prepare: false });
    try {
      const report = await port.importCase(text);
      if (values.json) io.stdout.write(`${JSON.stringify(report)}\n`);
      else {
        const total = Object.values(report.rows).reduce((a, b) => a + b, 0);
        io.stdout.write(
          `imported case ${report.caseId}: ${total} rows (${report.rows.sources ?? 0} sources, ${report.rows.claims ?? 0} claims, ${report.rows.person_records ?? 0} person records), ${report.blobs} archived files; log head ${report.logHead ? `#${report.logHead.seq} ${report.logHead.hash}` : "(empty)"}\n`,
        );
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
