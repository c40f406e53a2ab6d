import { DEFAULT_THRESHOLD } from "../../core/linkage/link-records.js";
import type { LinkView } from "../../services/presenters/person-list.presenter.js";
import { type Command, UsageError } from "../command.js";
import { firstBy } from "../first-reviewer.js";
import { intFlag, numberFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";
import { stageBars } from "./link.js";

const usage = `Usage: casefile links <run|list|review|link|unlink|history|find> [options]

  run [--lists a,b] [--threshold P] [--dedupe] [--event-year YEAR] [--seed N] [--json]
        link the records of stored person lists (ids or names; default all lists) and store
        the links at or above the threshold (default 0.5) as proposals, and the best pairs
        below it as candidates; reviewed links are kept
  list [--status proposed|candidate|awaiting|confirmed|rejected] [--below-threshold]
       [--list ID|NAME] [--limit N] [--offset N] [--json]
        --below-threshold (= --status candidate) lists the pairs scored below the threshold
  review <link-id> confirm|reject [--reason TEXT]
        confirm or reject a proposed link or a candidate (a reason is required to reject);
        records are linked, never merged
  link <record-id> <record-id> [--reason TEXT]
        link two records by hand (no model probability); four eyes apply
  unlink <link-id> [--reason TEXT]
        undo a link of any origin (proposed, candidate, confirmed, made by hand)
  history <link-id> [--json]
        how a link was made and every decision on it, with who, when and why
  find <list> <name> [--limit N] [--json]
        records of a list (id or name) whose name matches, in any script`;

const name = (r: LinkView["left"]) =>
  `${r.listName}#${r.key} ${[r.fields.surname, r.fields.given, r.fields.patronymic, r.fields.full_name].filter(Boolean).join(" ")}`;

const line = (l: LinkView) =>
  `${l.id}  ${l.status.padEnd(9)} ${l.probability === null ? "manual" : l.probability.toFixed(3)}  ${name(l.left)}  ⇔  ${name(l.right)}${firstBy(l)}`;

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
        "below-threshold": { type: "boolean" },
        json: { type: "boolean" },
      },
      usage,
    );
    const ACTIONS = ["run", "list", "review", "link", "unlink", "history", "find"];
    if (!action || !ACTIONS.includes(action)) throw new UsageError(usage);
    const arity: Record<string, number> = { link: 2, unlink: 1, history: 1, find: 2 };
    if (arity[action] !== undefined && positionals.length !== arity[action])
      throw new UsageError(`links ${action} takes ${arity[action]} argument(s)\n\n${usage}`);
    if (values["below-threshold"] && values.status !== undefined && values.status !== "candidate")
      throw new UsageError(
        "--below-threshold lists candidates; it cannot go with another --status",
      );
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
          status: values["below-threshold"] ? "candidate" : values.status,
          list: values.list,
          limit: intFlag(values.limit, "limit", 100),
          offset: intFlag(values.offset, "offset", 0),
        });
        if (values.json) out(page);
        else
          io.stdout.write(
            `${page.items.map((l) => `${line(l)}\n`).join("")}${page.items.length} of ${page.total} link(s)\n`,
          );
      } else if (action === "link" || action === "unlink") {
        const [a, b] = positionals as [string, string];
        const link =
          action === "link"
            ? await port.linkByHand({ left: a, right: b, reason: values.reason })
            : await port.unlink(a, { reason: values.reason });
        if (values.json) out(link);
        else io.stdout.write(`${line(link)}\n`);
      } else if (action === "history") {
        const h = await port.linkHistory(positionals[0] as string);
        if (values.json) out(h);
        else
          io.stdout.write(
            h.items
              .map(
                (v) =>
                  `v${v.version}  ${v.at}  ${v.status.padEnd(9)} ${v.by ?? `linkage run ${v.runId ?? ""}`}${v.reason ? `  — ${v.reason}` : ""}\n`,
              )
              .join(""),
          );
      } else if (action === "find") {
        const found = await port.searchRecords(positionals[0] as string, {
          q: positionals[1],
          limit: intFlag(values.limit, "limit", 20),
        });
        if (values.json) out(found);
        else
          io.stdout.write(
            `${found.items.map((r) => `${r.id}  ${found.list.name}#${r.key} line ${r.rowNumber}  ${Object.values(r.fields).join(" ")}\n`).join("")}${found.items.length} of ${found.total} record(s)\n`,
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
