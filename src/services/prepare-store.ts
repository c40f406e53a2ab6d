/**
 * What every door does right after opening the store: load the shipped reference cases that the
 * store does not have yet. CASEFILE_CASES chooses them (comma-separated ids; empty for none; all
 * shipped cases by default); CASEFILE_CORPUS says where their corpus files are.
 */
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { CASES_DIR, DEFAULT_CORPUS_DIR } from "../ingest/case/read-case-dir.js";
import type { Store } from "../store/open-store.js";
import { type CaseLoadReport, ensureReferenceCase } from "./reference-case.service.js";

export function shippedCaseIds(): string[] {
  return readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export async function prepareStore(
  store: Store,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<CaseLoadReport[]> {
  const wanted =
    env.CASEFILE_CASES === undefined
      ? shippedCaseIds()
      : env.CASEFILE_CASES.split(",")
          .map((s) => s.trim())
          .filter(Boolean);
  const corpusDir = env.CASEFILE_CORPUS ? resolve(cwd, env.CASEFILE_CORPUS) : DEFAULT_CORPUS_DIR;
  const reports: CaseLoadReport[] = [];
  for (const caseId of wanted) reports.push(await ensureReferenceCase(store, caseId, corpusDir));
  return reports;
}
