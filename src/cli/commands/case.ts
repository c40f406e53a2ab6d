import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import type { CasePart } from "../port/casefile-port.js";
import { connect } from "../port/connect.js";

const PARTS: readonly CasePart[] = ["overview", "timeline", "places", "recognitions"];
const usage = `Usage: casefile case <case-id> [overview|timeline|places|recognitions]

Prints a case's overview, its chronology (with conflicting times), its places and flight routes
(GeoJSON), or its recognition registry, as JSON.`;

export const caseCommand: Command = {
  name: "case",
  summary: "a case's overview, timeline, places or recognitions (JSON)",
  usage,
  async run(args, io) {
    const { positionals } = parseCommandArgs(args, { json: { type: "boolean" } }, usage);
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
