/**
 * Which claims a measure's headline range is drawn from. A range over every claim would mix a
 * count of one site with counts of the whole event, or children with everyone.
 */
import { comparisonSubgroup } from "./comparison.js";
import type { FigureRow } from "./figure-types.js";
import { spreadOf } from "./figure-values.js";

export type Spread = { readonly min: number; readonly max: number } | null;

/**
 * The rows that count the measure as a whole: every person (civilians compare with the whole, see
 * comparison.ts). Subgroup and aspect counts have their own spread in `groups`.
 */
function isHeadline(r: FigureRow): boolean {
  return r.scope === "total" && r.aspect === null && comparisonSubgroup(r.subgroup) === null;
}

/** Headline rows when there are any; else, for measures that are subgroups by nature (orphaned
 * children, families), every whole-event row without an aspect. */
export function headlineSpread(rows: readonly FigureRow[]): Spread {
  const headline = rows.filter(isHeadline);
  if (headline.length > 0) return spreadOf(headline);
  return spreadOf(rows.filter((r) => r.scope === "total" && r.aspect === null));
}

/**
 * The range of rows that all count one thing (one measure, or one aspect of the catch-all
 * measure): whole-event counts of everyone first, then any whole-event count, then every count.
 */
export function quantitySpread(rows: readonly FigureRow[]): Spread {
  const headline = headlineSpread(rows);
  if (headline) return headline;
  const total = rows.filter((r) => r.scope === "total");
  const everyone = total.filter((r) => comparisonSubgroup(r.subgroup) === null);
  return spreadOf(everyone.length > 0 ? everyone : total.length > 0 ? total : rows);
}
