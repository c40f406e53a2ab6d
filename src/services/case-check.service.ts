/**
 * `casefile case check`: the corroboration checks of core/case on a case directory, with the
 * sentences read from its corpus. Works on the case as data, before it is loaded into any store.
 */
import { type CaseFinding, checkCase } from "../core/case/index.js";
import {
  CASES_DIR,
  DEFAULT_CORPUS_DIR,
  findCorpusFiles,
  readCaseDir,
} from "../ingest/case/read-case-dir.js";

export interface CaseCheckReport {
  readonly caseId: string;
  readonly findings: readonly CaseFinding[];
  /** Findings no reviewer has explained yet; the check fails while there are any. */
  readonly unexplained: number;
  /** Corpus files not found (their claims are checked without their sentences). */
  readonly missingCorpus: readonly string[];
}

export function checkCaseDir(
  caseId: string,
  options: { casesDir?: string | undefined; corpusDir?: string | undefined } = {},
): CaseCheckReport {
  const { data } = readCaseDir(caseId, options.casesDir ?? CASES_DIR);
  const { found, missing } = findCorpusFiles(data, options.corpusDir ?? DEFAULT_CORPUS_DIR);
  const texts = new Map(found.map((f) => [f.sha256, new TextDecoder("utf-8").decode(f.bytes)]));
  const findings = checkCase(data, texts);
  return {
    caseId,
    findings,
    unexplained: findings.filter((f) => f.note === null).length,
    missingCorpus: missing,
  };
}
