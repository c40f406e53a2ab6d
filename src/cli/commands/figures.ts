import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import type { FiguresView } from "../port/casefile-port.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile figures <case> [--measure MEASURE] [--json]

Every confirmed figure of a case per measure: the claims with claimant, publisher and date,
the number of independent claimants (documents repeating one original claimant count once),
the repetition chains, and the computed discrepancy flags.`;

type Findings = Exclude<FiguresView, null | unknown[]>;

function describe(f: Findings): string {
  const lines = [
    `${f.measure}: ${f.claims.length} claims from ${f.independentClaimants} independent claimant(s)${f.spread ? `, ${f.spread.min}–${f.spread.max}` : ""}`,
  ];
  for (const flag of f.flags)
    lines.push(
      `  ⚑ ${flag.type}${flag.subgroup ? ` (${flag.subgroup})` : ""}: ${flag.values.join(" vs ")}`,
    );
  for (const chain of f.chains.filter((c) => c.documents.length > 1))
    lines.push(
      `  ↻ ${chain.claimantName}: stated by ${chain.documents.length} documents, 1 independent claimant`,
    );
  return lines.join("\n");
}

export const figuresCommand: Command = {
  name: "figures",
  summary: "figures of a case per measure, with claimants, chains and flags",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { measure: { type: "string" }, json: { type: "boolean" } },
      usage,
    );
    const caseId = positionals[0];
    if (!caseId || positionals.length > 1) throw new UsageError(usage);
    const port = await connect(io, "figures");
    try {
      const result = await port.figures(caseId, values.measure);
      if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (result === null)
        io.stdout.write(`no confirmed ${values.measure} figures in ${caseId}\n`);
      else
        io.stdout.write(
          `${(Array.isArray(result) ? result : [result]).map((f) => describe(f as Findings)).join("\n\n")}\n`,
        );
      return 0;
    } finally {
      await port.close();
    }
  },
};
