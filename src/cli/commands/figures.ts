import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import type { FiguresView } from "../port/casefile-port.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile figures <case> [--measure MEASURE] [--reliability A,B,…] [--credibility 1,2,…] [--json]

Every confirmed figure of a case per measure: the claims with claimant, publisher, date, basis
and chain to their origin; the number of independent origins (claims that pass on one origin,
however many documents repeat them, count once), per measure and per stated value; and the
computed discrepancy flags. With --json every claim carries "basis", "derivedFrom", "chain"
(from its first derivedFrom target to its origin), "origin", and the reviewers' grades
"reliability" (of its source, A–F) and "credibility" (of the claim, 1–6), null when ungraded.
--reliability and --credibility keep only claims with those grades ("ungraded" selects what no
reviewer has graded).`;

type Findings = Exclude<FiguresView, null | unknown[]>;

function describe(f: Findings): string {
  const lines = [
    `${f.measure}: ${f.claims.length} claims from ${f.independentOrigins} independent origin(s)${f.spread ? `, ${f.spread.min}–${f.spread.max}` : ""}`,
  ];
  const names = new Map(f.origins.map((o) => [o.origin, o.originName]));
  for (const v of f.values.filter((x) => x.claimIds.length > 1))
    lines.push(
      `  ${v.label}${v.subgroup ? ` (${v.subgroup})` : ""}${v.aspect ? ` [${v.aspect}]` : ""}: ${v.claimIds.length} claims, ${v.independentOrigins === 1 ? `one origin only (${names.get(v.origins[0] ?? "") ?? v.origins[0]})` : `${v.independentOrigins} independent origins`}`,
    );
  for (const flag of f.flags)
    lines.push(
      `  ⚑ ${flag.type}${flag.subgroup ? ` (${flag.subgroup})` : ""}: ${flag.values.join(" vs ")}`,
    );
  for (const o of f.origins.filter((c) => c.documents.length > 1))
    lines.push(`  ↻ ${o.originName}: carried by ${o.documents.length} documents, one origin`);
  return lines.join("\n");
}

export const figuresCommand: Command = {
  name: "figures",
  summary: "figures of a case per measure: claims, basis, chains, independent origins, flags",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        measure: { type: "string" },
        reliability: { type: "string" },
        credibility: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    const caseId = positionals[0];
    if (!caseId || positionals.length > 1) throw new UsageError(usage);
    const port = await connect(io, "figures");
    try {
      const result = await port.figures(caseId, values.measure, {
        reliability: values.reliability?.split(","),
        credibility: values.credibility?.split(","),
      });
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
