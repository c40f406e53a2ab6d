/**
 * What each kind of claimant says about a measure — independent organisations, each side's
 * officials, the press, courts — so that "what do independent organisations say" is one line,
 * not a scroll through every claim. Grouped by the claimant's own affiliation.
 */
import { AFFILIATIONS, type Affiliation } from "../case/index.js";
import { comparisonSubgroup } from "./comparison.js";
import { quantitySpread, type Spread } from "./figure-spreads.js";
import type { FigureRow } from "./figure-types.js";

export interface AffiliationSummary {
  readonly affiliation: Affiliation;
  readonly claims: number;
  readonly independentOrigins: number;
  /** The range of their whole-event counts (see quantitySpread). */
  readonly spread: Spread;
  /** Each value they state for the whole event, lowest first, as labelled ("≥161", "500–1000"). */
  readonly values: readonly string[];
}

/** The rows the stated values come from: as for the spread, counts of everyone first. */
function wholeEvent(rows: readonly FigureRow[]): FigureRow[] {
  const total = rows.filter((r) => r.scope === "total");
  const everyone = total.filter((r) => comparisonSubgroup(r.subgroup) === null);
  const plain = everyone.filter((r) => r.aspect === null);
  return plain.length > 0 ? plain : everyone.length > 0 ? everyone : total;
}

/** One line per affiliation that has claims among the rows, in the vocabulary's order. */
export function affiliationSummary(rows: readonly FigureRow[]): AffiliationSummary[] {
  return AFFILIATIONS.flatMap((affiliation) => {
    const own = rows.filter((r) => r.affiliation === affiliation);
    if (own.length === 0) return [];
    const stated = [...wholeEvent(own)].sort(
      (a, b) => (a.min ?? a.max ?? 0) - (b.min ?? b.max ?? 0),
    );
    return [
      {
        affiliation,
        claims: own.length,
        independentOrigins: new Set(own.map((r) => r.origin)).size,
        spread: quantitySpread(own),
        values: [...new Set(stated.map((r) => r.label))],
      },
    ];
  });
}
