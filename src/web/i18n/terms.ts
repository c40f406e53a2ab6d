/**
 * The project's vocabularies as words in the reader's language: a measure, hedge or kind travels
 * as its code (`killed`, `at_least`, `ngo_report`) and is translated here, never shown raw. The
 * catalogue test checks that every code of every group has a message.
 */
import { ASPECTS } from "../../core/case/figure-aspects.js";
import { STANDINGS } from "../../core/case/recognition-standing.js";
import {
  AFFILIATIONS,
  INSTRUMENTS,
  ISSUERS,
  JURISDICTION_LEVELS,
  QUALIFICATIONS,
} from "../../core/case/vocabulary.js";
import { PROPOSAL_RULES } from "../../core/law/propose-links.js";
import { ACCESS_LEVELS } from "../../core/model/access.js";
import {
  CLAIM_KINDS,
  CLAIM_STATUSES,
  CLAIMANT_ROLES,
  HEDGES,
  MEASURES,
  SUBGROUPS,
  UNITS,
} from "../../core/model/claim.js";
import { PERSON_ROLES } from "../../core/model/person-role.js";
import { SOURCE_KINDS } from "../../core/model/source-kind.js";
import { PROBLEM_CODE_LIST } from "../../core/problems/problem-codes.js";
import { tMaybe } from "./i18n.js";

/** Every translated vocabulary and the codes it has; a code outside these is shown as it comes. */
export const TERM_GROUPS = {
  measure: MEASURES,
  hedge: HEDGES,
  subgroup: [...SUBGROUPS, "all"],
  aspect: ASPECTS,
  unit: UNITS,
  claimKind: CLAIM_KINDS,
  status: CLAIM_STATUSES,
  role: CLAIMANT_ROLES,
  personRole: PERSON_ROLES,
  sourceKind: SOURCE_KINDS,
  affiliation: AFFILIATIONS,
  qualification: QUALIFICATIONS,
  instrument: INSTRUMENTS,
  issuer: ISSUERS,
  standing: STANDINGS,
  level: JURISDICTION_LEVELS,
  access: ACCESS_LEVELS,
  scope: ["total", "partial"],
  precision: ["year", "month", "day", "hour", "minute", "night"],
  placeKind: ["town", "village", "city", "district", "river", "region", "country", "area"],
  // Every code the server can answer with (problem-message.ts words them).
  problem: PROBLEM_CODE_LIST,
  jsonType: ["string", "number", "integer", "boolean", "object", "array", "null"],
  // Why the system proposed an evidence link (its stored rationale is English).
  linkRule: PROPOSAL_RULES,
} as const satisfies Record<string, readonly string[]>;

export type TermGroup = keyof typeof TERM_GROUPS;

/** A code in the reader's words; an unknown code (newer data than this build) as plain words. */
export function term(group: TermGroup, code: string | null | undefined): string {
  if (!code) return "—";
  return tMaybe(`term.${group}.${code}`) ?? code.replace(/_/g, " ");
}

/** Which vocabulary a claim field's value belongs to, so the claim panel can translate it. */
export const FIELD_GROUPS: Readonly<Record<string, TermGroup>> = {
  measure: "measure",
  hedge: "hedge",
  subgroup: "subgroup",
  aspect: "aspect",
  unit: "unit",
  scope: "scope",
  precision: "precision",
  qualification: "qualification",
};
