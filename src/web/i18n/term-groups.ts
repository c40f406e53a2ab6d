/**
 * Every translated vocabulary and its codes: the catalogue test checks that each code has its
 * words in every language. Kept apart from terms.ts so that the lists (and the core modules they
 * come from) stay out of the browser's first bundle.
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
  jsonType: ["string", "number", "integer", "boolean", "object", "array", "null"],
  // Why the system proposed an evidence link (its stored rationale is English).
  linkRule: PROPOSAL_RULES,
} as const satisfies Record<string, readonly string[]>;
