import { DEFAULT_THRESHOLD } from "../../core/linkage/link-records.js";
import type { LinkView } from "../../services/presenters/person-list.presenter.js";
import { type Command, UsageError } from "../command.js";
import { firstBy } from "../first-reviewer.js";
import { intFlag, numberFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";
import { stageBars } from "./link.js";

const usage = `Usage: casefile links <run|list|review> [options]

  run [--lists a,b] [--threshold P] [--dedupe] [--event-year YEAR] [--seed N] [--json]
        link the records of stored person lists (ids or names; default all lists) and store
        the links at or above the threshold (default 0.5) as proposals; reviewed links are kept
  list [--status proposed|awaiting|confirmed|rejected] [--list ID|NAME] [--limit N] [--offset N] [--json]
  review <link-id> confirm|reject [--reason TEXT]
        confirm or reject a proposed link (a reason is required to reject); records are
        linked, never merged`;

const name = (r: LinkView["left"]) =>
  `${r.listName}#${r.key} ${[r.fields.surname, r.fields.given, r.fields.patronymic, r.fields.full_name].filter(Boolean).join(" ")}`;

const line = (l: LinkView) =>
  `${l.id}  ${l.status.padEnd(9)} ${l.probability.toFixed(3)}  ${name(l.left)}  ⇔  ${name(l.right)}${firstBy(l)}`;

export const linksCommand: Command = {
  name: "links",
  summary: "link stored person lists and review the proposed links",
  usage,
  async run(args, io) {
    const [action, ...rest] = args;
    const { values, positionals } = parseCommandArgs(
      rest,
      {
        lists: { type: "string" },
        threshold: { type: "string" },
        dedupe: { type: "boolean" },
        "event-year": { type: "string" },
        seed: { type: "string" },
        status: { type: "string" },
        list: { type: "string" },
        limit: { type: "string" },
        offset: { type: "string" },
        reason: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    if (!action || !["run", "list", "review"].includes(action)) throw new UsageError(usage);
    const decision = positionals[1];
    if (
      action === "review" &&
      (positionals.length !== 2 || (decision !== "confirm" && decision !== "reject"))
    )
      throw new UsageError(`links review takes <link-id> confirm|reject\n\n${usage}`);
    if (action === "review" && decision === "reject" && !values.reason)
      throw new UsageError("rejecting a link needs --reason");
    const out = (value: unknown) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    const port = await connect(io, `links ${action}`);
    try {
      if (action === "run") {
        const run = await port.runLinkage({
          lists: values.lists?.split(",").filter(Boolean),
          threshold: numberFlag(values.threshold, "threshold", DEFAULT_THRESHOLD),
          dedupe: values.dedupe,
          eventYear:
            values["event-year"] === undefined
              ? undefined
              : intFlag(values["event-year"], "event-year", 0),
          seed: values.seed === undefined ? undefined : intFlag(values.seed, "seed", 1),
          onProgress: stageBars(io, values.json === true),
        });
        if (values.json) out(run);
        else
          io.stdout.write(
            `${run.records} records in ${run.lists.length} list(s): ${run.pairsCompared} pairs compared, ${run.links} links (${run.proposed} proposed, ${run.alreadyReviewed} already reviewed), ${run.replaced} earlier proposals replaced — run ${run.runId}\n`,
          );
      } else if (action === "list") {
        const page = await port.listLinks({
          status: values.status,
          list: values.list,
          limit: intFlag(values.limit, "limit", 100),
          offset: intFlag(values.offset, "offset", 0),
        });
        if (values.json) out(page);
        else
          io.stdout.write(
            `${page.items.map((l) => `${line(l)}\n`).join("")}${page.items.length} of ${page.total} link(s)\n`,
          );
      } else {
        const link = await port.reviewLink(positionals[0] as string, {
          action: decision as "confirm" | "reject",
          reason: values.reason,
        });
        if (values.json) out(link);
        else io.stdout.write(`${line(link)}\n`);
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
