import { CREDIBILITY_GRADES, RELIABILITY_GRADES } from "../../core/model/grade.js";
import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import type { GradeView } from "../port/casefile-port.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile grade source|claim <id> <grade> --reason TEXT [--json]
       casefile grade source|claim <id> --history [--json]

A reviewer's grade on the Admiralty scale: a source's reliability (${RELIABILITY_GRADES.join(", ")}),
a claim's credibility (${CREDIBILITY_GRADES.join(", ")}); "ungraded" returns it to no grade. Every
grade needs a reason and is kept as a version with who and when; the system never grades.`;

function describe(g: GradeView): string {
  const lines = [`${g.target} ${g.id}: ${g.grade ?? "ungraded"}`];
  for (const v of g.versions)
    lines.push(`  v${v.version} ${v.grade ?? "ungraded"} by ${v.by} at ${v.at} — ${v.reason}`);
  return lines.join("\n");
}

export const gradeCommand: Command = {
  name: "grade",
  summary: "grade a source's reliability (A–F) or a claim's credibility (1–6), with a reason",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { reason: { type: "string" }, history: { type: "boolean" }, json: { type: "boolean" } },
      usage,
    );
    const [target, id, grade] = positionals;
    if ((target !== "source" && target !== "claim") || !id) throw new UsageError(usage);
    if (values.history ? grade !== undefined : grade === undefined || positionals.length > 3)
      throw new UsageError(usage);
    if (!values.history && !values.reason?.trim()) throw new UsageError("a grade needs --reason");
    const port = await connect(io, "grade");
    try {
      const result =
        values.history || grade === undefined
          ? await port.gradeHistory(target, id)
          : await port.grade(target, id, { grade, reason: values.reason ?? "" });
      io.stdout.write(
        values.json ? `${JSON.stringify(result, null, 2)}\n` : `${describe(result)}\n`,
      );
      return 0;
    } finally {
      await port.close();
    }
  },
};
