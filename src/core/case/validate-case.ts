/**
 * Validates a case directory's parsed JSON files into a typed CaseData, or returns every problem
 * found, each naming the file, the JSON path and what is wrong.
 */
import { CASE_FILES, type CaseData, type CasePart } from "./case-types.js";
import { checkReferences } from "./check-references.js";
import { readClaims, readExcluded } from "./read-claims.js";
import { readInfo } from "./read-info.js";
import type { CaseError, Ctx } from "./read-json.js";
import { readClaimants, readSources } from "./read-sources.js";
import { readEvents, readRecognitions, readRoutes } from "./read-timeline.js";

export type { CaseError } from "./read-json.js";

export type CaseValidation =
  | { readonly ok: true; readonly data: CaseData }
  | { readonly ok: false; readonly errors: readonly CaseError[] };

export interface ValidateOptions {
  /** Known place ids (the gazetteer); when given, every place reference must be one of them. */
  readonly placeIds?: ReadonlySet<string>;
}

/**
 * @example validateCase({ info: JSON.parse(caseJson), sources: [...], ... })
 */
export function validateCase(
  parts: Readonly<Partial<Record<CasePart, unknown>>>,
  options: ValidateOptions = {},
): CaseValidation {
  const errors: CaseError[] = [];
  const ctx = (part: CasePart): Ctx => {
    if (!(part in parts))
      errors.push({ file: CASE_FILES[part], path: "$", problem: "file missing" });
    return { file: CASE_FILES[part], errors };
  };
  const data: CaseData = {
    info: readInfo(ctx("info"), parts.info),
    sources: readSources(ctx("sources"), parts.sources),
    claimants: readClaimants(ctx("claimants"), parts.claimants),
    claims: readClaims(ctx("claims"), parts.claims),
    excluded: readExcluded(ctx("excluded"), parts.excluded),
    events: readEvents(ctx("events"), parts.events),
    routes: readRoutes(ctx("routes"), parts.routes),
    recognitions: readRecognitions(ctx("recognitions"), parts.recognitions),
  };
  // References are only meaningful once every file has its shape.
  if (errors.length > 0) return { ok: false, errors };
  const refErrors = checkReferences(data, options.placeIds ?? null);
  return refErrors.length > 0 ? { ok: false, errors: refErrors } : { ok: true, data };
}
