/**
 * The project's vocabularies as words in the reader's language: a measure, hedge or kind travels
 * as its code (`killed`, `at_least`, `ngo_report`) and is translated here, never shown raw. The
 * vocabularies themselves are listed in term-groups.ts, which only the catalogue test loads.
 */
import { tMaybe } from "./i18n.js";
import type { TERM_GROUPS } from "./term-groups.js";

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
