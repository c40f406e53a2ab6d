import { type Command, UsageError } from "../command.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile log [--limit N] [--before SEQ] [--target ID] [--json]

Shows the activity log, newest first: who changed what, when, why, and each entry's hash.`;

export const logCommand: Command = {
  name: "log",
  summary: "show the activity log",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        limit: { type: "string" },
        before: { type: "string" },
        target: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${usage}`);
    const port = await connect(io, "log");
    try {
      const before = values.before === undefined ? undefined : intFlag(values.before, "before", 0);
      const entries = await port.log({
        limit: intFlag(values.limit, "limit", 20),
        ...(before ? { before } : {}),
        ...(values.target ? { targetId: values.target } : {}),
      });
      if (values.json) io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
      else
        for (const e of entries)
          io.stdout.write(
            `#${e.seq} ${e.at} ${e.actor} ${e.action} ${e.targetType}:${e.targetId}${e.reason ? ` — ${e.reason}` : ""}  ${e.hash.slice(0, 12)}\n`,
          );
      return 0;
    } finally {
      await port.close();
    }
  },
};
