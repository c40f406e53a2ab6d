/**
 * Validates a case directory and, when the corpus is at hand, checks every file hash and every
 * quote hash against it; prints a summary and the computed figure flags.
 * Usage: npx tsx scripts/case-tools/verify-case.ts [caseDir] [corpusDir]
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseCaseFiles, validateCase } from "../../src/core/case/index.js";
import { computeFigures } from "../../src/core/figures/index.js";
import { PLACES } from "../../src/core/gazetteer/index.js";
import { sha256 } from "./quote-search.js";

const caseDir = path.resolve(process.argv[2] ?? "cases/khojaly-1992");
const corpusDir = path.resolve(
  process.argv[3] ?? process.env.CASEFILE_CORPUS ?? "../shared/corpus",
);
const parts = parseCaseFiles((f) => readFileSync(path.join(caseDir, f), "utf8"));
const result = validateCase(parts, { placeIds: new Set(PLACES.map((p) => p.id)) });
if (!result.ok) {
  for (const e of result.errors) process.stderr.write(`${e.file} ${e.path}: ${e.problem}\n`);
  process.exit(1);
}
const data = result.data;
let bad = 0;
if (existsSync(corpusDir)) {
  const texts = new Map<string, string>();
  for (const f of data.info.corpus) {
    const bytes = readFileSync(path.join(corpusDir, f.name));
    if (sha256(bytes) !== f.sha256) bad += 1;
    texts.set(f.sha256, bytes.toString("utf8"));
  }
  for (const c of [...data.claims, ...data.excluded]) {
    const text = texts.get(c.locator.file) ?? "";
    if (sha256(text.slice(c.locator.start, c.locator.end)) !== c.locator.quoteSha256) {
      process.stderr.write(`quote hash mismatch: ${c.id}\n`);
      bad += 1;
    }
  }
}
const count = (k: string) => data.claims.filter((c) => c.kind === k).length;
process.stdout.write(
  `${data.info.id}: ${data.sources.length} sources, ${data.claimants.length} claimants, ` +
    `${count("figure")} figure / ${count("time")} time / ${count("qualification")} qualification claims, ` +
    `${data.excluded.length} excluded, ${data.events.length} events, ${data.routes.length} routes, ` +
    `${data.recognitions.length} recognitions\n`,
);
for (const f of computeFigures(data)) {
  process.stdout.write(
    `${f.measure}: ${f.claims.length} claims, ${f.independentOrigins} independent origin(s)\n`,
  );
  for (const flag of f.flags) {
    process.stdout.write(
      `  ${flag.type} ${flag.subgroup ?? ""}/${flag.aspect ?? ""}: ${flag.values.join(" | ")}\n`,
    );
  }
}
process.exit(bad > 0 ? 1 : 0);
