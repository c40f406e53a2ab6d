/**
 * Reads a reference case from its directory (cases/<id>/*.json) and validates it; finds the
 * corpus files it cites in the corpus directory and checks their SHA-256 before anyone relies on
 * an offset into them.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CaseData, parseCaseFiles, validateCase } from "../../core/case/index.js";
import { PLACES } from "../../core/gazetteer/index.js";
import { sha256Hex } from "../../core/hash/sha256.js";

/** The reference cases shipped with Casefile, two levels up from src/ingest/case or dist/ingest/case. */
export const CASES_DIR = fileURLToPath(new URL("../../../cases/", import.meta.url));
/** The default corpus directory: ../shared/corpus beside the package root. */
export const DEFAULT_CORPUS_DIR = fileURLToPath(
  new URL("../../../../shared/corpus/", import.meta.url),
);

export class CaseDataError extends Error {
  constructor(
    readonly caseId: string,
    readonly problems: readonly string[],
  ) {
    super(
      `case ${caseId} is not valid:\n${problems.slice(0, 20).join("\n")}${problems.length > 20 ? `\n… and ${problems.length - 20} more` : ""}`,
    );
    this.name = "CaseDataError";
  }
}

export function readCaseDir(
  caseId: string,
  casesDir = CASES_DIR,
): { data: CaseData; sha256: string } {
  const dir = join(casesDir, caseId);
  if (!existsSync(join(dir, "case.json")))
    throw new CaseDataError(caseId, [`no case.json in ${dir}`]);
  const texts = new Map<string, string>();
  let parts: ReturnType<typeof parseCaseFiles>;
  try {
    parts = parseCaseFiles((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      texts.set(file, text);
      return text;
    });
  } catch (error) {
    throw new CaseDataError(caseId, [(error as Error).message]);
  }
  const result = validateCase(parts, { placeIds: new Set(PLACES.map((p) => p.id)) });
  if (!result.ok)
    throw new CaseDataError(
      caseId,
      result.errors.map((e) => `${e.file} ${e.path}: ${e.problem}`),
    );
  const digest = sha256Hex(
    [...texts.entries()]
      .sort()
      .map(([f, t]) => `${f}\n${t}`)
      .join("\n"),
  );
  return { data: result.data, sha256: digest };
}

export interface CorpusFileFound {
  readonly name: string;
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

/** The case's corpus files that are present with the right hash; others are reported, not fatal. */
export function findCorpusFiles(
  data: CaseData,
  corpusDir: string,
): { found: CorpusFileFound[]; missing: string[] } {
  const found: CorpusFileFound[] = [];
  const missing: string[] = [];
  for (const file of data.info.corpus) {
    const path = join(corpusDir, file.name);
    if (!existsSync(path)) {
      missing.push(`${file.name}: not in ${corpusDir}`);
      continue;
    }
    const bytes = readFileSync(path);
    const sha256 = sha256Hex(bytes);
    if (sha256 !== file.sha256)
      missing.push(`${file.name}: SHA-256 ${sha256} differs from the case's ${file.sha256}`);
    else found.push({ name: file.name, path, bytes, sha256 });
  }
  return { found, missing };
}
