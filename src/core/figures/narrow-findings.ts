/**
 * A measure's findings for a part of its claims (one aspect of the catch-all measure, one
 * affiliation), computed again from those claims so that every section of the page — summary,
 * chart, flags, values, origins — says the same thing about the same claims.
 */
import { chartPoints, figureGroups } from "./compute-figures.js";
import { quantitySpread } from "./figure-spreads.js";
import type { FigureRow, MeasureFindings, OriginGroup } from "./figure-types.js";
import { changedOverTime, valueConflicts } from "./flags.js";
import { valueOrigins } from "./origin-groups.js";

function narrowOrigin(o: OriginGroup, rows: readonly FigureRow[]): OriginGroup | null {
  const own = rows.filter((r) => r.origin === o.origin);
  if (own.length === 0) return null;
  const originClaimant = o.origin.startsWith("claimant:") ? o.origin.slice(9) : null;
  const keep = new Set(own.map((r) => r.claimId));
  return {
    ...o,
    claimIds: o.claimIds.filter((id) => keep.has(id)),
    documents: o.documents.filter((d) => own.some((r) => r.sourceId === d)),
    via: [...new Set(own.map((r) => r.claimant))].filter((c) => c !== originClaimant),
  };
}

/** The findings of the rows that `keep` accepts; cross-measure flags stay when their rows do. */
export function narrowFindings(
  f: MeasureFindings,
  keep: (row: FigureRow) => boolean,
): MeasureFindings {
  const rows = f.claims.filter(keep);
  const ids = new Set(rows.map((r) => r.claimId));
  const origins = f.origins
    .map((o) => narrowOrigin(o, rows))
    .filter((o): o is OriginGroup => o !== null);
  const cross = f.flags.filter(
    (x) => x.type === "cross_measure" && x.claimIds.some((id) => ids.has(id)),
  );
  return {
    measure: f.measure,
    claims: rows,
    spread: quantitySpread(rows),
    independentOrigins: origins.length,
    independentAffiliations: new Set(origins.map((o) => o.affiliation)).size,
    origins,
    values: valueOrigins(rows),
    groups: figureGroups(rows),
    flags: [...valueConflicts(f.measure, rows), ...changedOverTime(f.measure, rows), ...cross],
    chart: chartPoints(rows),
  };
}
