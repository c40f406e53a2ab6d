import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import type { CasePart } from "../port/casefile-port.js";
import { connect } from "../port/connect.js";
import { CASE_CHECK_USAGE, runCaseCheck } from "./case-check.js";

const PARTS: readonly CasePart[] = [
  "overview",
  "timeline",
  "places",
  "recognitions",
  "qualifications",
];
const FOUR_EYES_USAGE = `Usage: casefile case four-eyes <case-id> [on|off] [--reason <text>]

Shows whether the case needs a second reviewer's confirmation before a claim, a registry link or
an evidence link counts, or (an administrator) turns that on or off; each change is logged.`;
const usage = `Usage: casefile case <case-id> [overview|timeline|places|recognitions|qualifications]

Prints a case's overview, its chronology (with conflicting times), its places and flight routes
(GeoJSON), its recognition registry, or what its sources call the event in their own words
(qualification claims), as JSON.

${FOUR_EYES_USAGE}

${CASE_CHECK_USAGE}`;

export const caseCommand: Command = {
  name: "case",
  summary:
    "a case's overview, timeline, places, recognitions or qualifications (JSON); `case check` its data; `case four-eyes` its review rule",
  usage,
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(
      args,
      {
        json: { type: "boolean" },
        cases: { type: "string" },
        corpus: { type: "string" },
        reason: { type: "string" },
      },
      usage,
    );
    if (positionals[0] === "check") {
      if (!positionals[1] || positionals.length > 2) throw new UsageError(CASE_CHECK_USAGE);
      return runCaseCheck(positionals[1], values, io);
    }
    if (positionals[0] === "four-eyes") {
      const [, id, setting] = positionals;
      if (
        !id ||
        positionals.length > 3 ||
        (setting !== undefined && !["on", "off"].includes(setting))
      )
        throw new UsageError(FOUR_EYES_USAGE);
      const port = await connect(io, "case four-eyes");
      try {
        const view =
          setting === undefined
            ? await port.fourEyes(id)
            : await port.setFourEyes(id, setting === "on", values.reason ?? null);
        io.stdout.write(
          `${view.caseId}: four eyes ${view.fourEyes ? "on (a second reviewer must confirm)" : "off"}\n`,
        );
        return 0;
      } finally {
        await port.close();
      }
    }
    const [caseId, part = "overview"] = positionals;
    if (!caseId || !(PARTS as readonly string[]).includes(part) || positionals.length > 2)
      throw new UsageError(usage);
    const port = await connect(io, "case");
    try {
      io.stdout.write(
        `${JSON.stringify(await port.caseView(caseId, part as CasePart), null, 2)}\n`,
      );
      return 0;
    } finally {
      await port.close();
    }
  },
};
