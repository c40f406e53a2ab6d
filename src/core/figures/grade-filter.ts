/**
 * Narrowing the figures to what reviewers graded: "only claims from sources graded A or B",
 * "only claims graded 1–2", or only what nobody has graded yet. A filter never grades anything.
 */
import { type GradeTarget, isGrade, UNGRADED } from "../model/grade.js";
import type { FiguresInput } from "./figure-rows.js";

export interface GradeFilter {
  /** Source reliability grades to keep (A–F, or "ungraded"); absent keeps every source. */
  readonly reliability?: readonly string[] | undefined;
  /** Claim credibility grades to keep (1–6, or "ungraded"); absent keeps every claim. */
  readonly credibility?: readonly string[] | undefined;
}

/** The values of a filter that are neither a grade of the target nor "ungraded". */
export function invalidGradeValues(target: GradeTarget, values: readonly string[]): string[] {
  return values.filter((v) => v !== UNGRADED && !isGrade(target, v));
}

const keeps = (wanted: readonly string[] | undefined, grade: string | undefined) =>
  wanted === undefined || wanted.includes(grade ?? UNGRADED);

/**
 * Keeps the figure claims whose source and claim grades pass the filter; every other claim stays
 * as a link in provenance chains, so an origin is still found through a filtered-out claim.
 * @example filterByGrades(input, { reliability: ["A", "B"] })
 */
export function filterByGrades(input: FiguresInput, filter: GradeFilter): FiguresInput {
  if (filter.reliability === undefined && filter.credibility === undefined) return input;
  const sources = input.grades?.sources ?? new Map<string, string>();
  const claims = input.grades?.claims ?? new Map<string, string>();
  return {
    ...input,
    claims: input.claims.map((c) =>
      c.kind === "figure" &&
      !(
        keeps(filter.reliability, sources.get(c.sourceId)) &&
        keeps(filter.credibility, claims.get(c.id))
      )
        ? {
            id: c.id,
            kind: "statement" as const,
            sourceId: c.sourceId,
            claimantId: c.claimantId,
            basis: c.basis,
            derivedFrom: c.derivedFrom,
          }
        : c,
    ),
  };
}
