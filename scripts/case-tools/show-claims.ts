/**
 * For reviewers: prints each claim of a case with the passage it points to, read from the corpus
 * at run time (the repository itself never holds the corpus words).
 * Usage: npx tsx scripts/case-tools/show-claims.ts [figure|time|qualification] [caseDir] [corpusDir]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCaseFiles, validateCase } from "../../src/core/case/index.js";

const kind = process.argv[2] ?? "figure";
const caseDir = path.resolve(process.argv[3] ?? "cases/khojaly-1992");
const corpusDir = path.resolve(
  process.argv[4] ?? process.env.CASEFILE_CORPUS ?? "../shared/corpus",
);
const result = validateCase(parseCaseFiles((f) => readFileSync(path.join(caseDir, f), "utf8")));
if (!result.ok) throw new Error("the case does not validate; run verify-case.ts");
const texts = new Map(
  result.data.info.corpus.map((f) => [
    f.sha256,
    readFileSync(path.join(corpusDir, f.name), "utf8"),
  ]),
);
for (const c of result.data.claims.filter((x) => x.kind === kind)) {
  const quote = (texts.get(c.locator.file) ?? "").slice(c.locator.start, c.locator.end);
  const what =
    c.kind === "figure"
      ? `${c.measure}/${c.subgroup ?? "-"}/${c.aspect ?? "-"} ${c.hedge} ${c.min}..${c.max}`
      : c.kind === "time"
        ? `${c.about} ${c.startIso}..${c.endIso ?? ""}`
        : c.qualification;
  process.stdout.write(`${c.id}\t${c.claimantId}\t${what}\t${quote.replace(/\s+/g, " ")}\n`);
}
