import { CITATION_FORMATS, type CitationFormat } from "../../core/cite/citation.js";
import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile cite <id> [--format text|csl-json|bibtex] [--json]

Cites a source, a passage or a claim by its id: title, outlet or author, date, passage number,
the quoted words, its address in this archive and the SHA-256 of the archived file.
Without a running server the address uses CASEFILE_PUBLIC_URL (default http://127.0.0.1:3000).`;

function isFormat(value: string): value is CitationFormat {
  return (CITATION_FORMATS as readonly string[]).includes(value);
}

export const citeCommand: Command = {
  name: "cite",
  summary: "cite a source, a passage or a claim",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { format: { type: "string" }, json: { type: "boolean" } },
      usage,
    );
    const [id, extra] = positionals;
    if (!id) throw new UsageError(`which source, passage or claim? Give its id.\n\n${usage}`);
    if (extra) throw new UsageError(`unexpected argument "${extra}"\n\n${usage}`);
    const format = values.format ?? "text";
    if (!isFormat(format))
      throw new UsageError(
        `--format must be one of ${CITATION_FORMATS.join(", ")}, not "${format}"\n\n${usage}`,
      );
    const port = await connect(io, "cite");
    try {
      const cited = await port.cite(id, format);
      io.stdout.write(values.json ? `${JSON.stringify(cited, null, 2)}\n` : cited.text);
      return 0;
    } finally {
      await port.close();
    }
  },
};
