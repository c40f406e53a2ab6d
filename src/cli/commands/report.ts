import { resolve } from "node:path";
import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";
import { writeWhole } from "../write-whole.js";

const usage = `Usage: casefile report <case> --format html|pdf|md [--crime ID] [--lang en|az|ru] [--out FILE]

A footnoted brief of the case: places, chronology, each measure's figures with their spread,
claimants and independent origins, and the legal matrix with its gaps and contradicting
evidence; every statement footnoted to its source (outlet, author, date, where in the source,
the archived file's SHA-256). PDF is printed by Debian's Chromium (CASEFILE_CHROMIUM names
another); without one the command fails and writes nothing. --lang writes the brief's own words
(headings, labels, dates, numbers) in Azerbaijani or Russian; the sources' texts keep their
language. Without --out the brief goes to standard output.`;

export const reportCommand: Command = {
  name: "report",
  summary: "a footnoted brief of a case as HTML, PDF or Markdown",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: "string" },
        crime: { type: "string" },
        lang: { type: "string" },
        out: { type: "string" },
      },
      usage,
    );
    const caseId = positionals[0];
    if (!caseId || positionals.length > 1 || !values.format) throw new UsageError(usage);
    if (!["html", "pdf", "md"].includes(values.format))
      throw new UsageError(`--format takes html, pdf or md, not "${values.format}"`);
    const port = await connect(io, "report");
    try {
      const out = await port.report(caseId, {
        format: values.format,
        crime: values.crime,
        lang: values.lang,
      });
      if (values.out === undefined) io.stdout.write(out.bytes);
      else {
        const target = resolve(io.cwd, values.out);
        writeWhole(target, out.bytes);
        io.stderr.write(`wrote ${out.bytes.length} bytes of ${out.format} to ${target}\n`);
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
