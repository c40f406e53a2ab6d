import type { Polarity } from "../../core/law/index.js";
import type { EvidenceLinkView } from "../../services/presenters/evidence-link.presenter.js";
import { type Command, UsageError } from "../command.js";
import { firstBy } from "../first-reviewer.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile evidence <propose|list|add|review|show> [options]

  propose <case>        propose links from the case's confirmed claims to elements of crimes
                        (killed figures to the killing elements, hostages to hostage-taking,
                        times inside the event to the armed-conflict nexus …); never confirms one
  list <case> [--status proposed|awaiting|confirmed|rejected] [--polarity supports|contradicts|context]
              [--crime ID] [--element ID] [--json]
  add <case> (--claim ID | --passage ID | --source ID) --element ID
             --polarity supports|contradicts|context --weight 1-5 --rationale TEXT
                        a link of your own; it awaits review like a proposal
  review <link-id> confirm|reject|correct [--reason TEXT] [--element ID] [--polarity P]
             [--weight N] [--rationale TEXT]
                        a reason is required to reject
  show <link-id> [--json]   a link with every version it has had`;

const line = (l: EvidenceLinkView) =>
  `${l.id}  ${l.status.padEnd(9)} ${l.polarity.padEnd(11)} w${l.weight}  ${l.elementId.padEnd(34)} ${l.targetKind} ${l.claimId ?? l.passageId ?? l.sourceId}${firstBy(l)}`;

const POLARITY = /^(supports|contradicts|context)$/;

export const evidenceCommand: Command = {
  name: "evidence",
  summary: "propose, add and review links from evidence to elements of crimes",
  usage,
  async run(args, io) {
    const [action, ...rest] = args;
    const { values, positionals } = parseCommandArgs(
      rest,
      {
        status: { type: "string" },
        polarity: { type: "string" },
        crime: { type: "string" },
        element: { type: "string" },
        claim: { type: "string" },
        passage: { type: "string" },
        source: { type: "string" },
        weight: { type: "string" },
        rationale: { type: "string" },
        reason: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    const target = positionals[0];
    if (!action || !["propose", "list", "add", "review", "show"].includes(action) || !target)
      throw new UsageError(usage);
    if (values.polarity !== undefined && !POLARITY.test(values.polarity))
      throw new UsageError("--polarity takes supports, contradicts or context");
    const polarity = values.polarity as Polarity | undefined;
    const weight = values.weight === undefined ? undefined : intFlag(values.weight, "weight", 0);
    const decision = positionals[1];
    if (action === "review" && !["confirm", "reject", "correct"].includes(decision ?? ""))
      throw new UsageError(`evidence review takes <link-id> confirm|reject|correct\n\n${usage}`);
    if (
      action === "add" &&
      (!values.element || !polarity || weight === undefined || !values.rationale)
    )
      throw new UsageError(
        `evidence add needs --element, --polarity, --weight and --rationale\n\n${usage}`,
      );
    const out = (value: unknown) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    const port = await connect(io, `evidence ${action}`);
    try {
      if (action === "propose") {
        const r = await port.proposeEvidence(target);
        io.stdout.write(
          `${r.proposed} link(s) proposed for review in ${target}; ${r.alreadyLinked} already linked\n`,
        );
      } else if (action === "list") {
        const links = await port.listEvidence(target, {
          status: values.status,
          polarity,
          crime: values.crime,
          elementId: values.element,
        });
        if (values.json) out(links);
        else io.stdout.write(links.length ? `${links.map(line).join("\n")}\n` : "no links\n");
      } else if (action === "add") {
        const link = await port.addEvidence(target, {
          claimId: values.claim,
          passageId: values.passage,
          sourceId: values.source,
          elementId: values.element as string,
          polarity: polarity as Polarity,
          weight: weight as number,
          rationale: values.rationale as string,
        });
        io.stdout.write(`${line(link)}\n`);
      } else if (action === "review") {
        const link = await port.reviewEvidence(target, {
          action: decision as "confirm" | "reject" | "correct",
          reason: values.reason ?? null,
          elementId: values.element,
          polarity,
          weight,
          rationale: values.rationale,
        });
        io.stdout.write(`${line(link)}\n`);
      } else {
        const link = await port.getEvidence(target);
        if (values.json) out(link);
        else
          io.stdout.write(
            `${line(link)}\n${link.rationale}\n${link.history.map((h) => `  v${h.version} ${h.status} ${h.polarity} w${h.weight} by ${h.by} at ${h.at}${h.reason ? ` — ${h.reason}` : ""}`).join("\n")}\n`,
          );
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
