/**
 * Which figures are compared with which. One rule for "civilians": a count of civilians killed in
 * the attack is compared with counts of everyone killed, because the sources use both wordings for
 * the same whole count (the official 613 is "people" in one text and "civilians" in another) —
 * so one figure never sits in two comparison groups. Every other subgroup is a group of its own.
 */
import type { Subgroup } from "../model/index.js";

/** The subgroup a figure is compared under: civilians with the whole count, others as stated. */
export function comparisonSubgroup(subgroup: Subgroup | null): Subgroup | null {
  return subgroup === "civilians" ? null : subgroup;
}

/** The comparison group of a figure: subgroup (civilians folded into the whole) and aspect. */
export function comparisonKey(r: {
  readonly subgroup: Subgroup | null;
  readonly aspect: string | null;
}): string {
  return `${comparisonSubgroup(r.subgroup) ?? ""}|${r.aspect ?? ""}`;
}
