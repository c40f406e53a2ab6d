/**
 * Reviewers' grades on the scale investigators use (the "Admiralty" or NATO system): reliability
 * of a source, A–F, and credibility of a piece of information, 1–6. Only a reviewer gives a
 * grade; the system never does, and "ungraded" is a state of its own, not a default grade.
 */

export const RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];

export const CREDIBILITY_GRADES = ["1", "2", "3", "4", "5", "6"] as const;
export type CredibilityGrade = (typeof CREDIBILITY_GRADES)[number];

export const GRADE_TARGETS = ["source", "claim"] as const;
export type GradeTarget = (typeof GRADE_TARGETS)[number];

/** The filter value that selects what no reviewer has graded. */
export const UNGRADED = "ungraded";

/** The grades a target may take: A–F for a source, 1–6 for a claim. */
export function gradesFor(target: GradeTarget): readonly string[] {
  return target === "source" ? RELIABILITY_GRADES : CREDIBILITY_GRADES;
}

/** Whether a value is a grade for the target (null is not: ungraded is not a grade). */
export function isGrade(target: GradeTarget, value: unknown): value is string {
  return typeof value === "string" && gradesFor(target).includes(value);
}
