import { type Command, UsageError } from "../command.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile search "<query>" [options]

Searches every passage, insensitive to alphabet, romanisation and diacritics
(Khojaly = Khojali = Xocalı = Ходжалы; Stepanakert = Khankendi).

Options:
  --case ID  --kind KIND  --from DATE  --to DATE  --affiliation A  --measure M  --place PLACE-ID
  --limit N (default 20)  --offset N  --json (an array of hits: sourceId, passageId, score, snippet, …)`;

export const searchCommand: Command = {
  name: "search",
  summary: "full-text search over every passage",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        case: { type: "string" },
        kind: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        affiliation: { type: "string" },
        measure: { type: "string" },
        place: { type: "string" },
        limit: { type: "string" },
        offset: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    if (positionals.length !== 1) throw new UsageError(usage);
    const port = await connect(io, "search");
    try {
      const result = await port.search({
        q: positionals[0] as string,
        caseId: values.case,
        kind: values.kind,
        from: values.from,
        to: values.to,
        affiliation: values.affiliation,
        measure: values.measure,
        place: values.place,
        limit: intFlag(values.limit, "limit", 20),
        offset: intFlag(values.offset, "offset", 0),
      });
      if (values.json) io.stdout.write(`${JSON.stringify(result.hits, null, 2)}\n`);
      else {
        const plain = (s: string) =>
          s
            .replace(/<\/?mark>/g, (t) => (t === "<mark>" ? "[" : "]"))
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&amp;/g, "&");
        for (const h of result.hits)
          io.stdout.write(
            `${h.score.toFixed(3)}  ${h.sourceTitle.slice(0, 70)} (¶${h.seq})\n       ${plain(h.snippet)}\n`,
          );
        io.stdout.write(`${result.hits.length} of ${result.total} hit(s)\n`);
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
