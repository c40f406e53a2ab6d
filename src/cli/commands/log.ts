import { type Command, UsageError } from "../command.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile log [filters] [--limit N] [--offset N] [--json]

Shows the activity log, newest first: who changed what, when, why, and each entry's hash. An
entry about a claim names the claim (its statement and quote). Only entries about what you may
see are shown or counted.

Filters (the same as GET /api/activity and the web's Activity page):
  --actor NAME           who made the change
  --action ACTION        kind of action (source.ingest, source.edit, claim.review, …); repeat
                         for several
  --decision D           for claim reviews: confirm, correct or reject
  --from YYYY-MM-DD      first day (UTC)
  --to YYYY-MM-DD        last day (UTC)
  --case ID              entries about this case, its sources and their claims
  --target ID            entries about one source, claim or case`;

export const logCommand: Command = {
  name: "log",
  summary: "show the activity log, filtered by who, what, when and which case",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        actor: { type: "string" },
        action: { type: "string", multiple: true },
        decision: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        case: { type: "string" },
        target: { type: "string" },
        limit: { type: "string" },
        offset: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${usage}`);
    const port = await connect(io, "log");
    try {
      const page = await port.log({
        actor: values.actor,
        actions: values.action,
        decision: values.decision,
        from: values.from,
        to: values.to,
        caseId: values.case,
        targetId: values.target,
        limit: intFlag(values.limit, "limit", 20),
        offset: intFlag(values.offset, "offset", 0),
      });
      if (values.json) io.stdout.write(`${JSON.stringify(page.items, null, 2)}\n`);
      else {
        for (const e of page.items) {
          const what = e.claim
            ? `claim ${e.claim.id}: ${e.claim.caption}${e.source ? ` (in ${e.source.title})` : ""}`
            : e.source
              ? `source ${e.source.id}: ${e.source.title}`
              : `${e.targetType}:${e.targetId}`;
          io.stdout.write(
            `#${e.seq} ${e.at} ${e.actor ?? "—"} ${e.action}${e.detail ? ` (${e.detail})` : ""} ${what}${e.reason ? ` — ${e.reason}` : ""}  ${e.hash.slice(0, 12)}\n`,
          );
        }
        io.stdout.write(
          `${page.items.length === 0 ? 0 : `${page.offset + 1}–${page.offset + page.items.length}`} of ${page.total} entries\n`,
        );
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
