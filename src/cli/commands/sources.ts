import { type Command, UsageError } from "../command.js";
import { METADATA_OPTIONS, metadataFromFlags } from "../metadata-flags.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";
import { historyText } from "./history-text.js";

const usage = `Usage: casefile sources <list|show|edit|history|delete> [options]

  list [--kind K] [--q WORDS] [--limit N] [--offset N] [--json]
  show <id> [--json]                      metadata, chain of custody, passages
  edit <id> --reason TEXT [--title T] [--kind K] [--access A] [--published D] [--organisation O]
           [--author A…] [--language L] [--place P] [--url U] [--affiliation A] [--case ID]
           [--version N]                  saves a new version; earlier versions stay readable.
                                          --version: the version you edited; refused when the
                                          source has a newer one
  history <id> [--json]                   every version of the source and of its claims, with
                                          what each changed, field by field
  delete <id> --reason TEXT               tombstone: hidden, kept in the archive and the log`;

export const sourcesCommand: Command = {
  name: "sources",
  summary: "list, show, edit or delete sources",
  usage,
  async run(args, io) {
    const [action, ...rest] = args;
    const { values, positionals } = parseCommandArgs(
      rest,
      {
        ...METADATA_OPTIONS,
        q: { type: "string" },
        limit: { type: "string" },
        offset: { type: "string" },
        json: { type: "boolean" },
        reason: { type: "string" },
        version: { type: "string" },
      },
      usage,
    );
    const out = (value: unknown) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    const id = positionals[0];
    if (!["list", "show", "edit", "history", "delete"].includes(action ?? ""))
      throw new UsageError(usage);
    if (action !== "list" && !id)
      throw new UsageError(`sources ${action} needs a source id\n\n${usage}`);
    const port = await connect(io, `sources ${action}`);
    try {
      if (action === "list") {
        const page = await port.listSources({
          kind: values.kind,
          q: values.q,
          limit: intFlag(values.limit, "limit", 50),
          offset: intFlag(values.offset, "offset", 0),
        });
        if (values.json) out(page);
        else {
          for (const s of page.items)
            io.stdout.write(
              `${s.id}  ${s.kind.padEnd(12)} ${s.access.padEnd(12)} ${s.published?.iso ?? "—".padEnd(10)}  ${s.title}\n`,
            );
          io.stdout.write(`${page.items.length} of ${page.total} source(s)\n`);
        }
      } else if (action === "show") {
        const s = await port.getSource(id as string);
        if (values.json) out(s);
        else {
          io.stdout.write(
            `${s.title}\n  id ${s.id}, version ${s.version}, ${s.kind}, ${s.access}\n  sha256 ${s.sha256 ?? "— (citation only)"}\n`,
          );
          for (const a of s.acquisitions)
            io.stdout.write(
              `  acquired ${a.acquiredAt} by ${a.acquiredBy} from ${a.origin} with ${a.tool}\n`,
            );
          io.stdout.write(
            `  ${s.passages.length} passages, ${s.textLength} characters, ${s.parts.length} parts\n`,
          );
        }
      } else if (action === "edit") {
        if (!values.reason) throw new UsageError("sources edit needs --reason");
        const patch = metadataFromFlags(values);
        const version =
          values.version === undefined ? undefined : intFlag(values.version, "version", 1);
        const s = await port.editSource(id as string, patch, values.reason, version);
        if (values.json) out(s);
        else io.stdout.write(`${s.id} is now at version ${s.version}\n`);
      } else if (action === "history") {
        const entries = await port.sourceHistory(id as string);
        if (values.json) out(entries);
        else io.stdout.write(historyText(entries));
      } else {
        if (!values.reason) throw new UsageError("sources delete needs --reason");
        await port.deleteSource(id as string, values.reason);
        if (!values.json) io.stdout.write(`${id} deleted (tombstone kept)\n`);
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
