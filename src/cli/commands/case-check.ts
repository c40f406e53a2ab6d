/** `casefile case check <case>`: prints each finding with its claim and passage; fails while one is unexplained. */
import { checkCaseDir } from "../../services/case-check.service.js";
import type { CliIo } from "../command.js";

export const CASE_CHECK_USAGE = `Usage: casefile case check <case-id> [--cases DIR] [--corpus DIR] [--json]

Checks a case's data for corroboration errors: a claim in the publisher's voice whose sentence
names another speaker ("said", "according to", "reported"), with no derivedFrom link or
reported-speech basis; two claims of one source with the same value and measure and no link; a
figure equal to an earlier figure of a claimant it cites, not derived from it; one origin giving
one value under different subgroups. Each finding is printed with its claim id and passage. Exits
1 while a finding has no reviewer's note (a claim's "checkNotes" in the case data).`;

export function runCaseCheck(
  caseId: string,
  options: { cases?: string | undefined; corpus?: string | undefined; json?: boolean | undefined },
  io: CliIo,
): number {
  const report = checkCaseDir(caseId, { casesDir: options.cases, corpusDir: options.corpus });
  if (options.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    for (const missing of report.missingCorpus)
      io.stderr.write(`corpus file missing, sentences not checked: ${missing}\n`);
    for (const f of report.findings) {
      io.stdout.write(`${f.note ? "✓" : "✗"} ${f.class} ${f.claimId}: ${f.problem}\n`);
      if (f.otherClaimIds.length > 0) io.stdout.write(`    with ${f.otherClaimIds.join(", ")}\n`);
      if (f.passage) io.stdout.write(`    “${f.passage}”\n`);
      if (f.note) io.stdout.write(`    note: ${f.note}\n`);
    }
    io.stdout.write(
      `${report.caseId}: ${report.findings.length} finding(s), ${report.findings.length - report.unexplained} with a reviewer's note, ${report.unexplained} without\n`,
    );
  }
  return report.unexplained > 0 ? 1 : 0;
}
