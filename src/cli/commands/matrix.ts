import type { MatrixView } from "../../services/presenters/matrix.presenter.js";
import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile matrix <case> [--crime ID] [--element ID] [--polarity P] [--json]

The legal matrix of a case: for each crime (or rule of attribution) each element in order with
the reviewed evidence that supports and contradicts it, scored by link weight and source
reliability with each independent origin counted once, the proposals awaiting review, and the
gaps (no supporting evidence, or one origin only). Crime ids: GET /api/law or the law/ files.`;

type Row = MatrixView["crimes"][number]["rows"][number];

const GAP: Record<string, string> = {
  no_evidence: "GAP: no evidence",
  one_origin: "GAP: one origin only",
};

function describeRow(r: Row): string {
  const s = r.confirmed.supports;
  const c = r.confirmed.contradicts;
  const lines = [
    `  ${r.position}. [${r.kind}] ${r.id}${r.shared ? " (shared)" : ""}${r.gap ? `  ⚠ ${GAP[r.gap]}` : ""}`,
    `     for: ${s.links} link(s), ${s.origins} origin(s), score ${s.score}   against: ${c.links} link(s), ${c.origins} origin(s), score ${c.score}${r.proposed ? `   awaiting review: ${r.proposed}` : ""}`,
  ];
  for (const e of r.contradicts.filter((x) => x.status === "confirmed"))
    lines.push(`     ✗ ${e.label} — ${e.sourceTitle} (w${e.weight}, ${e.grade ?? "ungraded"})`);
  return lines.join("\n");
}

export const matrixCommand: Command = {
  name: "matrix",
  summary: "the legal matrix: evidence for and against each element of each crime, and gaps",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        crime: { type: "string" },
        element: { type: "string" },
        polarity: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    const caseId = positionals[0];
    if (!caseId || positionals.length > 1) throw new UsageError(usage);
    const port = await connect(io, "matrix");
    try {
      const m = await port.matrix(caseId, {
        crime: values.crime,
        element: values.element,
        polarity: values.polarity,
      });
      if (values.json) io.stdout.write(`${JSON.stringify(m, null, 2)}\n`);
      else
        io.stdout.write(
          `${m.crimes
            .map(
              (c) =>
                `${c.title} — ${c.articles.join("; ")} [${c.lawVersion}]\n  ${c.gaps} gap(s), ${c.contradicted} element(s) with contradicting evidence\n${c.rows.map(describeRow).join("\n")}`,
            )
            .join("\n\n")}\n`,
        );
      return 0;
    } finally {
      await port.close();
    }
  },
};
