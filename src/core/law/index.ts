export * from "./evidence-link.js";
export { type EvidenceWords, evidenceText } from "./evidence-words.js";
export * from "./law-translations.js";
export * from "./law-types.js";
export {
  type CrimeMatrix,
  crimeMatrix,
  type Gap,
  GRADE_FACTORS,
  type MatrixEntry,
  type MatrixInputLink,
  type MatrixRow,
  type SideSummary,
  UNGRADED_FACTOR,
} from "./matrix.js";
export {
  type EventSpan,
  type LinkProposal,
  PROPOSAL_RULES,
  type ProposalInputClaim,
  proposeLinks,
} from "./propose-links.js";
export { type LawError, type LawValidation, MAX_TEXT, validateLaw } from "./validate-law.js";
