import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import type { CasePart } from "../port/casefile-port.js";
import { connect } from "../port/connect.js";
import { CASE_CHECK_USAGE, runCaseCheck } from "./case-check.js";

const PARTS: readonly CasePart[] = ["overview", "timeline", "places", "recognitions"];
const usage = `Usage: casefile case <case-id> [overview|timeline|places|recognitions]

Prints a case's overview, its chronology (with conflicting times), its places and flight routes
(GeoJSON), or its recognition registry, as JSON.

${CASE_CHECK_USAGE}`;

export const caseCommand: Command = {
  name: "case",
  summary: "a case's overview, timeline, places or recognitions (JSON); `case check` its data",
  usage,
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(
      args,
      { json: { type: "boolean" }, cases: { type: "string" }, corpus: { type: "string" } },
      usage,
    );
    if (positionals[0] === "check") {
      if (!positionals[1] || positionals.length > 2) throw new UsageError(CASE_CHECK_USAGE);
      return runCaseCheck(positionals[1], values, io);
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
